import type { i18n } from 'i18next';
import type { GreetingTemplates, LetterLanguage, LetterTemplate, Voice } from '../letters/types';
import { GREETING_KEY } from '../letters/types';
import { greetingTemplates, letterEntry, pickVoice } from '../letters/voice';

// One chunk per language: a letter language is fetched only when a letter in it is written.
const LOADERS = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/letters.json');

/** Make the built-in letters of a language available in the "letters" namespace. */
export async function loadLetters(instance: i18n, lang: LetterLanguage): Promise<void> {
  if (instance.hasResourceBundle(lang, 'letters')) return;
  const load = LOADERS[`../../locales/${lang}/letters.json`];
  if (!load) return;
  const { default: letters } = await load();
  instance.addResourceBundle(lang, 'letters', letters, true, true);
}

/** One top-level entry of a language's letters, read raw: its {{placeholders}} are ours, not i18next's. */
function rawEntry(instance: i18n, lang: LetterLanguage, key: string): Record<string, unknown> {
  return { [key]: instance.getResource(lang, 'letters', key) as unknown };
}

/** The built-in template of a situation in one voice ("I" unless told). */
export function builtInLetter(instance: i18n, lang: LetterLanguage, scenarioId: string, voice: Voice = 'i'): LetterTemplate | undefined {
  const entry = letterEntry(rawEntry(instance, lang, scenarioId), scenarioId);
  return entry && pickVoice(entry, voice);
}

/** The language's greeting per address form, once its letters are loaded. */
export function builtInGreetings(instance: i18n, lang: LetterLanguage): GreetingTemplates | undefined {
  return greetingTemplates(rawEntry(instance, lang, GREETING_KEY));
}
