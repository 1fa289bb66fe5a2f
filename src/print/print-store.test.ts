import { describe, expect, it } from 'vitest';
import type { PrintDocument } from '../platform/messages';
import { MemoryArea } from '../storage/areas';
import { printStore } from './print-store';

const DOC: PrintDocument = {
  letter: { lang: 'en', dir: 'ltr', subject: 'Invoice INV-1', pieces: [[[{ kind: 'text', text: 'Hello' }]]] },
  sender: { name: 'Ana Novak', business: '' },
  recipient: 'Jordan Lee',
  date: '2025-01-15',
  calendar: 'bs',
  uiLanguage: 'en',
};

describe('printStore', () => {
  it('keeps a letter in session storage and hands it out once', async () => {
    const area = new MemoryArea();
    const store = printStore(area);
    const id = await store.keep(DOC);
    expect([...area.items.keys()]).toEqual([`print:${id}`]);
    expect(await store.take(id)).toEqual(DOC);
    expect(area.items.size).toBe(0);
    expect(await store.take(id)).toBeNull();
  });

  it('gives every letter its own id', async () => {
    const store = printStore(new MemoryArea());
    expect(await store.keep(DOC)).not.toBe(await store.keep(DOC));
  });

  it('keeps the letter in memory when session storage is missing or fails', async () => {
    const failing = new MemoryArea();
    failing.failWrites = new Error('quota');
    for (const store of [printStore(undefined), printStore(failing)]) {
      const id = await store.keep(DOC);
      expect(await store.take(id)).toEqual(DOC);
      expect(await store.take(id)).toBeNull();
    }
  });

  it('knows nothing of an id it never gave', async () => {
    expect(await printStore(new MemoryArea()).take('nope')).toBeNull();
  });
});
