import type { LetterLanguage, LetterTemplate, Voice } from '../letters/types';
import { effectiveTemplate, newCustomId, overrideFor, voicePart, withOverride } from '../storage/effective-letters';
import type { CustomScenario, LetterOverride, ScenarioOverrides } from '../storage/schema';
import type { UserData } from '../storage/user-data';

/** The letter part of the user's data: edits of built-in letters and own situations. */
export type UserLetters = Pick<UserData, 'overrides' | 'custom'>;

/** The built-in text shipped with Tactful, in the voice being edited. */
export type BuiltInLetter = (scenarioId: string, lang: LetterLanguage) => LetterTemplate | undefined;

function withScenarioOverrides(overrides: UserLetters['overrides'], scenarioId: string, byLang: ScenarioOverrides): UserLetters['overrides'] {
  const next = { ...overrides };
  if (Object.keys(byLang).length > 0) next[scenarioId] = byLang;
  else delete next[scenarioId];
  return next;
}

function replaceCustom(letters: UserLetters, custom: CustomScenario): UserLetters {
  const exists = letters.custom.some((c) => c.id === custom.id);
  return { overrides: letters.overrides, custom: exists ? letters.custom.map((c) => (c.id === custom.id ? custom : c)) : [...letters.custom, custom] };
}

/** What an own situation shows in a language it has no text of its own in: its base's letter. */
function inheritedLetter(letters: UserLetters, custom: CustomScenario, lang: LetterLanguage, builtIn: BuiltInLetter, voice: Voice): LetterTemplate | undefined {
  return effectiveTemplate(builtIn(custom.baseId, lang), letters.overrides[custom.baseId]?.[lang], voice);
}

const same = (a: LetterTemplate, b: LetterTemplate | undefined) => b !== undefined && a.subject === b.subject && a.body === b.body;

/**
 * The letters with edits of one situation, made in one voice, applied. A built-in letter keeps
 * only its differences from the built-in text of that voice (the other voice is untouched); an
 * own situation has one text and keeps it only where it differs from what it would inherit.
 */
export function withEdits(letters: UserLetters, scenarioId: string, edits: ReadonlyMap<LetterLanguage, LetterTemplate>, builtIn: BuiltInLetter, voice: Voice): UserLetters {
  const custom = letters.custom.find((c) => c.id === scenarioId);
  if (custom) {
    const own = { ...custom.letters };
    for (const [lang, edited] of edits) {
      if (same(edited, inheritedLetter(letters, custom, lang, builtIn, voice))) delete own[lang];
      else own[lang] = { subject: edited.subject, body: edited.body };
    }
    return replaceCustom(letters, { ...custom, letters: own });
  }
  let byLang = letters.overrides[scenarioId] ?? {};
  for (const [lang, edited] of edits) {
    const original = builtIn(scenarioId, lang);
    byLang = withOverride(byLang, lang, voice, original ? overrideFor(original, edited) : { subject: edited.subject, body: edited.body });
  }
  return { overrides: withScenarioOverrides(letters.overrides, scenarioId, byLang), custom: letters.custom };
}

/** Back to the built-in text of one voice (an own situation: back to its base's letter) in these languages. */
export function withReset(letters: UserLetters, scenarioId: string, langs: readonly LetterLanguage[], voice: Voice): UserLetters {
  const custom = letters.custom.find((c) => c.id === scenarioId);
  if (custom) {
    const own = { ...custom.letters };
    for (const lang of langs) delete own[lang];
    return replaceCustom(letters, { ...custom, letters: own });
  }
  let byLang = letters.overrides[scenarioId] ?? {};
  for (const lang of langs) byLang = withOverride(byLang, lang, voice, null);
  return { overrides: withScenarioOverrides(letters.overrides, scenarioId, byLang), custom: letters.custom };
}

/** Has the user's own text in this voice in any of these languages (something a reset would remove)? */
export function hasOwnText(letters: UserLetters, scenarioId: string, langs: readonly LetterLanguage[], voice: Voice): boolean {
  const custom = letters.custom.find((c) => c.id === scenarioId);
  if (custom) return langs.some((lang) => custom.letters[lang] !== undefined);
  const own = letters.overrides[scenarioId];
  return langs.some((lang) => {
    const part = voicePart(own?.[lang], voice);
    return part !== undefined && Object.keys(part).length > 0;
  });
}

/**
 * A new own situation made from an existing one, starting with its current letters. Text the
 * user wrote is copied; built-in text is inherited rather than copied, so storage holds only
 * what the user wrote (and built-in letters would not fit storage.sync five languages at a time).
 */
export function duplicateScenario(
  letters: UserLetters,
  source: { id: string; name: string; fieldIds: readonly string[]; builtInIds: Iterable<string> },
  builtIn: BuiltInLetter,
  voice: Voice,
): CustomScenario {
  const own = letters.custom.find((c) => c.id === source.id);
  const taken = new Set([...source.builtInIds, ...letters.custom.map((c) => c.id)]);
  const copied: CustomScenario['letters'] = {};
  if (own) Object.assign(copied, structuredClone(own.letters));
  else {
    for (const [lang, override] of Object.entries(letters.overrides[source.id] ?? {}) as [LetterLanguage, LetterOverride][]) {
      // Only the voice being edited: an edit of the other voice is not what the user sees.
      if (!hasOwnText(letters, source.id, [lang], voice)) continue;
      const text = effectiveTemplate(builtIn(source.id, lang), override, voice);
      if (text) copied[lang] = text;
    }
  }
  return { id: newCustomId(source.name, taken), name: source.name.trim(), baseId: own?.baseId ?? source.id, fieldIds: [...source.fieldIds], letters: copied };
}

export function withCustom(letters: UserLetters, custom: CustomScenario): UserLetters {
  return replaceCustom(letters, custom);
}

export function withoutCustom(letters: UserLetters, id: string): UserLetters {
  return { overrides: letters.overrides, custom: letters.custom.filter((c) => c.id !== id) };
}

/** The letters with one situation put back as it was in `before` (an undo that leaves the rest). */
export function withScenarioFrom(letters: UserLetters, before: UserLetters, scenarioId: string): UserLetters {
  const custom = before.custom.find((c) => c.id === scenarioId);
  if (custom) return replaceCustom(letters, custom);
  return { overrides: withScenarioOverrides(letters.overrides, scenarioId, before.overrides[scenarioId] ?? {}), custom: letters.custom };
}
