import type { i18n } from 'i18next';
import type { LetterLanguage, LetterTemplate } from '../letters/types';

// One chunk per language: a letter language is fetched only when a letter in it is written.
const LOADERS = import.meta.glob<{ default: Record<string, LetterTemplate> }>('../../locales/*/letters.json');

/** Make the built-in letters of a language available in the "letters" namespace. */
export async function loadLetters(instance: i18n, lang: LetterLanguage): Promise<void> {
  if (instance.hasResourceBundle(lang, 'letters')) return;
  const load = LOADERS[`../../locales/${lang}/letters.json`];
  if (!load) return;
  const { default: letters } = await load();
  instance.addResourceBundle(lang, 'letters', letters, true, true);
}

/** The built-in template, read raw: its {{placeholders}} are ours, not i18next's. */
export function builtInLetter(instance: i18n, lang: LetterLanguage, scenarioId: string): LetterTemplate | undefined {
  const template = instance.getResource(lang, 'letters', scenarioId) as LetterTemplate | undefined;
  return template && typeof template.subject === 'string' && typeof template.body === 'string' ? template : undefined;
}
