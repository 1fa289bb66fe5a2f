import { describe, expect, it } from 'vitest';
import { MemoryArea, SYNC_ITEM_BYTES, SYNC_TOTAL_BYTES, type StorageAreas } from './areas';
import { migrate } from './migrations';
import { DEFAULT_PROFILE } from './schema';
import { listSnapshots, MAX_SNAPSHOTS, replaceUserData, restoreSnapshot, snapshotBefore } from './snapshots';
import { readUserData } from './user-data';

function areas(): StorageAreas & { sync: MemoryArea; local: MemoryArea } {
  return { sync: new MemoryArea({ item: SYNC_ITEM_BYTES, total: SYNC_TOTAL_BYTES }), local: new MemoryArea() };
}

const letters = (body: string) => ({ profile: DEFAULT_PROFILE, overrides: { 'pay-terms': { en: { body } } }, custom: [] });
const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 10, minute));

describe('snapshots', () => {
  it('keeps what a save replaces, and nothing when the save changes nothing', async () => {
    const store = areas();
    await replaceUserData(store, 'letters', letters('first'), { profile: false, letters: true }, at(0));
    await replaceUserData(store, 'letters', letters('second'), { profile: false, letters: true }, at(1));
    expect(await snapshotBefore(store, 'letters', letters('second'), at(2))).toBeNull();
    const [newest, oldest] = await listSnapshots(store);
    expect(newest!.overrides).toEqual({ 'pay-terms': { en: { body: 'first' } } });
    expect(newest!.changes).toEqual({ profile: [], letters: ['pay-terms'], custom: [] });
    expect(oldest!.overrides).toEqual({});
  });

  it('keeps the last 20: the 21st drops the oldest', async () => {
    const store = areas();
    for (let i = 0; i <= MAX_SNAPSHOTS; i++) await replaceUserData(store, 'letters', letters(`v${i + 1}`), { profile: false, letters: true }, at(i));
    const list = await listSnapshots(store);
    expect(list).toHaveLength(MAX_SNAPSHOTS);
    // Newest first; the first snapshot (nothing edited yet) is gone.
    expect(list[0]!.overrides).toEqual({ 'pay-terms': { en: { body: `v${MAX_SNAPSHOTS}` } } });
    expect(list.at(-1)!.overrides).toEqual({ 'pay-terms': { en: { body: 'v1' } } });
  });

  it('restores a snapshot, and the restore can itself be undone', async () => {
    const store = areas();
    await replaceUserData(store, 'profile', { ...letters('first'), profile: { ...DEFAULT_PROFILE, senderName: 'Ana' } }, { profile: true, letters: true }, at(0));
    await replaceUserData(store, 'letters', { ...letters('second'), profile: { ...DEFAULT_PROFILE, senderName: 'Ana' } }, { profile: false, letters: true }, at(1));
    const [firstSave] = await listSnapshots(store);
    await restoreSnapshot(store, firstSave!, at(2));
    expect((await readUserData(store)).overrides).toEqual({ 'pay-terms': { en: { body: 'first' } } });
    const [undo] = await listSnapshots(store);
    expect(undo!.reason).toBe('restore');
    expect(undo!.overrides).toEqual({ 'pay-terms': { en: { body: 'second' } } });
    await restoreSnapshot(store, undo!, at(3));
    expect((await readUserData(store)).overrides).toEqual({ 'pay-terms': { en: { body: 'second' } } });
    expect((await readUserData(store)).profile.senderName).toBe('Ana');
  });

  it('changes nothing when the snapshot cannot be kept', async () => {
    const store = areas();
    await replaceUserData(store, 'letters', letters('kept'), { profile: false, letters: true }, at(0));
    store.local.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await expect(replaceUserData(store, 'letters', letters('lost?'), { profile: false, letters: true }, at(1))).rejects.toMatchObject({ kind: 'quota' });
    store.local.failWrites = null;
    expect((await readUserData(store)).overrides).toEqual({ 'pay-terms': { en: { body: 'kept' } } });
  });

  it('survive an update: migrations leave them alone', async () => {
    const store = areas();
    await replaceUserData(store, 'letters', letters('first'), { profile: false, letters: true }, at(0));
    const before = await listSnapshots(store);
    await migrate(store);
    await migrate(store);
    expect(await listSnapshots(store)).toEqual(before);
  });
});
