import * as v from 'valibot';
import type { CaseLog } from './case-log';
import type { RecipientMemory } from './recipient-memory';
import { EXPORT_FORMAT, EXPORT_VERSION, EXPORT_VERSIONS, ExportFileSchema, MAX_IMPORT_BYTES, type ExportFile } from './schema';
import type { UserData } from './user-data';

/** What an export holds: the user's letters and profile, and the case log and recipients when given. */
export type ExportSource = Pick<UserData, 'profile' | 'overrides' | 'custom'> & { caseLog?: CaseLog; recipientMemory?: RecipientMemory };

export function buildExport(data: ExportSource, now = new Date()): ExportFile {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profile: data.profile,
    letters: data.overrides,
    custom: data.custom,
  };
  // The whole UserData is usually handed in: its case log and recipients travel with the letters.
  if (data.caseLog && data.caseLog.letters.length > 0) file.caseLog = data.caseLog;
  if (data.recipientMemory && Object.keys(data.recipientMemory).length > 0) file.recipientMemory = data.recipientMemory;
  return file;
}

export type ImportError =
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'invalidJson' }
  | { kind: 'wrongFormat' }
  | { kind: 'unknownVersion'; version: unknown }
  | { kind: 'invalidSchema'; path: string };

export type ImportResult = { ok: true; file: ExportFile } | { ok: false; error: ImportError };

/** Read an export file; anything but a valid one of a known version is refused with a reason. */
export function parseImport(text: string, bytes = new TextEncoder().encode(text).length): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: { kind: 'tooLarge', bytes } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'invalidJson' } };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT) return { ok: false, error: { kind: 'wrongFormat' } };
  if (!EXPORT_VERSIONS.includes(head.version as number)) return { ok: false, error: { kind: 'unknownVersion', version: head.version } };
  const result = v.safeParse(ExportFileSchema, json);
  if (!result.success) return { ok: false, error: { kind: 'invalidSchema', path: v.getDotPath(result.issues[0]!) ?? '' } };
  return { ok: true, file: result.output };
}

export interface ImportPreview {
  profileChanges: string[];
  lettersAdded: string[];
  lettersChanged: string[];
  lettersRemoved: string[];
  customAdded: string[];
  customChanged: string[];
  customRemoved: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What applying the file would change, shown before anything is written. */
export function previewImport(current: Pick<UserData, 'profile' | 'overrides' | 'custom'>, file: ExportFile): ImportPreview {
  return userDataChanges(current, { profile: file.profile, overrides: file.letters, custom: file.custom });
}

/** What replacing `current` with `next` changes: profile keys, letter and own situation ids. */
export function userDataChanges(current: Pick<UserData, 'profile' | 'overrides' | 'custom'>, next: Pick<UserData, 'profile' | 'overrides' | 'custom'>): ImportPreview {
  const profileChanges = Object.keys(next.profile).filter((key) => !same(next.profile[key as keyof UserData['profile']], current.profile[key as keyof UserData['profile']]));
  const ids = (o: object) => new Set(Object.keys(o));
  const before = ids(current.overrides);
  const after = ids(next.overrides);
  const customBefore = new Map(current.custom.map((c) => [c.id, c]));
  const customAfter = new Map(next.custom.map((c) => [c.id, c]));
  return {
    profileChanges,
    lettersAdded: [...after].filter((id) => !before.has(id)),
    lettersChanged: [...after].filter((id) => before.has(id) && !same(current.overrides[id], next.overrides[id])),
    lettersRemoved: [...before].filter((id) => !after.has(id)),
    customAdded: [...customAfter.keys()].filter((id) => !customBefore.has(id)),
    customChanged: [...customAfter.keys()].filter((id) => customBefore.has(id) && !same(customBefore.get(id), customAfter.get(id))),
    customRemoved: [...customBefore.keys()].filter((id) => !customAfter.has(id)),
  };
}

export function isEmptyPreview(preview: ImportPreview): boolean {
  return Object.values(preview).every((list) => list.length === 0);
}
