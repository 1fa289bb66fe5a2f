import { LANGUAGE_TABLE, type LanguageInfo } from '../letters/languages';
import type { LetterLanguage } from '../letters/types';
import { baseLanguage } from './language-tag';

export type { LanguageInfo };

/** The interface languages: the same table as the letters' (code, name in itself, direction). */
export const LANGUAGES: readonly LanguageInfo[] = LANGUAGE_TABLE;

/** The supported language closest to a browser language tag ("sl-SI" → "sl"), else English. */
export function matchLanguage(tag: string | undefined): LetterLanguage {
  const base = baseLanguage(tag);
  return LANGUAGES.find((language) => language.code === base)?.code ?? 'en';
}

export function languageDir(code: LetterLanguage): 'ltr' | 'rtl' {
  return LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
}

/**
 * The Intl locale for the interface's own dates and numbers (history, cases, notes): the browser's
 * own when it is a variant of the UI language (en-US, en-GB), else the language's usual one from
 * the table (en-GB for English). Intl on the bare code would give US dates to every English user.
 */
export function uiLocale(language: string, preferred: readonly string[] = navigator.languages): string {
  const own = preferred.find((tag) => baseLanguage(tag) === language);
  return own ?? LANGUAGES.find((info) => info.code === language)?.locale ?? language;
}
