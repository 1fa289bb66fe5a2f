import { LETTER_LANGUAGES, type LetterLanguage, type LetterTemplate } from '../letters/types';

/**
 * Unsaved edits, by situation and letter language. Kept per language so switching tabs loses
 * nothing; an entry lives only while it differs from the saved text.
 */
export type Drafts = ReadonlyMap<string, LetterTemplate>;

/** What is saved now for a situation in a language (storage may change under a draft). */
export type SavedLetter = (scenarioId: string, lang: LetterLanguage) => LetterTemplate | undefined;

const draftKey = (scenarioId: string, lang: LetterLanguage) => `${scenarioId}/${lang}`;

const sameLetter = (a: LetterTemplate, b: LetterTemplate | undefined) => b !== undefined && a.subject === b.subject && a.body === b.body;

export function draftOf(drafts: Drafts, scenarioId: string, lang: LetterLanguage): LetterTemplate | undefined {
  return drafts.get(draftKey(scenarioId, lang));
}

/** The drafts with one letter edited; an edit back to the saved text is no draft at all. */
export function withDraft(drafts: Drafts, scenarioId: string, lang: LetterLanguage, edited: LetterTemplate, saved: LetterTemplate | undefined): Drafts {
  const next = new Map(drafts);
  if (sameLetter(edited, saved)) next.delete(draftKey(scenarioId, lang));
  else next.set(draftKey(scenarioId, lang), edited);
  return next;
}

export function withoutDrafts(drafts: Drafts, scenarioId: string, langs: readonly LetterLanguage[] = LETTER_LANGUAGES): Drafts {
  const next = new Map(drafts);
  for (const lang of langs) next.delete(draftKey(scenarioId, lang));
  return next;
}

/** Drop the drafts that were just saved; edits typed while the save ran stay. */
export function withoutSavedDrafts(drafts: Drafts, scenarioId: string, saved: ReadonlyMap<LetterLanguage, LetterTemplate>): Drafts {
  const next = new Map(drafts);
  for (const [lang, template] of saved) if (next.get(draftKey(scenarioId, lang)) === template) next.delete(draftKey(scenarioId, lang));
  return next;
}

/** The languages of a situation whose draft differs from what is saved now. */
export function unsavedLanguages(drafts: Drafts, scenarioId: string, saved: SavedLetter): LetterLanguage[] {
  return LETTER_LANGUAGES.filter((lang) => {
    const draft = draftOf(drafts, scenarioId, lang);
    return draft !== undefined && !sameLetter(draft, saved(scenarioId, lang));
  });
}

/** The drafts of a situation that still differ from the saved text, by language. */
export function unsavedEdits(drafts: Drafts, scenarioId: string, saved: SavedLetter): Map<LetterLanguage, LetterTemplate> {
  return new Map(unsavedLanguages(drafts, scenarioId, saved).map((lang) => [lang, draftOf(drafts, scenarioId, lang)!]));
}
