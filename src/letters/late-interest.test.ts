import { describe, expect, it } from 'vitest';
import { defaultLateInterestLaw, statutoryInterest, type StatutoryInterestInput } from './late-interest';
import { SHIPPED_REFERENCE_RATES } from './reference-rates';

const ECB = { percent: 2.15, from: '2025-07-01' }; // 2.15 + 8 = 10.15 % a year
const BOE = { percent: 3.75, from: '2026-01-01' }; // 3.75 + 8 = 11.75 % a year

const eu = (input: Partial<StatutoryInterestInput>) =>
  statutoryInterest({ law: 'eu', principal: 1000, currency: 'EUR', dueDate: '2025-09-01', today: '2025-11-13', referenceRate: ECB, ...input });
const uk = (input: Partial<StatutoryInterestInput>) =>
  statutoryInterest({ law: 'uk', principal: 500, currency: 'GBP', dueDate: '2026-02-01', today: '2026-03-03', referenceRate: BOE, ...input });

describe('statutory interest, EU', () => {
  it('EUR 1,000.00, 73 days at 2.15 % + 8: EUR 20.30 and the fixed EUR 40', () => {
    // Sep 2–30 (29) + Oct (31) + Nov 1–13 (13) = 73 days.
    // 1,000.00 × 10.15 % = 101.50 a year; × 73 / 365 = × 0.2 = 20.30.
    expect(eu({})).toEqual({ daysLate: 73, annualRatePercent: 10.15, interest: 20.3, compensation: 40, compensationCurrency: 'EUR' });
  });

  it('counts from the day after the due date: due 1 January, paid 2 January is one day late', () => {
    // 1,000.00 × 10.15 % × 1 / 365 = 0.27808… → 0.28.
    expect(eu({ dueDate: '2025-01-01', today: '2025-01-02' })).toMatchObject({ daysLate: 1, interest: 0.28 });
  });

  it('divides by 365 in a leap year too', () => {
    // Due 15 Feb 2028, today 16 Mar 2028: Feb 16–29 (14, with the 29th) + Mar 1–16 (16) = 30 days.
    // 101.50 × 30 / 365 = 3,045 / 365 = 8.3424… → 8.34 (by 366 it would be 8.32).
    expect(eu({ dueDate: '2028-02-15', today: '2028-03-16' })).toMatchObject({ daysLate: 30, interest: 8.34 });
  });

  it('charges interest only on what is still owed after a part payment', () => {
    // Invoice 2,500.00, paid 1,000.00: 1,500.00 × 10.15 % = 152.25 a year; × 0.2 = 30.45. Still EUR 40.
    const amount = 2500;
    const amountPaid = 1000;
    expect(eu({ principal: amount - amountPaid })).toMatchObject({ daysLate: 73, interest: 30.45, compensation: 40 });
  });

  it('rounds half up on exact integers where floating point would round down', () => {
    // EUR 10.00 for 365 days: 10.00 × 10.15 % = 1.015 exactly → 1.02 (naive floats give 1.01).
    expect(eu({ principal: 10, dueDate: '2025-01-01', today: '2026-01-01' })).toMatchObject({ daysLate: 365, interest: 1.02 });
    // EUR 325.00 for 146 days: 32.9875 × 146 / 365 = 13.195 exactly → 13.20 (naive floats give 13.19).
    expect(eu({ principal: 325, dueDate: '2025-01-01', today: '2025-05-27' })).toMatchObject({ daysLate: 146, interest: 13.2 });
  });

  it('rounds to whole yen, and still asks EUR 40 whatever the invoice currency', () => {
    // JPY 1,000,000 for 100 days: 101,500 × 100 / 365 = 27,808.2… → 27,808.
    expect(eu({ principal: 1_000_000, currency: 'JPY', dueDate: '2025-01-01', today: '2025-04-11' })).toEqual({
      daysLate: 100,
      annualRatePercent: 10.15,
      interest: 27_808,
      compensation: 40,
      compensationCurrency: 'EUR',
    });
    // JPY 730 for 500 days: 74.095 × 500 / 365 = 101.5 exactly → 102.
    expect(eu({ principal: 730, currency: 'JPY', dueDate: '2025-01-01', today: '2026-05-16' })).toMatchObject({ daysLate: 500, interest: 102 });
  });
});

