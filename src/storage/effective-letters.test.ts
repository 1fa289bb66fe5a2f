import { describe, expect, it } from 'vitest';
import { customScenario, effectiveTemplate, newCustomId, overrideFor, voicePart, withOverride } from './effective-letters';

const builtIn = { subject: 'Built-in subject', body: 'Built-in body' };

describe('effective letters', () => {
  it('stores only what differs from the built-in text', () => {
    expect(overrideFor(builtIn, { ...builtIn, body: 'Mine' })).toEqual({ body: 'Mine' });
    expect(overrideFor(builtIn, builtIn)).toBeNull();
  });

  it('lets an updated built-in subject reach a user who edited only the body', () => {
    const override = overrideFor(builtIn, { ...builtIn, body: 'Mine' })!;
    const updated = { subject: 'Better subject', body: 'Better body' };
    expect(effectiveTemplate(updated, override, 'i')).toEqual({ subject: 'Better subject', body: 'Mine' });
  });

  it('removes a language override that went back to the built-in text', () => {
    expect(withOverride({ en: { body: 'x' }, sl: { body: 'y' } }, 'en', 'i', null)).toEqual({ sl: { body: 'y' } });
  });

  it('applies an edit to the voice it was made in only', () => {
    const override = { body: 'My body', we: { subject: 'Our subject' } };
    const weBuiltIn = { subject: 'Built-in we subject', body: 'Built-in we body' };
    expect(effectiveTemplate(builtIn, override, 'i')).toEqual({ subject: 'Built-in subject', body: 'My body' });
    expect(effectiveTemplate(weBuiltIn, override, 'we')).toEqual({ subject: 'Our subject', body: 'Built-in we body' });
    expect(effectiveTemplate(weBuiltIn, { body: 'My body' }, 'we')).toEqual(weBuiltIn);
    expect(voicePart(override, 'i')).toEqual({ body: 'My body' });
    expect(voicePart(override, 'we')).toEqual({ subject: 'Our subject' });
  });

  it('sets and removes one voice of a language, keeping the other', () => {
    const one = withOverride({}, 'en', 'we', { body: 'Ours' });
    expect(one).toEqual({ en: { we: { body: 'Ours' } } });
    const both = withOverride(one, 'en', 'i', { subject: 'Mine' });
    expect(both).toEqual({ en: { subject: 'Mine', we: { body: 'Ours' } } });
    expect(withOverride(both, 'en', 'we', null)).toEqual({ en: { subject: 'Mine' } });
    expect(withOverride(both, 'en', 'i', null)).toEqual({ en: { we: { body: 'Ours' } } });
    expect(withOverride(withOverride(both, 'en', 'i', null), 'en', 'we', null)).toEqual({});
    expect(withOverride(both, 'en', 'i', { body: 'New' })).toEqual({ en: { body: 'New', we: { body: 'Ours' } } });
  });

  it('turns a custom situation into a scenario with fields from the vocabulary', () => {
    const scenario = customScenario({ id: 'custom-x', name: 'X', baseId: 'pay-friendly-reminder', fieldIds: ['clientName', 'invoiceNumber', 'projectName'], letters: {} })!;
    expect(scenario.group).toBe('payment');
    expect(scenario.fields.map((f) => [f.id, f.required])).toEqual([['clientName', true], ['invoiceNumber', true], ['projectName', false]]);
  });

  it('makes readable ids that do not collide', () => {
    expect(newCustomId('Late payer (again)!', new Set())).toBe('custom-late-payer-again');
    expect(newCustomId('Late payer', new Set(['custom-late-payer']))).toBe('custom-late-payer-2');
    expect(newCustomId('日本', new Set())).toBe('custom-letter');
  });
});
