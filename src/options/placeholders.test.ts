import { describe, expect, it } from 'vitest';
import { findScenario, SCENARIOS } from '../letters/catalogue';
import { validateTemplate } from '../letters/validate-template';
import { insertPlaceholder, placeholdersFor } from './placeholders';

describe('placeholders', () => {
  it('offers a situation’s fields, then the values it can derive, then the yes/no sections', () => {
    const names = placeholdersFor(findScenario('pay-partial-received')!).map((p) => p.name);
    expect(names.slice(0, 2)).toEqual(['clientName', 'senderName']);
    expect(names).toContain('greeting');
    expect(names).toEqual(expect.arrayContaining(['daysOverdue', 'daysUntilDue', 'amountDue', 'partPaid', 'notYetDue', 'recipientFemale', 'senderNeutral']));
    const reminder = placeholdersFor(findScenario('pay-friendly-reminder')!).map((p) => p.name);
    expect(reminder).toEqual(expect.arrayContaining(['amountDue', 'interestAmount', 'interestRate', 'interestDays', 'compensation']));
    const ending = placeholdersFor(findScenario('end-general')!);
    expect(ending.filter((p) => p.derived && !p.sectionOnly).map((p) => p.name)).toEqual(['greeting']);
    expect(ending.filter((p) => p.sectionOnly).map((p) => p.name)).toEqual(['recipientFemale', 'recipientMale', 'recipientNeutral', 'senderFemale', 'senderMale', 'senderNeutral']);
  });

  it('never offers the greeting form itself: a choice is not printed', () => {
    for (const scenario of SCENARIOS) expect(placeholdersFor(scenario).map((p) => p.name), scenario.id).not.toContain('addressForm');
  });

  it('puts a yes/no as an empty section, caret inside', () => {
    const { text, caret } = insertPlaceholder('Hi ', 3, 3, { name: 'senderFemale', optional: true, derived: true, sectionOnly: true });
    expect(text).toBe('Hi {{#senderFemale}}{{/senderFemale}}');
    expect(text.slice(0, caret)).toBe('Hi {{#senderFemale}}');
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
