import { describe, expect, it } from 'vitest';
import { findScenario } from './catalogue';
import { MAX_FIELD_LENGTH, validateFields } from './validate-fields';

const ending = findScenario('end-general')!;
const reminder = findScenario('pay-friendly-reminder')!;
const base = { clientName: 'Jordan', senderName: 'Ana', effectiveDate: '2025-03-31' };

describe('validateFields', () => {
  it('accepts a complete, sensible set of values', () => {
    expect([...validateFields(ending, base)]).toEqual([]);
  });

  it('names each problem: missing, not a date, not an amount, not a currency, far too long', () => {
    const problems = validateFields(reminder, { clientName: '', senderName: 'x'.repeat(MAX_FIELD_LENGTH + 1), invoiceNumber: 'A1', amount: '12abc', currency: 'E1', dueDate: '2025-02-30' });
    expect(Object.fromEntries(problems)).toEqual({ clientName: 'required', senderName: 'tooLong', amount: 'money', currency: 'currency', dueDate: 'date' });
  });

  it('refuses a contract that ends after the last day of work', () => {
    expect(validateFields(ending, { ...base, contractEndDate: '2025-04-30' }).get('contractEndDate')).toBe('afterLastDay');
    expect(validateFields(ending, { ...base, contractEndDate: '2025-03-31' }).has('contractEndDate')).toBe(false);
  });
});
