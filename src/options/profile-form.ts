import { REMINDER_STAGES } from '../letters/reminder-stage';
import { LETTER_LANGUAGES, type LetterLanguage } from '../letters/types';
import { parseCurrency } from '../letters/values';
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
}

export type ProfileProblem =
  | { kind: 'tooLong'; max: number }
  | { kind: 'currency' }
  | { kind: 'offsetNumber' }
  | { kind: 'offsetRange'; min: number; max: number }
  | { kind: 'offsetOrder' };

/** Problems by form control name (`reminderOffsets.2` for the third offset). */
export type ProfileProblems = Map<string, ProfileProblem>;

const MAX_PROFILE_TEXT = 200;
const OFFSET_MIN = -60;
const OFFSET_MAX = 365;
const TEXT_FIELDS = ['senderName', 'businessName', 'signatureLine'] as const;

export function formFromProfile(profile: Profile): ProfileForm {
  return {
    senderName: profile.senderName,
    businessName: profile.businessName,
    signatureLine: profile.signatureLine,
    currency: profile.currency,
    letterLanguage: profile.letterLanguage ?? '',
    uiLanguage: profile.uiLanguage ?? '',
    reminderOffsets: profile.reminderOffsets.map(String),
  };
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
export function readProfileForm(form: ProfileForm): { ok: true; profile: Profile } | { ok: false; problems: ProfileProblems } {
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
    },
  };
}
