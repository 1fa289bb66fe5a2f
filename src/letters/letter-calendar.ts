import { BIKRAM_SAMBAT_RANGE } from './bikram-sambat';
import type { LetterLanguage } from './types';

export type NepaliCalendar = 'bs' | 'ad';

/**
 * The calendar a letter's dates are written in. Nepali letters use the profile's choice (Bikram
 * Sambat by default), but if any date of the letter lies outside the BS table that sources agree
 * on, the whole letter is dated AD: a letter never mixes the two calendars, and a BS date we
 * cannot vouch for is never printed. Other languages always use the Gregorian calendar.
 */
export function letterCalendar(lang: LetterLanguage, chosen: NepaliCalendar | undefined, isoDates: readonly string[]): NepaliCalendar {
  if (lang !== 'ne' || chosen === 'ad') return 'ad';
  const covered = isoDates.every((iso) => !/^\d{4}-\d{2}-\d{2}$/.test(iso) || (iso >= BIKRAM_SAMBAT_RANGE.first && iso <= BIKRAM_SAMBAT_RANGE.last));
  return covered ? 'bs' : 'ad';
}
