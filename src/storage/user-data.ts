import * as v from 'valibot';
import { CASE_LOG_KEY, emptyCaseLog, parseCaseLog, type CaseLog } from './case-log';
import { parseRecipientMemory, RECIPIENT_MEMORY_KEY, type RecipientMemory } from './recipient-memory';
import { itemBytes, SYNC_ITEM_BYTES, SYNC_TOTAL_BYTES, type StorageAreas } from './areas';
import {
  CustomScenarioSchema,
  DEFAULT_PROFILE,
  ProfileSchema,
  ScenarioOverridesSchema,
  type CustomScenario,
  type Profile,
  type ScenarioOverrides,
} from './schema';
import { writeError } from './write-error';

export type LetterArea = 'sync' | 'local';

/** Everything the user made: profile, edits of built-in letters, own situations. */
export interface UserData {
  profile: Profile;
  /** By scenario id, then letter language: only what differs from the built-in text. */
  overrides: Record<string, ScenarioOverrides>;
  custom: CustomScenario[];
  /** Where the letters live: storage.sync when they fit its quotas, else storage.local. */
  letterArea: LetterArea;
  /** Stored values that were unreadable and fell back to their defaults (keys). */
  problems: string[];
  /** The letters Tactful inserted, for cases and history (storage.local, this device only). */
  caseLog: CaseLog;
  /** The greeting chosen per recipient (storage.local). */
  recipientMemory: RecipientMemory;
}

export const PROFILE_KEY = 'profile';
export const LETTER_AREA_KEY = 'letterArea';
const LETTER_PREFIX = 'letter:';
const CUSTOM_PREFIX = 'custom:';

export { StorageWriteError } from './write-error';

/** Each profile field on its own: one bad value falls back to its default, not the whole profile. */
function readProfile(raw: unknown, problems: string[]): Profile {
  if (raw === undefined) return { ...DEFAULT_PROFILE };
  if (typeof raw !== 'object' || raw === null) {
    problems.push(PROFILE_KEY);
    return { ...DEFAULT_PROFILE };
  }
  const profile: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ProfileSchema.entries)) {
    const result = v.safeParse(schema, (raw as Record<string, unknown>)[key]);
    if (result.success) profile[key] = result.output;
    else {
      problems.push(`${PROFILE_KEY}.${key}`);
      profile[key] = DEFAULT_PROFILE[key as keyof Profile];
    }
  }
  return profile as Profile;
}

/** What the panel works with when storage cannot be read at all (the problem is reported). */
export function defaultUserData(problems: string[] = []): UserData {
  return { profile: { ...DEFAULT_PROFILE }, overrides: {}, custom: [], letterArea: 'sync', problems, caseLog: emptyCaseLog(), recipientMemory: {} };
}

/** Never throws: unreadable storage gives the defaults, with the problem reported. */
export async function readUserDataSafely(areas: StorageAreas): Promise<UserData> {
  try {
    return await readUserData(areas);
  } catch {
    return defaultUserData(['storage']);
  }
}

export async function readUserData(areas: StorageAreas): Promise<UserData> {
  const problems: string[] = [];
  // storage.local also holds up to 20 snapshots of the letters and other pages' items: read all
  // of it only when the letters live there, not on every panel open.
  const [sync, localIndex] = await Promise.all([areas.sync.get(null), areas.local.get([LETTER_AREA_KEY, CASE_LOG_KEY, RECIPIENT_MEMORY_KEY])]);
  const letterArea: LetterArea = localIndex[LETTER_AREA_KEY] === 'local' ? 'local' : 'sync';
  const local = letterArea === 'local' ? await areas.local.get(null) : localIndex;
  // Prefer the area the letters were last written to. With the letters in storage.local, sync
  // fills gaps: a write cut short before its clean-up loses nothing. With them in sync, letter
  // items left in local are only the leftovers of such a clean-up (writeLetters names the area
  // only once the new set is complete), never newer.
  const items = letterArea === 'local' ? { ...sync, ...local } : { ...local, ...sync };
  const overrides: Record<string, ScenarioOverrides> = {};
  const custom: CustomScenario[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith(LETTER_PREFIX)) {
      const result = v.safeParse(ScenarioOverridesSchema, value);
      if (result.success) overrides[key.slice(LETTER_PREFIX.length)] = result.output;
      else problems.push(key);
    } else if (key.startsWith(CUSTOM_PREFIX)) {
      const result = v.safeParse(CustomScenarioSchema, value);
      if (result.success) custom.push(result.output);
      else problems.push(key);
    }
  }
  custom.sort((a, b) => a.name.localeCompare(b.name));
  return {
    profile: readProfile(sync[PROFILE_KEY], problems),
    overrides,
    custom,
    letterArea,
    problems,
    caseLog: parseCaseLog(local[CASE_LOG_KEY]),
    recipientMemory: parseRecipientMemory(local[RECIPIENT_MEMORY_KEY]),
  };
}

export async function writeProfile(areas: StorageAreas, profile: Profile): Promise<void> {
  try {
    await areas.sync.set({ [PROFILE_KEY]: v.parse(ProfileSchema, profile) });
  } catch (error) {
    throw writeError(error);
  }
}

function letterItems(overrides: UserData['overrides'], custom: readonly CustomScenario[]): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const [id, byLang] of Object.entries(overrides)) if (Object.keys(byLang).length > 0) items[LETTER_PREFIX + id] = byLang;
  for (const scenario of custom) items[CUSTOM_PREFIX + scenario.id] = scenario;
  return items;
}

/** Would these items fit storage.sync next to the profile? */
export function fitsSync(items: Record<string, unknown>, profile: Profile): boolean {
  let total = itemBytes(PROFILE_KEY, profile);
  for (const [key, value] of Object.entries(items)) {
    const bytes = itemBytes(key, value);
    if (bytes > SYNC_ITEM_BYTES) return false;
    total += bytes;
  }
  return total <= SYNC_TOTAL_BYTES;
}

/**
 * Store the complete set of letter edits and own situations. The new set is written first and
 * only then are stale items removed, so a failed write (quota, closed context) changes nothing.
 */
export async function writeLetters(areas: StorageAreas, data: Pick<UserData, 'overrides' | 'custom' | 'profile'>): Promise<LetterArea> {
  const items = letterItems(data.overrides, data.custom);
  const target: LetterArea = fitsSync(items, data.profile) ? 'sync' : 'local';
  const other: LetterArea = target === 'sync' ? 'local' : 'sync';
  try {
    await areas[target].set(items);
    await areas.local.set({ [LETTER_AREA_KEY]: target });
    const isLetterKey = (key: string) => key.startsWith(LETTER_PREFIX) || key.startsWith(CUSTOM_PREFIX);
    const stale = Object.keys(await areas[target].get(null)).filter((key) => isLetterKey(key) && !(key in items));
    if (stale.length > 0) await areas[target].remove(stale);
    const moved = Object.keys(await areas[other].get(null)).filter(isLetterKey);
    if (moved.length > 0) await areas[other].remove(moved);
  } catch (error) {
    throw writeError(error);
  }
  return target;
}
