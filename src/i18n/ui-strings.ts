import { baseLanguage } from './language-tag';

// One chunk per language: a UI language's strings are fetched when it is used, not with the panel.
const LOADERS = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/ui.json');
const path = (language: string) => `../../locales/${language}/ui.json`;

/** A UI language's strings ("ui" namespace); empty for a language that has none. */
export async function loadUiStrings(language: string): Promise<Record<string, unknown>> {
  const load = LOADERS[path(language)];
  return load ? (await load()).default : {};
}

/**
 * Start fetching the strings of the browser's language ("sl-SI" → sl, else English) now, beside
 * the panel's code (the content script calls it on the click), instead of after that code has
 * arrived and run: one round of fetches, not two. The panel's later loadUiStrings of the same
 * language gets the same module, not a second fetch. (Not matchLanguage from ./languages: that
 * brings the language table, which the eager content script does not carry; the languages with
 * strings are the same.)
 */
export function prefetchUiStrings(languageTag: string): void {
  const base = baseLanguage(languageTag);
  loadUiStrings(LOADERS[path(base)] ? base : 'en').catch(() => undefined);
}
