import type { FieldValues, LetterLanguage } from '../letters/types';
import { LETTER_LANGUAGES } from '../letters/types';
import { browser } from '../platform/browser-api';

/** The letter used last, with its values, for the insert-last command. Kept on this device only. */
export interface LastLetter {
  scenarioId: string;
  lang: LetterLanguage;
  values: Record<string, string | boolean>;
}

const KEY = 'lastLetter';

function isLastLetter(value: unknown): value is LastLetter {
  const v = value as Partial<LastLetter> | null;
  return (
    typeof v?.scenarioId === 'string' &&
    LETTER_LANGUAGES.includes(v.lang as LetterLanguage) &&
    typeof v.values === 'object' &&
    v.values !== null &&
    Object.values(v.values).every((x) => typeof x === 'string' || typeof x === 'boolean')
  );
}

export async function readLastLetter(): Promise<LastLetter | null> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return isLastLetter(stored) ? stored : null;
}

export async function saveLastLetter(scenarioId: string, lang: LetterLanguage, values: FieldValues): Promise<void> {
  const plain: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'boolean') plain[key] = value;
  }
  await browser.storage.local.set({ [KEY]: { scenarioId, lang, values: plain } satisfies LastLetter });
}
