import { FIELD_VOCABULARY, findScenario } from '../letters/catalogue';
import type { LetterLanguage, LetterTemplate, Scenario, Voice } from '../letters/types';
import type { CustomScenario, LetterOverride, LetterPart, ScenarioOverrides } from './schema';

/** The part of a language's override that edits one voice (the top level is "I"). */
export function voicePart(override: LetterOverride | undefined, voice: Voice): LetterPart | undefined {
  if (!override) return undefined;
  if (voice === 'we') return override.we;
  const part: LetterPart = {};
  if (override.subject !== undefined) part.subject = override.subject;
  if (override.body !== undefined) part.body = override.body;
  return part;
}

/** The letter the user sees in one voice: their edit of that voice where they made one, the built-in text elsewhere. */
export function effectiveTemplate(builtIn: LetterTemplate | undefined, override: LetterOverride | undefined, voice: Voice): LetterTemplate | undefined {
  if (!builtIn) return undefined;
  const part = voicePart(override, voice);
  return { subject: part?.subject ?? builtIn.subject, body: part?.body ?? builtIn.body };
}

/**
 * Only what differs from the built-in text of the voice is stored, so built-in updates reach
 * unedited parts. `builtIn` is the built-in text of the voice that was edited.
 */
export function overrideFor(builtIn: LetterTemplate, edited: LetterTemplate): LetterPart | null {
  const part: LetterPart = {};
  if (edited.subject !== builtIn.subject) part.subject = edited.subject;
  if (edited.body !== builtIn.body) part.body = edited.body;
  return Object.keys(part).length > 0 ? part : null;
}

/**
 * Overrides of one scenario with one language's edit of one voice applied (or removed when back
 * to the built-in text). The other voice's edit stays; a language with no edit left is dropped.
 */
export function withOverride(current: ScenarioOverrides | undefined, lang: LetterLanguage, voice: Voice, part: LetterPart | null): ScenarioOverrides {
  const next: ScenarioOverrides = { ...current };
  const { we, ...mine } = next[lang] ?? {};
  const own: LetterOverride = voice === 'we' ? { ...mine, ...(part ? { we: part } : {}) } : { ...part, ...(we ? { we } : {}) };
  if (Object.keys(own).length > 0) next[lang] = own;
  else delete next[lang];
  return next;
}

/** A custom situation as a scenario the panel and renderer understand. */
export function customScenario(custom: CustomScenario): Scenario | undefined {
  const base = findScenario(custom.baseId);
  if (!base) return undefined;
  const fields = custom.fieldIds
    .map((id) => base.fields.find((field) => field.id === id) ?? FIELD_VOCABULARY.find((field) => field.id === id))
    .filter((field) => field !== undefined)
    .map((field) => (base.fields.includes(field) ? field : { ...field, required: false }));
  return { id: custom.id, group: base.group, steps: base.steps, tone: base.tone, fields, guidance: base.guidance };
}

/** A fresh id for a custom situation, readable and unlikely to collide. */
export function newCustomId(name: string, taken: ReadonlySet<string>): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'letter';
  for (let n = 1; ; n++) {
    const id = `custom-${slug}${n === 1 ? '' : `-${n}`}`;
    if (!taken.has(id)) return id;
  }
}
