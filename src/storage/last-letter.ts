import type { FieldValues, LetterLanguage } from '../letters/types';
import { LETTER_LANGUAGES } from '../letters/types';
import { browser } from '../platform/browser-api';

/** The letter used last, with its values, for the insert-last command. Kept on this device only. */
export interface LastLetter {
  scenarioId: string;
  lang: LetterLanguage;
  values: Record<string, string | boolean>;
}

const LAST_KEY = 'lastLetter';
const BY_SCENARIO_KEY = 'lastValues';

type PlainValues = Record<string, string | boolean>;

function isPlainValues(value: unknown): value is PlainValues {
  return typeof value === 'object' && value !== null && Object.values(value).every((x) => typeof x === 'string' || typeof x === 'boolean');
}

function isLastLetter(value: unknown): value is LastLetter {
  const v = value as Partial<LastLetter> | null;
  return typeof v?.scenarioId === 'string' && LETTER_LANGUAGES.includes(v.lang as LetterLanguage) && isPlainValues(v.values);
}

function plain(values: FieldValues): PlainValues {
  const out: PlainValues = {};
  for (const [key, value] of Object.entries(values)) if (typeof value === 'string' || typeof value === 'boolean') out[key] = value;
  return out;
}

export async function readLastLetter(): Promise<LastLetter | null> {
  const stored = (await browser.storage.local.get(LAST_KEY))[LAST_KEY];
  return isLastLetter(stored) ? stored : null;
}

/** The values last used with each situation (unreadable entries are skipped). */
export async function readLastValues(): Promise<Record<string, PlainValues>> {
  const stored = (await browser.storage.local.get(BY_SCENARIO_KEY))[BY_SCENARIO_KEY];
  if (typeof stored !== 'object' || stored === null) return {};
  return Object.fromEntries(Object.entries(stored).filter(([, values]) => isPlainValues(values)));
}

export async function saveLastLetter(scenarioId: string, lang: LetterLanguage, values: FieldValues): Promise<void> {
  const byScenario = await readLastValues();
  byScenario[scenarioId] = plain(values);
  await browser.storage.local.set({ [LAST_KEY]: { scenarioId, lang, values: plain(values) } satisfies LastLetter, [BY_SCENARIO_KEY]: byScenario });
}
