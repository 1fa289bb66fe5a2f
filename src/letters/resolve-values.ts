import { formatDate, formatDays, formatMoney } from './format';
import { statutoryInterest } from './late-interest';
import { letterCalendar, type NepaliCalendar } from './letter-calendar';
import { letterLocale } from './letter-locale';
import { GRAMMATICAL_FORMS, type FieldSpec, type FieldValue, type FieldValues, type GrammaticalForm, type LetterLanguage, type Scenario, type SenderProfile } from './types';
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
const flag = (on: boolean): Resolved => (on ? present('') : ABSENT);

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

/** "2 %", "2,5 %", "10.15%": a percentage in the letter's locale, at most two decimals. */
export function formatPercent(percent: number, lang: LetterLanguage): string {
  return new Intl.NumberFormat(letterLocale(lang).locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}

/** A choice field's value, or its default when nothing (or something unknown) was picked. */
export function choiceValue(field: FieldSpec, raw: FieldValue | undefined): string | undefined {
  const text = asText(raw);
  return field.options?.includes(text) ? text : field.default;
}

/** The form a `female` | `male` | `neutral` value stands for; anything else is neutral. */
export function grammaticalForm(value: unknown): GrammaticalForm {
  return (GRAMMATICAL_FORMS as readonly unknown[]).includes(value) ? (value as GrammaticalForm) : 'neutral';
}

function resolveField(field: FieldSpec, raw: FieldValue | undefined, currency: string | undefined, lang: LetterLanguage, calendar: SenderProfile['nepaliCalendar']): Resolved {
  if (field.type === 'yesNo') return flag(raw === true);
  if (field.type === 'choice') {
    const value = choiceValue(field, raw);
    return value === undefined ? ABSENT : present(value);
  }
  if (field.type === 'list') {
    const items = raw === undefined || typeof raw === 'boolean' ? [] : listItems(raw);
    return items.length > 0 ? present(...items.map((item) => `• ${item}`)) : ABSENT;
  }
  const text = asText(raw);
  if (text === '') return ABSENT;
  switch (field.type) {
    case 'date': {
      const formatted = formatDate(text, lang, { calendar });
      return formatted === undefined ? INVALID : present(formatted);
    }
    case 'money': {
      const amount = parseAmount(text);
      if (amount === undefined || currency === undefined) return INVALID;
      return present(formatMoney(amount, currency, lang));
    }
    case 'percent': {
      const percent = parseAmount(text.replace(/\s*%$/, ''));
      return percent === undefined || percent > 100 ? INVALID : present(formatPercent(percent, lang));
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

const roundCents = (amount: number) => Math.round(amount * 100) / 100;

/** The calendar the letter's dates are written in (its date on paper included): see letter-calendar.ts. */
export function calendarOf(input: ResolveInput): NepaliCalendar {
  const dates = input.scenario.fields.filter((field) => field.type === 'date').map((field) => asText(rawValue(field, input)));
  return letterCalendar(input.lang, input.profile.nepaliCalendar, [input.today, ...dates]);
}

/**
 * Every field of the scenario, plus the derived values (docs/letter-templates.md), resolved for
 * the letter's language. `greeting` is marked present here; the renderer expands it.
 */
export function resolveValues(input: ResolveInput): Map<string, Resolved> {
  const { scenario, lang, profile, today } = input;
  const raws = new Map(scenario.fields.map((field) => [field.id, rawValue(field, input)]));
  const currency = parseCurrency(asText(raws.get('currency')));
  const resolved = new Map<string, Resolved>();
  const calendar = calendarOf(input);
  for (const field of scenario.fields) resolved.set(field.id, resolveField(field, raws.get(field.id), currency, lang, calendar));

  // Grammar: exactly one of each trio.
  const addressField = scenario.fields.find((field) => field.id === 'addressForm');
  const recipient = grammaticalForm(addressField ? choiceValue(addressField, raws.get('addressForm')) : undefined);
  const sender = grammaticalForm(profile.senderForm);
  for (const form of GRAMMATICAL_FORMS) {
    const suffix = form[0]!.toUpperCase() + form.slice(1);
    resolved.set(`recipient${suffix}`, flag(recipient === form));
    resolved.set(`sender${suffix}`, flag(sender === form));
  }
  resolved.set('greeting', present(''));

  // Due date: before, on or after it; never "0 days overdue".
  const dueDate = asText(raws.get('dueDate'));
  const late = dueDate ? daysBetween(dueDate, today) : undefined;
  if (dueDate && late === undefined) {
    resolved.set('daysOverdue', INVALID);
  } else if (late !== undefined) {
    resolved.set('notYetDue', flag(late < 0));
    resolved.set('dueToday', flag(late === 0));
    resolved.set('overdue', flag(late > 0));
    if (late > 0) resolved.set('daysOverdue', present(formatDays(late, lang)));
    // The day before, the date alone reads naturally; "in 1 day" is what no one writes.
    if (late < -1) resolved.set('daysUntilDue', present(formatDays(-late, lang)));
  }

  // What is still owed: the whole amount, or the balance after a part payment.
  const amount = parseAmount(asText(raws.get('amount')));
  const paid = parseAmount(asText(raws.get('amountPaid')));
  resolved.set('partPaid', flag(paid !== undefined && paid > 0));
  // Nothing paid is no part payment: no reminder thanks anyone for 0.00. (Where the amount paid is
  // what the letter is about, it is required and stays as typed.)
  const paidField = scenario.fields.find((field) => field.id === 'amountPaid');
  if (paid === 0 && paidField && !paidField.required) resolved.set('amountPaid', ABSENT);
  const owed = amount === undefined ? undefined : roundCents(Math.max(0, amount - (paid ?? 0)));
  if (owed !== undefined && currency !== undefined) resolved.set('amountDue', present(formatMoney(owed, currency, lang)));

  // A pause told in the right tense.
  const pausedDate = asText(raws.get('pausedDate'));
  const untilPause = pausedDate ? daysBetween(today, pausedDate) : undefined;
  resolved.set('pausedInFuture', flag(untilPause !== undefined && untilPause > 0));

  // Statutory interest: only when ticked, the profile names the law and the reference rate (the
  // rate the user has seen), the invoice is overdue and the law gives something.
  if (resolved.get('statutoryInterest')?.state === 'present') {
    const law = profile.lateInterestLaw;
    const answer =
      (law === 'eu' || law === 'uk') && late !== undefined && late > 0 && owed !== undefined && owed > 0 && currency !== undefined && profile.referenceRate
        ? statutoryInterest({ law, principal: owed, currency, dueDate, today, referenceRate: profile.referenceRate })
        : null;
    if (answer) {
      resolved.set('interestAmount', present(formatMoney(roundCents(answer.interest), currency!, lang)));
      resolved.set('interestRate', present(formatPercent(answer.annualRatePercent, lang)));
      resolved.set('interestDays', present(formatDays(answer.daysLate, lang)));
      resolved.set('compensation', present(formatMoney(answer.compensation, answer.compensationCurrency, lang)));
    } else {
      resolved.set('statutoryInterest', ABSENT);
    }
  }
  return resolved;
}
