import { browser } from '../platform/browser-api';
import type { LetterLanguage } from '../letters/types';
import { matchLanguage } from './languages';

/**
 * The language the browser picked for the extension's own strings (each _locales file names
 * its language in "uiLanguage"), so the panel speaks the language of the compose button's label.
 */
export function browserLanguage(): LetterLanguage {
  return matchLanguage(browser.i18n.getMessage('uiLanguage') || browser.i18n.getUILanguage());
}
