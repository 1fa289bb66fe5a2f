import { LANGUAGE_TABLE } from './languages';
import type { LetterLanguage } from './types';

export interface LetterLocale {
  /** BCP 47 locale used for Intl formatting. */
  locale: string;
  dir: 'ltr' | 'rtl';
}

export function letterLocale(lang: LetterLanguage): LetterLocale {
  const { locale, dir } = LANGUAGE_TABLE.find((language) => language.code === lang) ?? LANGUAGE_TABLE[0];
  return { locale, dir };
}
