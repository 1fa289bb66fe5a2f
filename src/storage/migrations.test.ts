import { describe, expect, it } from 'vitest';
import { MemoryArea } from './areas';
import { migrate, VERSION_KEY } from './migrations';
import { STORAGE_VERSION } from './schema';
import { readUserData } from './user-data';

describe('migrate', () => {
  it('carries the version 0 layout into per-scenario items and the new profile key', async () => {
    const areas = { sync: new MemoryArea(), local: new MemoryArea() };
    areas.sync.items.set('letters', { 'pay-terms': { en: { body: 'Old edit' } } });
    areas.sync.items.set('profile', { senderName: 'Ana', defaultCurrency: 'EUR' });
    expect(await migrate(areas)).toBe(STORAGE_VERSION);
    const data = await readUserData(areas);
    expect(data.overrides).toEqual({ 'pay-terms': { en: { body: 'Old edit' } } });
    expect(data.profile.currency).toBe('EUR');
    expect(data.problems).toEqual([]);
    expect(areas.sync.items.has('letters')).toBe(false);
  });

  it('is safe to run again and leaves current data alone', async () => {
    const areas = { sync: new MemoryArea(), local: new MemoryArea() };
    areas.sync.items.set('profile', { senderName: 'Ana' });
    await migrate(areas);
    const snapshot = JSON.stringify([...areas.sync.items, ...areas.local.items]);
    await migrate(areas);
    expect(JSON.stringify([...areas.sync.items, ...areas.local.items])).toBe(snapshot);
  });

  it('does not touch data written by a newer version', async () => {
    const areas = { sync: new MemoryArea(), local: new MemoryArea() };
    areas.local.items.set(VERSION_KEY, STORAGE_VERSION + 1);
    areas.sync.items.set('letters', { x: 1 });
    expect(await migrate(areas)).toBe(STORAGE_VERSION + 1);
    expect(areas.sync.items.has('letters')).toBe(true);
  });
});
