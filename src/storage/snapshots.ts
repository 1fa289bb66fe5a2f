import * as v from 'valibot';
import type { StorageAreas } from './areas';
import { isEmptyPreview, userDataChanges } from './import-export';
import { CustomScenarioSchema, ProfileSchema, ScenarioOverridesSchema } from './schema';
import { readUserData, writeLetters, writeProfile, type LetterArea, type UserData } from './user-data';
import { writeError } from './write-error';

/**
 * Automatic snapshots: before anything replaces the stored profile or letters, what it replaces
 * is kept in storage.local, one item per snapshot (`snapshot:<id>`), the newest 20. Migrations
 * never touch these items, so they outlive an update.
 */
export const SNAPSHOT_PREFIX = 'snapshot:';
export const MAX_SNAPSHOTS = 20;

export const SNAPSHOT_REASONS = ['letters', 'profile', 'import', 'restore'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

const ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.maxLength(200));

export const SnapshotSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[0-9a-z-]{1,40}$/)),
  takenAt: v.pipe(v.string(), v.isoTimestamp()),
  /** What was about to happen when the snapshot was taken. */
  reason: v.picklist(SNAPSHOT_REASONS),
  /** What that change replaced: profile keys, letter ids and own situation ids. */
  changes: v.object({ profile: ids, letters: ids, custom: ids }),
  profile: ProfileSchema,
  overrides: v.record(v.pipe(v.string(), v.maxLength(60)), ScenarioOverridesSchema),
  custom: v.array(CustomScenarioSchema),
});
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;

type Saved = Pick<UserData, 'profile' | 'overrides' | 'custom'>;

/** Newest first; unreadable items are left out. */
export async function listSnapshots(areas: StorageAreas): Promise<Snapshot[]> {
  const items = await areas.local.get(null);
  const snapshots: Snapshot[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(SNAPSHOT_PREFIX)) continue;
    const parsed = v.safeParse(SnapshotSchema, value);
    if (parsed.success) snapshots.push(parsed.output);
  }
  return snapshots.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.id.localeCompare(a.id));
}

// Sortable by time, and unique within one millisecond too.
let sequence = 0;
const newId = (now: Date) => `${now.getTime().toString(36).padStart(9, '0')}-${(sequence++ % 1296).toString(36).padStart(2, '0')}${Math.random().toString(36).slice(2, 6)}`;

/** Keep the newest `keep` snapshots, remove the rest. */
async function rotate(areas: StorageAreas, keep: number): Promise<void> {
  const old = (await listSnapshots(areas)).slice(keep).map((snapshot) => SNAPSHOT_PREFIX + snapshot.id);
  if (old.length > 0) await areas.local.remove(old);
}

/**
 * Keep what is stored now, before it is replaced by `next`. Nothing is kept when `next` changes
 * nothing. When storage is full, older snapshots make room; if even that fails, StorageWriteError
 * is thrown and the caller must not go on with the change.
 */
export async function snapshotBefore(areas: StorageAreas, reason: SnapshotReason, next: Saved, now = new Date()): Promise<Snapshot | null> {
  let current: UserData;
  try {
    current = await readUserData(areas);
  } catch (error) {
    throw writeError(error);
  }
  const diff = userDataChanges(current, next);
  if (isEmptyPreview(diff)) return null;
  const snapshot: Snapshot = {
    id: newId(now),
    takenAt: now.toISOString(),
    reason,
    changes: {
      profile: diff.profileChanges,
      letters: [...diff.lettersAdded, ...diff.lettersChanged, ...diff.lettersRemoved],
      custom: [...diff.customAdded, ...diff.customChanged, ...diff.customRemoved],
    },
    profile: current.profile,
    overrides: current.overrides,
    custom: current.custom,
  };
  const item = { [SNAPSHOT_PREFIX + snapshot.id]: snapshot };
  try {
    await areas.local.set(item);
  } catch (error) {
    const failure = writeError(error);
    if (failure.kind !== 'quota') throw failure;
    try {
      await rotate(areas, Math.floor(MAX_SNAPSHOTS / 2));
      await areas.local.set(item);
    } catch (again) {
      throw writeError(again);
    }
  }
  // A failed clean-up only keeps a few more snapshots than needed.
  await rotate(areas, MAX_SNAPSHOTS).catch(() => undefined);
  return snapshot;
}

/**
 * Replace the stored profile and/or letters with `next`, keeping a snapshot of what they were.
 * Throws StorageWriteError; nothing is changed when the snapshot could not be kept.
 */
export async function replaceUserData(areas: StorageAreas, reason: SnapshotReason, next: Saved, writes: { profile: boolean; letters: boolean }, now = new Date()): Promise<LetterArea | null> {
  await snapshotBefore(areas, reason, next, now);
  if (writes.profile) await writeProfile(areas, next.profile);
  return writes.letters ? writeLetters(areas, next) : null;
}

/** Bring back a snapshot; what it replaces is kept as a snapshot of its own, so this is undoable. */
export function restoreSnapshot(areas: StorageAreas, snapshot: Snapshot, now = new Date()): Promise<LetterArea | null> {
  return replaceUserData(areas, 'restore', { profile: snapshot.profile, overrides: snapshot.overrides, custom: snapshot.custom }, { profile: true, letters: true }, now);
}
