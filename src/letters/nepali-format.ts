/**
 * Nepali formatting without the browser's help. Chrome ships only the locale data of its own UI
 * languages, and Nepali is not one: Intl then falls back to English ("15 January 2025", "€1.50").
 * This reproduces what full ICU gives for ne-NP (checked against Node's ICU in the tests).
 */
const DIGITS = '०१२३४५६७८९';
const MONTHS = ['जनवरी', 'फेब्रुअरी', 'मार्च', 'अप्रिल', 'मे', 'जुन', 'जुलाई', 'अगस्ट', 'सेप्टेम्बर', 'अक्टोबर', 'नोभेम्बर', 'डिसेम्बर'];

/**
 * Bikram Sambat months as Nepali writes them day to day (the tadbhava forms of the press and
 * most calendars). Libraries mix in formal Sanskrit forms (श्रावण, भाद्र, कार्तिक, पौष, फाल्गुन,
 * चैत्र); we keep one register throughout.
 */
const BS_MONTHS = ['वैशाख', 'जेठ', 'असार', 'साउन', 'भदौ', 'असोज', 'कात्तिक', 'मंसिर', 'पुस', 'माघ', 'फागुन', 'चैत'];

const devanagari = (text: string) => text.replace(/[0-9]/g, (digit) => DIGITS[Number(digit)]!);

/** Does this runtime really have data for the locale, rather than falling back to another? */
export function hasLocaleData(locale: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 && Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
}

/** "२०२५ जनवरी १५" */
export function nepaliDate(time: number): string {
  const date = new Date(time);
  return devanagari(`${date.getUTCFullYear()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`);
}

/** "२०८३ मंसिर १२": a Bikram Sambat date (month 1–12) in the order Nepali letters use. */
export function nepaliBsDate(date: { year: number; month: number; day: number }): string {
  return devanagari(`${date.year} ${BS_MONTHS[date.month - 1]} ${date.day}`);
}

/** "नेरू १२,३४,५६७.५०", "€ १,२५०.५०": lakh grouping (as en-IN), Devanagari digits. */
export function nepaliMoney(amount: number, currency: string, fractionDigits: number): string {
  const number = new Intl.NumberFormat('en-IN', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(amount);
  const symbol =
    currency === 'NPR' ? 'नेरू' : new Intl.NumberFormat('en-GB', { style: 'currency', currency }).formatToParts(0).find((part) => part.type === 'currency')?.value;
  return `${symbol ?? currency}\u00a0${devanagari(number)}`;
}

/** "७ दिन" */
export function nepaliDays(days: number): string {
  return `${devanagari(new Intl.NumberFormat('en-IN').format(days))} दिन`;
}
