import type { LetterLanguage } from './types';

export interface LetterLocale {
  /** BCP 47 locale used for Intl formatting. */
  locale: string;
  dir: 'ltr' | 'rtl';
}

const LOCALES: Record<LetterLanguage, LetterLocale> = {
  en: { locale: 'en-GB', dir: 'ltr' },
  ne: { locale: 'ne-NP', dir: 'ltr' },
  ur: { locale: 'ur-PK', dir: 'rtl' },
  sl: { locale: 'sl-SI', dir: 'ltr' },
  ms: { locale: 'ms-MY', dir: 'ltr' },
};

export function letterLocale(lang: LetterLanguage): LetterLocale {
  return LOCALES[lang];
}
