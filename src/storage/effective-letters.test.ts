import { describe, expect, it } from 'vitest';
import { customScenario, effectiveTemplate, newCustomId, overrideFor, withOverride } from './effective-letters';

const builtIn = { subject: 'Built-in subject', body: 'Built-in body' };

describe('effective letters', () => {
  it('stores only what differs from the built-in text', () => {
    expect(overrideFor(builtIn, { ...builtIn, body: 'Mine' })).toEqual({ body: 'Mine' });
    expect(overrideFor(builtIn, builtIn)).toBeNull();
  });

  it('lets an updated built-in subject reach a user who edited only the body', () => {
    const override = overrideFor(builtIn, { ...builtIn, body: 'Mine' })!;
    const updated = { subject: 'Better subject', body: 'Better body' };
    expect(effectiveTemplate(updated, override)).toEqual({ subject: 'Better subject', body: 'Mine' });
  });

  it('removes a language override that went back to the built-in text', () => {
    expect(withOverride({ en: { body: 'x' }, sl: { body: 'y' } }, 'en', null)).toEqual({ sl: { body: 'y' } });
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
