import { GRAMMATICAL_FORMS, GREETING_KEY, type GreetingTemplates, type LetterEntry, type LetterTemplate, type Voice } from './types';

function isTemplate(value: unknown): value is LetterTemplate {
  if (typeof value !== 'object' || value === null) return false;
  const { subject, body } = value as Record<string, unknown>;
  return typeof subject === 'string' && typeof body === 'string';
}

/**
 * The template of one voice of a built-in letter: the top level is "I", `we` the business.
 * An entry without a `we` copy (an older file) gives its only text for both voices.
 */
export function pickVoice(entry: LetterEntry, voice: Voice = 'i'): LetterTemplate {
  const chosen = voice === 'we' && isTemplate(entry.we) ? entry.we : entry;
  return { subject: chosen.subject, body: chosen.body };
}

/** A scenario's entry read from a letters.json object, or undefined when it is not one. */
export function letterEntry(letters: unknown, scenarioId: string): LetterEntry | undefined {
  if (scenarioId === GREETING_KEY || typeof letters !== 'object' || letters === null) return undefined;
  const entry = (letters as Record<string, unknown>)[scenarioId];
  if (!isTemplate(entry)) return undefined;
  const we = (entry as { we?: unknown }).we;
  return isTemplate(we) ? { subject: entry.subject, body: entry.body, we: { subject: we.subject, body: we.body } } : { subject: entry.subject, body: entry.body };
}

/** The greeting templates (`_greeting`) of a letters.json object, when complete. */
export function greetingTemplates(letters: unknown): GreetingTemplates | undefined {
  if (typeof letters !== 'object' || letters === null) return undefined;
  const greeting = (letters as Record<string, unknown>)[GREETING_KEY];
  if (typeof greeting !== 'object' || greeting === null) return undefined;
  const forms = greeting as Record<string, unknown>;
  if (!GRAMMATICAL_FORMS.every((form) => typeof forms[form] === 'string')) return undefined;
  return { female: forms.female as string, male: forms.male as string, neutral: forms.neutral as string };
}
