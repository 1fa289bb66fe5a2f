/**
 * The one table of Tactful's languages: letters and interface alike. The UI's language list
 * (src/i18n/languages.ts), the letters' Intl locales and text direction derive from it.
 */
export const LANGUAGE_TABLE = [
  { code: 'en', nativeName: 'English', locale: 'en-GB', dir: 'ltr' },
  { code: 'ne', nativeName: 'नेपाली', locale: 'ne-NP', dir: 'ltr' },
  { code: 'ur', nativeName: 'اردو', locale: 'ur-PK', dir: 'rtl' },
  { code: 'sl', nativeName: 'Slovenščina', locale: 'sl-SI', dir: 'ltr' },
  { code: 'ms', nativeName: 'Bahasa Melayu', locale: 'ms-MY', dir: 'ltr' },
] as const satisfies readonly { code: string; nativeName: string; locale: string; dir: 'ltr' | 'rtl' }[];

export type LanguageInfo = (typeof LANGUAGE_TABLE)[number];
