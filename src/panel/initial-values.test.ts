import { describe, expect, it } from 'vitest';
import { findScenario } from '../letters/catalogue';
import { DEFAULT_PROFILE } from '../storage/schema';
import { initialValues } from './initial-values';

const reminder = findScenario('pay-friendly-reminder')!;
const ending = findScenario('end-general')!;

describe('initialValues', () => {
  it('takes the client from the recipient and the sender from the profile', () => {
    const values = initialValues(reminder, { profile: { ...DEFAULT_PROFILE, senderName: 'Ana', currency: 'EUR' }, recipient: 'Jordan Lee', today: '2025-03-01', locale: 'en-US' });
    expect(values).toMatchObject({ clientName: 'Jordan Lee', senderName: 'Ana', currency: 'EUR', invoiceNumber: '', dueDate: '' });
  });

  it('guesses the currency from the browser region when the profile has none', () => {
    expect(initialValues(reminder, { profile: DEFAULT_PROFILE, today: '2025-03-01', locale: 'ms-MY' }).currency).toBe('MYR');
    expect(initialValues(reminder, { profile: DEFAULT_PROFILE, today: '2025-03-01', locale: 'sl' }).currency).toBe('EUR');
  });

  it('proposes a last working day two weeks out', () => {
    expect(initialValues(ending, { profile: DEFAULT_PROFILE, today: '2025-03-01', locale: 'en' }).effectiveDate).toBe('2025-03-15');
  });

  it('brings back lasting details from last time, but never the last client, amount or dates', () => {
    const lastValues = { clientName: 'Old client', paymentLink: 'https://pay.example', amount: '99', dueDate: '2024-12-01', currency: 'GBP' };
    const values = initialValues(reminder, { profile: DEFAULT_PROFILE, recipient: 'New client', today: '2025-03-01', locale: 'en-US', lastValues });
    expect(values).toMatchObject({ clientName: 'New client', paymentLink: 'https://pay.example', currency: 'GBP', amount: '', dueDate: '' });
  });
});

describe('initialValues for the greeting and rates', () => {
  it('starts the greeting at its default, neutral, in every situation', () => {
    expect(initialValues(reminder, { profile: DEFAULT_PROFILE, today: '2025-03-01', locale: 'sl-SI' }).addressForm).toBe('neutral');
    expect(initialValues(ending, { profile: DEFAULT_PROFILE, today: '2025-03-01', locale: 'sl-SI' }).addressForm).toBe('neutral');
  });

  it('keeps a contract’s late-payment charge from last time, empty otherwise', () => {
    const finalNotice = findScenario('pay-final-notice')!;
    expect(initialValues(finalNotice, { profile: DEFAULT_PROFILE, today: '2025-03-01', locale: 'en', lastValues: { lateFeeRate: '1.5' } }).lateFeeRate).toBe('1.5');
    expect(initialValues(finalNotice, { profile: DEFAULT_PROFILE, today: '2025-03-01', locale: 'en' }).lateFeeRate).toBe('');
  });
});
