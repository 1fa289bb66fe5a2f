import { describe, expect, it } from 'vitest';
import { MemoryArea, SYNC_ITEM_BYTES, SYNC_TOTAL_BYTES, type StorageAreas } from './areas';
import { DEFAULT_PROFILE } from './schema';
import { readUserData, StorageWriteError, writeLetters, writeProfile } from './user-data';

function areas(): StorageAreas & { sync: MemoryArea; local: MemoryArea } {
  return { sync: new MemoryArea({ item: SYNC_ITEM_BYTES, total: SYNC_TOTAL_BYTES }), local: new MemoryArea() };
}

const custom = { id: 'custom-late-again', name: 'Late again', baseId: 'pay-friendly-reminder', fieldIds: ['clientName', 'invoiceNumber'], letters: { en: { subject: 'Hi', body: 'Dear {{clientName}}' } } };

describe('user data in storage', () => {
  it('gives defaults when nothing is stored', async () => {
    const data = await readUserData(areas());
    expect(data).toEqual({ profile: DEFAULT_PROFILE, overrides: {}, custom: [], letterArea: 'sync', problems: [], caseLog: { letters: [], closed: {} }, recipientMemory: {} });
  });

  it('falls back field by field for a damaged profile and reports it', async () => {
    const store = areas();
    store.sync.items.set('profile', { senderName: 'Ana', currency: 'euro', reminderOffsets: [30, 1], uiLanguage: 'xx' });
    const data = await readUserData(store);
    expect(data.profile.senderName).toBe('Ana');
    expect(data.profile.currency).toBe('');
    expect(data.profile.reminderOffsets).toEqual(DEFAULT_PROFILE.reminderOffsets);
    expect(data.profile.uiLanguage).toBeNull();
    expect(data.problems.sort()).toEqual(['profile.currency', 'profile.reminderOffsets', 'profile.uiLanguage']);
  });

  it('reads a profile stored before the letter settings existed, with their defaults', async () => {
    const store = areas();
    store.sync.items.set('profile', { senderName: 'Ana', businessName: '', signatureLine: '', currency: 'EUR', letterLanguage: 'sl', uiLanguage: null, reminderOffsets: [-3, 1, 7, 14, 30] });
    const data = await readUserData(store);
    expect(data.problems).toEqual([]);
    expect(data.profile).toMatchObject({ senderName: 'Ana', voice: 'i', senderForm: 'neutral', nepaliCalendar: 'bs', lateInterestLaw: null, referenceRate: null });
  });

  it('keeps the letter settings through storage and drops an unreadable one alone', async () => {
    const store = areas();
    const settings = { voice: 'we', senderForm: 'female', nepaliCalendar: 'ad', lateInterestLaw: 'uk', referenceRate: { percent: 3.75, from: '2026-01-01' } } as const;
    await writeProfile(store, { ...DEFAULT_PROFILE, ...settings });
    expect((await readUserData(store)).profile).toMatchObject(settings);
    store.sync.items.set('profile', { ...settings, referenceRate: { percent: 3.75, from: '2026-02-30' }, voice: 'they' });
    const data = await readUserData(store);
    expect(data.profile).toMatchObject({ voice: 'i', referenceRate: null, lateInterestLaw: 'uk' });
    expect(data.problems.sort()).toEqual(['profile.referenceRate', 'profile.voice']);
  });

  it('reads edits of both voices of a letter', async () => {
    const store = areas();
    store.sync.items.set('letter:pay-terms', { en: { body: 'Mine', we: { subject: 'Ours' } } });
    expect((await readUserData(store)).overrides).toEqual({ 'pay-terms': { en: { body: 'Mine', we: { subject: 'Ours' } } } });
  });

  it('drops an unreadable letter item and keeps the others', async () => {
    const store = areas();
    store.sync.items.set('letter:pay-terms', { en: { subject: 42 } });
    store.sync.items.set('letter:pay-thank-you', { en: { body: 'Thanks!' } });
    const data = await readUserData(store);
    expect(data.overrides).toEqual({ 'pay-thank-you': { en: { body: 'Thanks!' } } });
    expect(data.problems).toEqual(['letter:pay-terms']);
  });

  it('round-trips profile, edits and own situations through storage.sync', async () => {
    const store = areas();
    await writeProfile(store, { ...DEFAULT_PROFILE, senderName: 'Ana Novak', currency: 'EUR' });
    const area = await writeLetters(store, { profile: DEFAULT_PROFILE, overrides: { 'pay-terms': { sl: { subject: 'Plačilni pogoji' } } }, custom: [custom] });
    expect(area).toBe('sync');
    const data = await readUserData(store);
    expect(data.profile.senderName).toBe('Ana Novak');
    expect(data.overrides).toEqual({ 'pay-terms': { sl: { subject: 'Plačilni pogoji' } } });
    expect(data.custom).toEqual([custom]);
    expect(data.letterArea).toBe('sync');
  });

  it('moves letters to storage.local when they outgrow storage.sync, and back when they fit again', async () => {
    const store = areas();
    const huge = { 'end-general': { en: { body: 'x'.repeat(SYNC_ITEM_BYTES) } } };
    expect(await writeLetters(store, { profile: DEFAULT_PROFILE, overrides: huge, custom: [] })).toBe('local');
    expect([...store.sync.items.keys()].filter((k) => k.startsWith('letter:'))).toEqual([]);
    expect((await readUserData(store)).overrides).toEqual(huge);

    const small = { 'end-general': { en: { body: 'short' } } };
    expect(await writeLetters(store, { profile: DEFAULT_PROFILE, overrides: small, custom: [] })).toBe('sync');
    expect([...store.local.items.keys()].filter((k) => k.startsWith('letter:'))).toEqual([]);
    expect((await readUserData(store)).overrides).toEqual(small);
  });

  it('reads only its own few items of storage.local while the letters live in sync, not the snapshots', async () => {
    const store = areas();
    await writeLetters(store, { profile: DEFAULT_PROFILE, overrides: { 'pay-terms': { en: { body: 'a' } } }, custom: [] });
    await store.local.set({ 'snapshot:1': { big: 'x'.repeat(50_000) } });
    const asked: unknown[] = [];
    const get = store.local.get.bind(store.local);
    store.local.get = (keys) => (asked.push(keys), get(keys));
    expect((await readUserData(store)).overrides).toEqual({ 'pay-terms': { en: { body: 'a' } } });
    expect(asked).toEqual([['letterArea', expect.any(String), expect.any(String)]]);
  });

  it('does not bring back a letter whose local copy a cut-short move to sync left behind', async () => {
    const store = areas();
    await writeLetters(store, { profile: DEFAULT_PROFILE, overrides: { 'pay-terms': { en: { body: 'new' } } }, custom: [] });
    await store.local.set({ 'letter:end-general': { en: { body: 'reset since' } } });
    expect((await readUserData(store)).overrides).toEqual({ 'pay-terms': { en: { body: 'new' } } });
  });

  it('removes items for letters reset to the built-in text', async () => {
    const store = areas();
    await writeLetters(store, { profile: DEFAULT_PROFILE, overrides: { 'pay-terms': { en: { body: 'a' } } }, custom: [custom] });
    await writeLetters(store, { profile: DEFAULT_PROFILE, overrides: {}, custom: [] });
    expect((await readUserData(store)).overrides).toEqual({});
    expect((await readUserData(store)).custom).toEqual([]);
  });

  it('reports a failed write and keeps what was stored before', async () => {
    const store = areas();
    await writeLetters(store, { profile: DEFAULT_PROFILE, overrides: { 'pay-terms': { en: { body: 'kept' } } }, custom: [] });
    store.sync.failWrites = new Error('Extension context invalidated.');
    await expect(writeLetters(store, { profile: DEFAULT_PROFILE, overrides: { 'pay-terms': { en: { body: 'new' } } }, custom: [] })).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(writeProfile(store, DEFAULT_PROFILE)).rejects.toBeInstanceOf(StorageWriteError);
    store.sync.failWrites = null;
    expect((await readUserData(store)).overrides).toEqual({ 'pay-terms': { en: { body: 'kept' } } });
  });

  it('names a quota error as such', async () => {
    const store = areas();
    store.sync.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await expect(writeProfile(store, DEFAULT_PROFILE)).rejects.toMatchObject({ kind: 'quota' });
  });
});
