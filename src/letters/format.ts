import { toBikramSambat } from './bikram-sambat';
import { letterLocale } from './letter-locale';
import { hasLocaleData, nepaliBsDate, nepaliDate, nepaliDays, nepaliMoney } from './nepali-format';
import type { LetterLanguage } from './types';
import { parseIsoDate } from './values';

/** Nepali needs our own formatting where the runtime lacks its locale data (Chrome does). */
const nepaliFallback = (lang: LetterLanguage) => lang === 'ne' && !hasLocaleData(letterLocale('ne').locale);

export interface DateOptions {
  /** Nepali letters only: Bikram Sambat (the default) or the Gregorian calendar. */
  calendar?: 'bs' | 'ad';
}

/**
 * "15 January 2025", "15. januar 2025", "२०८१ माघ २" (or "२०२५ जनवरी १५" in AD), "15 جنوری 2025",
 * "15 Januari 2025". Undefined for a date that does not exist, and for a Nepali BS date outside
 * the Bikram Sambat table (see bikram-sambat.ts): better no date than a wrong one.
 */
export function formatDate(iso: string, lang: LetterLanguage, options: DateOptions = {}): string | undefined {
  const time = parseIsoDate(iso);
  if (time === undefined) return undefined;
  if (lang === 'ne' && (options.calendar ?? 'bs') === 'bs') {
    const bs = toBikramSambat(iso);
    return bs && nepaliBsDate(bs);
  }
  if (nepaliFallback(lang)) return nepaliDate(time);
  const formatted = new Intl.DateTimeFormat(letterLocale(lang).locale, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
  // Intl writes "15 جنوری، 2025"; Urdu business letters write the date without the comma, which
  // would otherwise clutter sentences whose clauses are set off by commas.
  return lang === 'ur' ? formatted.replace(/\s*،\s*(?=\d)/u, ' ') : formatted;
}

/**
 * Money in the letter's locale. Intl rounds some currencies (PKR) to whole units by default;
 * an amount with cents keeps two decimals so nobody is asked for the wrong sum.
 */
export function formatMoney(amount: number, currency: string, lang: LetterLanguage): string {
  const base = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const digits = Number.isInteger(amount) ? base : Math.max(base, 2);
  if (nepaliFallback(lang)) return nepaliMoney(amount, currency, digits);
  return new Intl.NumberFormat(letterLocale(lang).locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

/** "7 days", "2 dneva", "७ दिन": Intl chooses the plural form. */
export function formatDays(days: number, lang: LetterLanguage): string {
  if (nepaliFallback(lang)) return nepaliDays(days);
  return new Intl.NumberFormat(letterLocale(lang).locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}
