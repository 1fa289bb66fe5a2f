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
  return {
    scenarios: [...SCENARIOS, ...customScenarios],
    voice,
    name: (id) => customs.get(id)?.name ?? i18n.t(`scenarios.${id}.name`),
    hint: (id) => {
      const custom = customs.get(id);
      return custom ? i18n.t('panel.basedOn', { name: i18n.t(`scenarios.${custom.baseId}.name`) }) : i18n.t(`scenarios.${id}.hint`);
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
