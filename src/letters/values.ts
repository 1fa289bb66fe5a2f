/** Parsing what people type into fields. Pure; invalid input gives `undefined`, never NaN. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as a UTC midnight timestamp, or undefined when it is not a real date. */
export function parseIsoDate(value: string): number | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(y, m - 1, d);
  const back = new Date(time);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return time;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === undefined || b === undefined) return undefined;
  return Math.round((b - a) / DAY_MS);
}

/**
 * An amount as typed: "1234.5", "1 234,50", "1,234.50", "1.234,50". The last `.` or `,` followed
 * by one or two digits is the decimal separator; other separators group thousands.
 */
export function parseAmount(value: string): number | undefined {
  const compact = value.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = decimal ? compact.slice(0, decimal.index) : compact;
  if (!/^\d{1,3}([.,]?\d{3})*$/.test(whole) && !/^\d+$/.test(whole)) return undefined;
  const digits = whole.replace(/[.,]/g, '') + (decimal ? `.${decimal[1]}` : '');
  const amount = Number(digits);
  return Number.isFinite(amount) ? amount : undefined;
}

/** ISO 4217 codes are three capital letters; Intl decides whether it knows the currency. */
export function parseCurrency(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return code;
  } catch {
    return undefined;
  }
}

/** Items of a list field: one per line, blank lines and bullets people paste in dropped. */
export function listItems(value: string | readonly string[]): string[] {
  const lines = typeof value === 'string' ? value.split(/\r?\n/) : value;
  return lines.map((line) => line.replace(/^\s*(?:[-*•–]\s+)?/, '').trim()).filter((line) => line.length > 0);
}
