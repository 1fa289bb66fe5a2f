import { LETTER_LANGUAGES, type LetterLanguage } from '../letters/types';

/** The open letter, kept in the page's query so a reload or a bookmark comes back to it. */
export interface LetterLocation {
  scenarioId: string | null;
  lang: LetterLanguage | null;
}

export function readLetterLocation(search: string): LetterLocation {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  return {
    scenarioId: params.get('scenario'),
    lang: (LETTER_LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as LetterLanguage) : null,
  };
}

export function letterLocationSearch({ scenarioId, lang }: LetterLocation): string {
  const params = new URLSearchParams();
  if (scenarioId) params.set('scenario', scenarioId);
  if (scenarioId && lang) params.set('lang', lang);
  const search = params.toString();
  return search ? `?${search}` : '';
}
