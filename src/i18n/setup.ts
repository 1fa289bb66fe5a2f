import i18next, { type BackendModule, type i18n } from 'i18next';
import type { LetterLanguage } from '../letters/types';
import { loadUiStrings } from './ui-strings';

/**
 * Fetches the "ui" strings of a language when i18next needs them: at init for the language and
 * its fallback (English; only English when the language is English), on changeLanguage for a new one.
 */
const uiStrings: BackendModule = {
  type: 'backend',
  callbackApi: false,
  init: () => undefined,
  read: async (language: string, namespace: string) => (namespace === 'ui' ? loadUiStrings(language) : {}),
};

/** An i18next instance for the UI ("ui" namespace); letters are added to it as they load. */
export async function createI18n(language: LetterLanguage): Promise<i18n> {
  const instance = i18next.createInstance().use(uiStrings);
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: ['ui'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
