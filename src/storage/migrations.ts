import type { StorageAreas } from './areas';
import { STORAGE_VERSION } from './schema';

export const VERSION_KEY = 'schemaVersion';

type Migration = (areas: StorageAreas) => Promise<void>;

/**
 * Version 0 (the pre-release layout) kept all edited letters in one sync item `letters`, which
 * outgrew storage.sync's 8 KB per item, and the profile's currency as `defaultCurrency`.
 * Version 1 stores one item per scenario (`letter:<id>`) and `currency`.
 */
const toVersion1: Migration = async (areas) => {
  const { letters, profile } = await areas.sync.get(['letters', 'profile']);
  if (letters && typeof letters === 'object') {
    const items: Record<string, unknown> = {};
    for (const [id, byLang] of Object.entries(letters as Record<string, unknown>)) items[`letter:${id}`] = byLang;
    await areas.local.set(items);
    await areas.local.set({ letterArea: 'local' });
    await areas.sync.remove('letters');
  }
  if (profile && typeof profile === 'object' && 'defaultCurrency' in profile) {
    const { defaultCurrency, ...rest } = profile as Record<string, unknown>;
    await areas.sync.set({ profile: { currency: defaultCurrency, ...rest } });
  }
};

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: readonly Migration[] = [toVersion1];

/** Bring stored data up to STORAGE_VERSION; run on install and update, and safe to run again. */
export async function migrate(areas: StorageAreas): Promise<number> {
  const stored = (await areas.local.get(VERSION_KEY))[VERSION_KEY];
  let version = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0;
  // Data from a newer version is left alone: an older build must not rewrite it.
  if (version > STORAGE_VERSION) return version;
  while (version < STORAGE_VERSION) {
    await MIGRATIONS[version]!(areas);
    version += 1;
    await areas.local.set({ [VERSION_KEY]: version });
  }
  return version;
}
