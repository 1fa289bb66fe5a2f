import { formatDate, formatDays, formatMoney } from './format';
import type { FieldSpec, FieldValue, FieldValues, LetterLanguage, Scenario, SenderProfile } from './types';
import { daysBetween, listItems, parseAmount, parseCurrency } from './values';

/** A value ready for a letter: its display lines (one for most types, several for lists). */
export type Resolved =
  | { state: 'present'; lines: string[] }
  | { state: 'absent' }
  | { state: 'invalid' };

export interface ResolveInput {
  scenario: Scenario;
  lang: LetterLanguage;
  values: FieldValues;
  profile: SenderProfile;
  /** Today as an ISO date (the caller's clock, so rendering stays pure). */
  today: string;
}

const ABSENT: Resolved = { state: 'absent' };
const INVALID: Resolved = { state: 'invalid' };
const present = (...lines: string[]): Resolved => ({ state: 'present', lines });

function rawValue(field: FieldSpec, input: ResolveInput): FieldValue | undefined {
  const typed = input.values[field.id];
  if (typed !== undefined && typed !== '') return typed;
  if (field.source !== 'profile') return typed;
  if (field.id === 'currency') return input.profile.currency;
  return field.id === 'senderName' || field.id === 'businessName' ? input.profile[field.id] : undefined;
}

function asText(raw: FieldValue | undefined): string {
  if (typeof raw === 'string') return raw.trim();
  if (Array.isArray(raw)) return raw.join('\n').trim();
  return '';
}

function resolveField(field: FieldSpec, raw: FieldValue | undefined, currency: string | undefined, lang: LetterLanguage): Resolved {
  if (field.type === 'yesNo') return raw === true ? present('') : ABSENT;
  if (field.type === 'list') {
    const items = raw === undefined || typeof raw === 'boolean' ? [] : listItems(raw);
    return items.length > 0 ? present(...items.map((item) => `• ${item}`)) : ABSENT;
  }
  const text = asText(raw);
  if (text === '') return ABSENT;
  switch (field.type) {
    case 'date': {
      const formatted = formatDate(text, lang);
      return formatted === undefined ? INVALID : present(formatted);
    }
    case 'money': {
      const amount = parseAmount(text);
      if (amount === undefined || currency === undefined) return INVALID;
      return present(formatMoney(amount, currency, lang));
    }
    case 'currency':
      return parseCurrency(text) === undefined ? INVALID : present(text.toUpperCase());
    case 'days': {
      const days = Number(text);
      return Number.isInteger(days) && days >= 0 ? present(formatDays(days, lang)) : INVALID;
    }
    default:
      return present(text);
  }
}

/** Every field of the scenario, plus the derived values, resolved for the letter's language. */
export function resolveValues(input: ResolveInput): Map<string, Resolved> {
  const { scenario, lang } = input;
  const raws = new Map(scenario.fields.map((field) => [field.id, rawValue(field, input)]));
  const currency = parseCurrency(asText(raws.get('currency')));
  const resolved = new Map<string, Resolved>();
  for (const field of scenario.fields) resolved.set(field.id, resolveField(field, raws.get(field.id), currency, lang));

  const dueDate = asText(raws.get('dueDate'));
  if (dueDate) {
    const overdue = daysBetween(dueDate, input.today);
    resolved.set('daysOverdue', overdue === undefined ? INVALID : present(formatDays(Math.max(0, overdue), lang)));
  }
  const amount = parseAmount(asText(raws.get('amount')));
  const paid = parseAmount(asText(raws.get('amountPaid')));
  if (amount !== undefined && paid !== undefined && currency !== undefined) {
    resolved.set('amountDue', present(formatMoney(Math.max(0, Math.round((amount - paid) * 100) / 100), currency, lang)));
  }
  return resolved;
}
