import type { LateInterestLaw } from '../letters/late-interest';
import { SHIPPED_REFERENCE_RATES } from '../letters/reference-rates';
import { REMINDER_STAGES } from '../letters/reminder-stage';
import { LETTER_LANGUAGES, type GrammaticalForm, type LetterLanguage, type Voice } from '../letters/types';
import { parseCurrency, parseIsoDate } from '../letters/values';
import { effectiveLateInterestLaw } from '../storage/letter-profile';
import type { Profile } from '../storage/schema';

/** The profile as the form holds it: text as typed, '' for "not chosen". */
export interface ProfileForm {
  senderName: string;
  businessName: string;
  signatureLine: string;
  currency: string;
  letterLanguage: LetterLanguage | '';
  uiLanguage: LetterLanguage | '';
  reminderOffsets: string[];
  voice: Voice;
  senderForm: GrammaticalForm;
  nepaliCalendar: 'bs' | 'ad';
  /** '' for automatic: the law of the browser's region. */
  lateInterestLaw: LateInterestLaw | '';
  /** The reference rate in percent as typed, and the ISO date it applies from. */
  referenceRate: string;
  referenceRateFrom: string;
}

export type ProfileProblem =
  | { kind: 'tooLong'; max: number }
  | { kind: 'currency' }
  | { kind: 'offsetNumber' }
  | { kind: 'offsetRange'; min: number; max: number }
  | { kind: 'offsetOrder' }
  | { kind: 'percent' }
  | { kind: 'rateDate' };

/** Problems by form control name (`reminderOffsets.2` for the third offset). */
export type ProfileProblems = Map<string, ProfileProblem>;

const MAX_PROFILE_TEXT = 200;
const OFFSET_MIN = -60;
const OFFSET_MAX = 365;
const TEXT_FIELDS = ['senderName', 'businessName', 'signatureLine'] as const;

/** The rate Tactful ships for the law in use, as the form shows it ('' without a law). */
function shippedRate(law: LateInterestLaw): Pick<ProfileForm, 'referenceRate' | 'referenceRateFrom'> {
  if (law === 'none') return { referenceRate: '', referenceRateFrom: '' };
  const { percent, from } = SHIPPED_REFERENCE_RATES[law];
  return { referenceRate: String(percent), referenceRateFrom: from };
}

/** The profile as the form shows it; `region` resolves an automatic late-interest law. */
export function formFromProfile(profile: Profile, region: string | undefined): ProfileForm {
  const rate = profile.referenceRate
    ? { referenceRate: String(profile.referenceRate.percent), referenceRateFrom: profile.referenceRate.from }
    : shippedRate(effectiveLateInterestLaw(profile, region));
  return {
    senderName: profile.senderName,
    businessName: profile.businessName,
    signatureLine: profile.signatureLine,
    currency: profile.currency,
    letterLanguage: profile.letterLanguage ?? '',
    uiLanguage: profile.uiLanguage ?? '',
    reminderOffsets: profile.reminderOffsets.map(String),
    voice: profile.voice,
    senderForm: profile.senderForm,
    nepaliCalendar: profile.nepaliCalendar,
    lateInterestLaw: profile.lateInterestLaw ?? '',
    ...rate,
  };
}

const lawOf = (form: ProfileForm, region: string | undefined) => effectiveLateInterestLaw({ lateInterestLaw: form.lateInterestLaw || null }, region);

/**
 * The form with another late-interest law chosen. A rate the user left as shipped follows the
 * new law's shipped rate; one they typed themselves stays.
 */
export function withLateInterestLaw(form: ProfileForm, law: LateInterestLaw | '', region: string | undefined): ProfileForm {
  const before = shippedRate(lawOf(form, region));
  const untouched = (form.referenceRate.trim() === '' && form.referenceRateFrom.trim() === '') || (parsePercent(form.referenceRate) === parsePercent(before.referenceRate) && form.referenceRateFrom.trim() === before.referenceRateFrom);
  const next = { ...form, lateInterestLaw: law };
  return untouched ? { ...next, ...shippedRate(lawOf(next, region)) } : next;
}

/** A percentage as typed: "2.15", "2,15", "-0.5", "3 %"; undefined when it is not one. */
export function parsePercent(text: string): number | undefined {
  const compact = text.trim().replace('\u2212', '-').replace(/\s*%$/, '').replace(',', '.');
  if (!/^[+-]?\d{1,2}(\.\d{1,4})?$/.test(compact)) return undefined;
  const value = Number(compact);
  return value >= -10 && value <= 50 ? value : undefined;
}

export function sameForm(a: ProfileForm, b: ProfileForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A whole number of days as typed: "7", "+7", "-3" or "−3" (a typographic minus). */
export function parseOffset(text: string): number | undefined {
  const compact = text.trim().replace('\u2212', '-');
  return /^[+-]?\d{1,4}$/.test(compact) ? Number(compact) : undefined;
}

const language = (value: string): LetterLanguage | null => ((LETTER_LANGUAGES as readonly string[]).includes(value) ? (value as LetterLanguage) : null);

/** The profile the form describes, or what must be fixed first. */
export function readProfileForm(form: ProfileForm, region: string | undefined): { ok: true; profile: Profile } | { ok: false; problems: ProfileProblems } {
  const problems: ProfileProblems = new Map();
  for (const key of TEXT_FIELDS) if (form[key].trim().length > MAX_PROFILE_TEXT) problems.set(key, { kind: 'tooLong', max: MAX_PROFILE_TEXT });
  const currency = form.currency.trim().toUpperCase();
  if (currency !== '' && parseCurrency(currency) === undefined) problems.set('currency', { kind: 'currency' });

  const offsets = REMINDER_STAGES.map((_, i) => parseOffset(form.reminderOffsets[i] ?? ''));
  offsets.forEach((days, i) => {
    const name = `reminderOffsets.${i}`;
    const before = offsets[i - 1];
    if (days === undefined) problems.set(name, { kind: 'offsetNumber' });
    else if (days < OFFSET_MIN || days > OFFSET_MAX) problems.set(name, { kind: 'offsetRange', min: OFFSET_MIN, max: OFFSET_MAX });
    else if (before !== undefined && days <= before) problems.set(name, { kind: 'offsetOrder' });
  });

  // The reference rate: both parts or neither; the shipped rate of the law is stored as "shipped"
  // (null), so a later update of Tactful's rates reaches the user.
  const percentText = form.referenceRate.trim();
  const fromText = form.referenceRateFrom.trim();
  const percent = parsePercent(percentText);
  let referenceRate: Profile['referenceRate'] = null;
  if (percentText !== '' || fromText !== '') {
    if (percent === undefined) problems.set('referenceRate', { kind: 'percent' });
    if (parseIsoDate(fromText) === undefined) problems.set('referenceRate.from', { kind: 'rateDate' });
    const shipped = shippedRate(lawOf(form, region));
    if (percent !== undefined && !(percent === parsePercent(shipped.referenceRate) && fromText === shipped.referenceRateFrom)) referenceRate = { percent, from: fromText };
  }
  if (problems.size > 0) return { ok: false, problems };
  return {
    ok: true,
    profile: {
      senderName: form.senderName.trim(),
      businessName: form.businessName.trim(),
      signatureLine: form.signatureLine.trim(),
      currency,
      letterLanguage: language(form.letterLanguage),
      uiLanguage: language(form.uiLanguage),
      reminderOffsets: offsets as number[],
      voice: form.voice,
      senderForm: form.senderForm,
      nepaliCalendar: form.nepaliCalendar,
      lateInterestLaw: form.lateInterestLaw || null,
      referenceRate,
    },
  };
}
