import { describe, expect, it, vi } from 'vitest';
import type { PrintDocument } from '../platform/messages';
import { loadDocument, printId } from './load-document';

const DOC: PrintDocument = {
  letter: { lang: 'en', dir: 'ltr', subject: 'Hello', pieces: [] },
  sender: { name: 'Ana', business: '' },
  recipient: 'Jordan',
  date: '2025-01-15',
  calendar: 'bs',
  uiLanguage: 'en',
};

/** The part of the tab's sessionStorage the page uses. */
function tabStorage(): Storage {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) } as Storage;
}

describe('loadDocument', () => {
  it('reads the id from the address', () => {
    expect(printId('?id=abc-1')).toBe('abc-1');
    expect(printId('')).toBeNull();
  });

  it('asks the worker once, and a reload of the tab finds its own copy', async () => {
    const ask = vi.fn(async () => DOC);
    const storage = tabStorage();
    expect(await loadDocument('abc', ask, storage)).toEqual(DOC);
    expect(ask).toHaveBeenCalledWith({ type: 'tactful:print-document', id: 'abc' });
    ask.mockResolvedValue(null as unknown as PrintDocument);
    expect(await loadDocument('abc', ask, storage)).toEqual(DOC);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('is null for an unknown id, an odd answer or a worker that cannot answer', async () => {
    expect(await loadDocument('x', async () => null, tabStorage())).toBeNull();
    expect(await loadDocument('x', async () => ({ type: 'other' }), tabStorage())).toBeNull();
    expect(await loadDocument('x', () => Promise.reject(new Error('gone')), tabStorage())).toBeNull();
  });
});
