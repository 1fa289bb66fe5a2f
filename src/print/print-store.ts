import type { PrintDocument } from '../platform/messages';
import type { StorageArea } from '../storage/areas';

const PREFIX = 'print:';

export interface PrintStore {
  /** Keep a letter for its print page; resolves with the one-time id that fetches it. */
  keep(document: PrintDocument): Promise<string>;
  /** The letter kept under `id`, handed out once: a second ask for the same id gets nothing. */
  take(id: string): Promise<PrintDocument | null>;
}

/**
 * Letters waiting for their print page, in `area` (storage.session: only while the browser runs,
 * never synced, and it outlives a stopped service worker). Without it, or when it fails, they wait
 * in the worker's memory.
 */
export function printStore(area: StorageArea | undefined): PrintStore {
  const inMemory = new Map<string, PrintDocument>();
  return {
    async keep(document) {
      const id = crypto.randomUUID();
      try {
        if (!area) throw new Error('no session storage');
        await area.set({ [PREFIX + id]: document });
      } catch {
        inMemory.set(id, document);
      }
      return id;
    },
    async take(id) {
      const kept = inMemory.get(id);
      if (kept) {
        inMemory.delete(id);
        return kept;
      }
      const key = PREFIX + id;
      try {
        const found = (await area?.get(key))?.[key] as PrintDocument | undefined;
        if (found === undefined) return null;
        await area!.remove(key);
        return found;
      } catch {
        return null;
      }
    },
  };
}
