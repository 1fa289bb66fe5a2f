/** The part of `browser.storage.*Area` Tactful uses, so tests can hand in a fake. */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageAreas {
  sync: StorageArea;
  local: StorageArea;
}

/** storage.sync limits (Chrome and Firefox): a little below them, keys and JSON overhead count. */
export const SYNC_ITEM_BYTES = 8192 - 256;
export const SYNC_TOTAL_BYTES = 102_400 - 4096;

/** The size storage.sync charges for an item: key plus its JSON. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** An in-memory area with storage.sync's quotas, for tests and for what-if checks. */
export class MemoryArea implements StorageArea {
  readonly items = new Map<string, unknown>();
  failWrites: Error | null = null;

  constructor(private readonly quota: { item: number; total: number } | null = null) {}

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.items.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.items.has(key)) out[key] = structuredClone(this.items.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    if (this.quota) {
      const next = new Map(this.items);
      for (const [key, value] of Object.entries(items)) next.set(key, value);
      let total = 0;
      for (const [key, value] of next) {
        const bytes = itemBytes(key, value);
        if (bytes > this.quota.item) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        total += bytes;
      }
      if (total > this.quota.total) throw new Error('QUOTA_BYTES quota exceeded');
    }
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of Array.isArray(keys) ? keys : [keys]) this.items.delete(key);
  }
}
