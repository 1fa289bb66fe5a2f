import { FIELD_VOCABULARY, findScenario } from '../letters/catalogue';
import type { LetterLanguage, LetterTemplate, Scenario } from '../letters/types';
import type { CustomScenario, LetterOverride, ScenarioOverrides } from './schema';

/** The letter the user sees: their edit where they made one, the built-in text elsewhere. */
export function effectiveTemplate(builtIn: LetterTemplate | undefined, override: LetterOverride | undefined): LetterTemplate | undefined {
  if (!builtIn) return undefined;
  return { subject: override?.subject ?? builtIn.subject, body: override?.body ?? builtIn.body };
}

/** Only what differs from the built-in text is stored, so built-in updates reach unedited parts. */
export function overrideFor(builtIn: LetterTemplate, edited: LetterTemplate): LetterOverride | null {
  const override: LetterOverride = {};
  if (edited.subject !== builtIn.subject) override.subject = edited.subject;
  if (edited.body !== builtIn.body) override.body = edited.body;
  return Object.keys(override).length > 0 ? override : null;
}

/** Overrides of one scenario with one language's edit applied (or removed when back to built-in). */
export function withOverride(current: ScenarioOverrides | undefined, lang: LetterLanguage, override: LetterOverride | null): ScenarioOverrides {
  const next: ScenarioOverrides = { ...current };
  if (override) next[lang] = override;
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
