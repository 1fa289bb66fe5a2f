import { describe, expect, it } from 'vitest';
import { findScenario, SCENARIOS } from '../letters/catalogue';
import { validateTemplate } from '../letters/validate-template';
import { insertPlaceholder, placeholdersFor } from './placeholders';

describe('placeholders', () => {
  it('offers a situation’s fields, then the values it can derive', () => {
    const names = placeholdersFor(findScenario('pay-partial-received')!).map((p) => p.name);
    expect(names.slice(-2)).toEqual(['daysOverdue', 'amountDue']);
    expect(placeholdersFor(findScenario('pay-friendly-reminder')!).map((p) => p.name)).toContain('daysOverdue');
    expect(placeholdersFor(findScenario('pay-friendly-reminder')!).map((p) => p.name)).not.toContain('amountDue');
    expect(placeholdersFor(findScenario('end-general')!).some((p) => p.derived)).toBe(false);
  });

  it('puts a required value at the caret, replacing the selection', () => {
    expect(insertPlaceholder('Dear X,', 5, 6, { name: 'clientName', optional: false, derived: false })).toEqual({ text: 'Dear {{clientName}},', caret: 19 });
  });

  it('wraps an optional value in its section, caret ready for the lead-in', () => {
    const { text, caret } = insertPlaceholder('Hello', 5, 5, { name: 'invoiceDate', optional: true, derived: false });
    expect(text).toBe('Hello{{#invoiceDate}}{{invoiceDate}}{{/invoiceDate}}');
    expect(text.slice(0, caret)).toBe('Hello{{#invoiceDate}}');
  });

  it('never produces a template the validator refuses, whatever is inserted', () => {
    for (const scenario of SCENARIOS) {
      let body = 'Start.';
      for (const placeholder of placeholdersFor(scenario)) body = insertPlaceholder(body, body.length, body.length, placeholder).text;
      expect(validateTemplate(scenario, { subject: 'Subject', body }), scenario.id).toEqual([]);
    }
  });
});
