import type { LetterLanguage, SenderProfile } from '../letters/types';
import { LETTER_LANGUAGES } from '../letters/types';
import { browser } from '../platform/browser-api';

/** The sender profile and defaults, synced across the user's browsers. */
export interface Profile extends SenderProfile {
  letterLanguage?: LetterLanguage;
  uiLanguage?: LetterLanguage;
}

const KEY = 'profile';

/** A stored value that is not what we expect falls back to the default, field by field. */
export function parseProfile(value: unknown): Profile {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof v[key] === 'string' && v[key] !== '' ? (v[key] as string) : undefined);
  const lang = (key: string) => (LETTER_LANGUAGES.includes(v[key] as LetterLanguage) ? (v[key] as LetterLanguage) : undefined);
  return {
    senderName: text('senderName'),
    businessName: text('businessName'),
    currency: text('currency'),
    letterLanguage: lang('letterLanguage'),
    uiLanguage: lang('uiLanguage'),
  };
}

export async function readProfile(): Promise<Profile> {
  try {
    return parseProfile((await browser.storage.sync.get(KEY))[KEY]);
  } catch {
    return {};
  }
}
