import i18next, { type i18n } from 'i18next';
import en from '../../locales/en/ui.json';
import ms from '../../locales/ms/ui.json';
import ne from '../../locales/ne/ui.json';
import sl from '../../locales/sl/ui.json';
import ur from '../../locales/ur/ui.json';
import type { LetterLanguage } from '../letters/types';

const UI = { en, ne, ur, sl, ms } satisfies Record<LetterLanguage, unknown>;

/** An i18next instance for the UI ("ui" namespace); letters are added to it as they load. */
export async function createI18n(language: LetterLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: ['ui'],
    defaultNS: 'ui',
    resources: Object.fromEntries(Object.entries(UI).map(([lng, ui]) => [lng, { ui }])),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
