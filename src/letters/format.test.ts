import { describe, expect, it } from 'vitest';
import { formatDate, formatDays, formatMoney } from './format';
import type { LetterLanguage } from './types';

// What docs/letter-advice.md asks of each letter language (Intl in the letter's locale).
const CASES: Record<LetterLanguage, { date: string; money: string; days: string }> = {
  en: { date: '15 January 2025', money: '€1,234,567.50', days: '2 days' },
  ne: { date: '२०८१ माघ २', money: 'नेरू\u00a0१२,३४,५६७.५०', days: '२ दिन' },
  ur: { date: '15 جنوری 2025', money: 'Rs\u00a01,234,567.50', days: '2 دن' },
  sl: { date: '15. januar 2025', money: '1.234.567,50\u00a0€', days: '2 dneva' },
  ms: { date: '15 Januari 2025', money: 'RM\u00a01,234,567.50', days: '2 hari' },
};
const CURRENCY: Record<LetterLanguage, string> = { en: 'EUR', ne: 'NPR', ur: 'PKR', sl: 'EUR', ms: 'MYR' };

describe.each(Object.entries(CASES) as [LetterLanguage, (typeof CASES)['en']][])('formatting for %s letters', (lang, expected) => {
  it('writes dates the way the language does', () => {
    expect(formatDate('2025-01-15', lang)).toBe(expected.date);
  });

  it('writes money with its grouping, digits and a no-break space where the locale has one', () => {
    expect(formatMoney(1234567.5, CURRENCY[lang], lang)).toBe(expected.money);
  });

  it('chooses the plural form of days', () => {
    expect(formatDays(2, lang)).toBe(expected.days);
  });
});

describe('formatting details', () => {
  it('keeps the cents of an Urdu rupee amount, which Intl would round away', () => {
    expect(formatMoney(1234.5, 'PKR', 'ur')).toContain('1,234.50');
    expect(formatMoney(1234, 'PKR', 'ur')).not.toContain('.');
  });

  it('does not group four-digit amounts in Slovenian', () => {
    expect(formatMoney(1250.5, 'EUR', 'sl')).toBe('1250,50\u00a0€');
  });

  it('gives no date for a date that does not exist', () => {
    expect(formatDate('2025-02-29', 'en')).toBeUndefined();
    expect(formatDate('2025-02-29', 'ne')).toBeUndefined();
    expect(formatDate('2025-02-29', 'ne', { calendar: 'ad' })).toBeUndefined();
  });
});

describe('Nepali dates in Bikram Sambat', () => {
  it('dates Nepali letters in Bikram Sambat by default', () => {
    expect(formatDate('2026-11-28', 'ne')).toBe('२०८३ मंसिर १२');
    expect(formatDate('2026-11-28', 'ne', { calendar: 'bs' })).toBe('२०८३ मंसिर १२');
    expect(formatDate('2026-04-14', 'ne')).toBe('२०८३ वैशाख १');
  });

  it('writes the Gregorian date when asked to', () => {
    expect(formatDate('2025-01-15', 'ne', { calendar: 'ad' })).toBe('२०२५ जनवरी १५');
    expect(formatDate('2026-11-28', 'ne', { calendar: 'ad' })).toBe('२०२६ नोभेम्बर २८');
  });

  it('gives no BS date past the end of the table rather than a guessed one; AD still works', () => {
    expect(formatDate('2027-04-13', 'ne')).toBe('२०८३ चैत ३०');
    expect(formatDate('2027-04-14', 'ne')).toBeUndefined();
    expect(formatDate('2027-04-14', 'ne', { calendar: 'ad' })).toBe('२०२७ अप्रिल १४');
  });

  it.each(['en', 'ur', 'sl', 'ms'] as const)('ignores the calendar option in %s letters', (lang) => {
    expect(formatDate('2025-01-15', lang, { calendar: 'bs' })).toBe(CASES[lang].date);
    expect(formatDate('2025-01-15', lang, { calendar: 'ad' })).toBe(CASES[lang].date);
  });
});