describe('statutory interest, UK', () => {
  it('GBP 500.00, 30 days at 3.75 % + 8: GBP 4.83 and GBP 40 (debt under 1,000)', () => {
    // Feb 2–28 (27) + Mar 1–3 (3) = 30 days. 500.00 × 11.75 % = 58.75 a year; × 30 / 365 = 4.8287… → 4.83.
    expect(uk({})).toEqual({ daysLate: 30, annualRatePercent: 11.75, interest: 4.83, compensation: 40, compensationCurrency: 'GBP' });
  });

  it('GBP 5,000.00, 45 days: GBP 72.43 and GBP 70 (under 10,000)', () => {
    // Feb 2–28 (27) + Mar 1–18 (18) = 45. 5,000.00 × 11.75 % = 587.50; × 45 / 365 = 72.4315… → 72.43.
    expect(uk({ principal: 5000, today: '2026-03-18' })).toMatchObject({ daysLate: 45, interest: 72.43, compensation: 70 });
  });

  it('GBP 12,000.00, 10 days: GBP 38.63 and GBP 100 (10,000 or more)', () => {
    // 12,000.00 × 11.75 % = 1,410.00; × 10 / 365 = 38.6301… → 38.63.
    expect(uk({ principal: 12_000, today: '2026-02-11' })).toMatchObject({ daysLate: 10, interest: 38.63, compensation: 100 });
  });

  it.each([
    [999.99, 40],
    [1000, 70],
    [9999.99, 70],
    [10_000, 100],
  ])('puts a debt of %d in the band of GBP %d', (principal, compensation) => {
    expect(uk({ principal })?.compensation).toBe(compensation);
  });
});

describe('no interest', () => {
  it('when the payment is due today or not yet due', () => {
    expect(eu({ dueDate: '2025-11-13', today: '2025-11-13' })).toBeNull();
    expect(eu({ dueDate: '2025-11-14', today: '2025-11-13' })).toBeNull();
    expect(uk({ dueDate: '2026-12-01', today: '2026-03-03' })).toBeNull();
  });

  it.each<[string, Partial<StatutoryInterestInput>]>([
    ['an impossible due date', { dueDate: '2025-02-29' }],
    ['an unreadable today', { today: 'today' }],
    ['nothing owed', { principal: 0 }],
    ['a negative amount', { principal: -10 }],
    ['an amount that is not a number', { principal: Number.NaN }],
    ['an infinite amount', { principal: Number.POSITIVE_INFINITY }],
    ['a currency that is not a code', { currency: 'EURO' }],
    ['a rate that is not a number', { referenceRate: { percent: Number.NaN, from: '2025-07-01' } }],
    ['a rate without a valid date', { referenceRate: { percent: 2.15, from: 'July' } }],
    ['no statute', { law: 'none' as 'eu' }],
  ])('for %s', (_, input) => {
    expect(eu(input)).toBeNull();
  });
});

describe('defaultLateInterestLaw', () => {
  it.each(['SI', 'si', 'DE', 'FR', 'IE', 'GR', 'EL', 'HR', 'BG', 'PL', 'SE'])('%s: the EU directive', (region) => {
    expect(defaultLateInterestLaw(region)).toBe('eu');
  });

  it.each(['GB', 'gb', 'UK'])('%s: the UK act', (region) => {
    expect(defaultLateInterestLaw(region)).toBe('uk');
  });

  it.each(['MY', 'NP', 'PK', 'US', 'IN', 'CH', 'NO', '', undefined])('%s: no statutory rate', (region) => {
    expect(defaultLateInterestLaw(region)).toBe('none');
  });
});

describe('shipped reference rates', () => {
  it('say when they apply from and give a sensible result', () => {
    for (const law of ['eu', 'uk'] as const) {
      const rate = SHIPPED_REFERENCE_RATES[law];
      expect(rate.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(statutoryInterest({ law, principal: 100, currency: 'EUR', dueDate: '2026-01-01', today: '2026-02-01', referenceRate: rate })).not.toBeNull();
    }
    expect(SHIPPED_REFERENCE_RATES).toEqual({ eu: { percent: 2.15, from: '2026-01-01' }, uk: { percent: 3.75, from: '2026-01-01' } });
  });
});
