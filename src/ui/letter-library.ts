import type { i18n } from 'i18next';
import { builtInGreetings, builtInLetter } from '../i18n/letter-texts';
import { SCENARIOS } from '../letters/catalogue';
import type { GreetingTemplates, LetterLanguage, LetterTemplate, Scenario, Voice } from '../letters/types';
import { customScenario, effectiveTemplate } from '../storage/effective-letters';
import type { UserData } from '../storage/user-data';

/** The situations the user can pick (built-in, then their own) and the letter text for each. */
export interface LetterLibrary {
  scenarios: readonly Scenario[];
  /** The voice the letters are in (the profile's): built-in letters and their edits follow it. */
  voice: Voice;
  name(id: string): string;
  hint(id: string): string;
  /** Undefined when the letters of that language have not been loaded yet or do not exist. */
  template(id: string, lang: LetterLanguage): LetterTemplate | undefined;
  /** The language's greeting per address form, for renderLetter; undefined until its letters are loaded. */
  greetings(lang: LetterLanguage): GreetingTemplates | undefined;
}

export function makeLibrary(i18n: i18n, data: Pick<UserData, 'overrides' | 'custom' | 'profile'>): LetterLibrary {
  const voice = data.profile.voice;
  const customs = new Map(data.custom.map((custom) => [custom.id, custom]));
  const customScenarios = data.custom.map(customScenario).filter((scenario) => scenario !== undefined);
  const builtIn = (id: string, lang: LetterLanguage) => effectiveTemplate(builtInLetter(i18n, lang, id, voice), data.overrides[id]?.[lang], voice);
  const text = situationText(i18n);
  return {
    scenarios: [...SCENARIOS, ...customScenarios],
    voice,
    name: (id) => customs.get(id)?.name ?? text(id, 'name'),
    hint: (id) => {
      const custom = customs.get(id);
      return custom ? i18n.t('panel.basedOn', { name: text(custom.baseId, 'name') }) : text(id, 'hint');
    },
    template: (id, lang) => {
      const custom = customs.get(id);
      if (!custom) return builtIn(id, lang);
      // Own situations keep one text; a language without one falls back to the situation it came from.
      return custom.letters[lang] ?? builtIn(custom.baseId, lang);
    },
    greetings: (lang) => builtInGreetings(i18n, lang),
  };
}

/**
 * A situation's name or hint in the UI language. The list shows both for every situation on each
 * render and search keystroke: read straight from the language's strings, not through i18next's
 * whole lookup each time (tens of milliseconds on a first open on a slow laptop). i18next still
 * answers what the language lacks (its fallback to English).
 */
function situationText(i18n: i18n): (id: string, part: 'name' | 'hint') => string {
  type Strings = Record<string, Record<string, unknown> | undefined> | undefined;
  // Per language: the options page can switch its UI language under the same library.
  let read: { language: string; strings: Strings } | undefined;
  return (id, part) => {
    if (read?.language !== i18n.language) read = { language: i18n.language, strings: i18n.getResource(i18n.language, 'ui', 'scenarios') as Strings };
    const found = read.strings?.[id]?.[part];
    return typeof found === 'string' ? found : i18n.t(`scenarios.${id}.${part}`);
  };
}
