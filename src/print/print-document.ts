import type { RenderedLetter } from '../letters/render';
import type { LetterLanguage } from '../letters/types';
import type { PrintDocument } from '../platform/messages';
import type { Profile } from '../storage/schema';

export interface PrintInput {
  letter: RenderedLetter;
  profile: Profile;
  /** The panel's fields: the names written there (clientName, senderName, businessName) win over the profile's. */
  values: Readonly<Record<string, string | boolean>>;
  /** Today (ISO), the letter's date. */
  today: string;
  uiLanguage: LetterLanguage;
}

/** What the print page needs and no more: the rendered letter, the names on it and its date (no HTML strings). */
export function printDocument({ letter, profile, values, today, uiLanguage }: PrintInput): PrintDocument {
  const text = (id: string, fallback = '') => (typeof values[id] === 'string' ? (values[id] as string) : fallback).trim();
  return {
    letter: { lang: letter.lang, dir: letter.dir, subject: letter.subject, pieces: letter.pieces },
    sender: { name: text('senderName', profile.senderName), business: text('businessName', profile.businessName) },
    recipient: text('clientName'),
    date: today,
    calendar: letter.calendar,
    uiLanguage,
  };
}
