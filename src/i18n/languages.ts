import type { LetterLanguage } from '../letters/types';

export interface LanguageInfo {
  code: LetterLanguage;
  /** The language's name in itself, shown in language pickers. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'ne', nativeName: 'नेपाली', dir: 'ltr' },
  { code: 'ur', nativeName: 'اردو', dir: 'rtl' },
  { code: 'sl', nativeName: 'Slovenščina', dir: 'ltr' },
  { code: 'ms', nativeName: 'Bahasa Melayu', dir: 'ltr' },
];

/** The supported language closest to a browser language tag ("sl-SI" → "sl"), else English. */
export function matchLanguage(tag: string | undefined): LetterLanguage {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language.code === base)?.code ?? 'en';
}

export function languageDir(code: LetterLanguage): 'ltr' | 'rtl' {
  return LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
}
