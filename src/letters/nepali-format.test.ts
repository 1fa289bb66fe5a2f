import { describe, expect, it } from 'vitest';
import { hasLocaleData, nepaliBsDate, nepaliDate, nepaliDays, nepaliMoney } from './nepali-format';

// Node ships full ICU: what it prints for ne-NP is the reference the fallback must match.
describe('Nepali fallback formatting', () => {
  it('runs where Node has the Nepali locale data to compare with', () => {
    expect(hasLocaleData('ne-NP')).toBe(true);
  });

  it.each([
    [2025, 0, 15],
    [2024, 1, 29],
    [1999, 11, 31],
    [2030, 7, 1],
  ])('writes the date %i-%i-%i as ICU does', (year, month, day) => {
    const time = Date.UTC(year, month, day);
    expect(nepaliDate(time)).toBe(new Intl.DateTimeFormat('ne-NP', { dateStyle: 'long', timeZone: 'UTC' }).format(time));
  });

  it.each([
    [1234567.5, 'NPR', 2],
    [1250.5, 'EUR', 2],
    [99, 'USD', 2],
    [12, 'JPY', 0],
    [100000, 'MYR', 2],
    [1500.25, 'PKR', 2],
  ])('writes %d %s as ICU does', (amount, currency, digits) => {
    const icu = new Intl.NumberFormat('ne-NP', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
    expect(nepaliMoney(amount, currency, digits)).toBe(icu);
  });

  it.each([1, 7, 1234])('writes %d days as ICU does', (days) => {
    expect(nepaliDays(days)).toBe(new Intl.NumberFormat('ne-NP', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days));
  });
});

describe('Bikram Sambat dates in Nepali', () => {
  it('writes year, month name and day with Devanagari digits', () => {
    expect(nepaliBsDate({ year: 2083, month: 8, day: 12 })).toBe('२०८३ मंसिर १२');
  });

  it('names the twelve months in the everyday Nepali forms', () => {
    const names = Array.from({ length: 12 }, (_, index) => nepaliBsDate({ year: 2083, month: index + 1, day: 1 }).split(' ')[1]);
    expect(names).toEqual(['वैशाख', 'जेठ', 'असार', 'साउन', 'भदौ', 'असोज', 'कात्तिक', 'मंसिर', 'पुस', 'माघ', 'फागुन', 'चैत']);
  });
});
