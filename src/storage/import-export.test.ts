import { describe, expect, it } from 'vitest';
import { buildExport, isEmptyPreview, parseImport, previewImport } from './import-export';
import { DEFAULT_PROFILE, MAX_IMPORT_BYTES } from './schema';

const data = {
  profile: { ...DEFAULT_PROFILE, senderName: 'Ana Novak' },
  overrides: { 'pay-terms': { en: { subject: 'Our terms' } } },
  custom: [{ id: 'custom-late', name: 'Late', baseId: 'pay-friendly-reminder', fieldIds: ['clientName'], letters: { en: { subject: 's', body: 'b' } } }],
};

describe('import and export', () => {
  it('round-trips: what is exported imports as the same state, with nothing to change', () => {
    const text = JSON.stringify(buildExport(data, new Date('2025-01-01T00:00:00Z')));
    const result = parseImport(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect({ profile: result.file.profile, overrides: result.file.letters, custom: result.file.custom }).toEqual(data);
    expect(isEmptyPreview(previewImport(data, result.file))).toBe(true);
  });

  it.each([
    ['not JSON', '{"format": ', 'invalidJson'],
    ['another file', JSON.stringify({ hello: 'world' }), 'wrongFormat'],
    ['an array', '[]', 'wrongFormat'],
    ['a future version', JSON.stringify({ ...buildExport(data), version: 99 }), 'unknownVersion'],
    ['a broken letter', JSON.stringify({ ...buildExport(data), letters: { 'pay-terms': { en: { subject: 7 } } } }), 'invalidSchema'],
    ['a bad custom id', JSON.stringify({ ...buildExport(data), custom: [{ ...data.custom[0], id: '../evil' }] }), 'invalidSchema'],
    ['an unknown letter language', JSON.stringify({ ...buildExport(data), letters: { 'pay-terms': { fr: { body: 'x' } } } }), 'invalidSchema'],
  ])('refuses %s', (_name, text, kind) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  it('refuses a file over 1 MB before reading it', () => {
    const result = parseImport('{}', MAX_IMPORT_BYTES + 1);
    expect(result).toEqual({ ok: false, error: { kind: 'tooLarge', bytes: MAX_IMPORT_BYTES + 1 } });
  });

  it('previews what an import would change', () => {
    const incoming = buildExport({
      profile: { ...data.profile, senderName: 'Ana N.' },
      overrides: { 'pay-terms': { en: { subject: 'New terms' } }, 'end-general': { ms: { body: 'x' } } },
      custom: [],
    });
    expect(previewImport(data, incoming)).toEqual({
      profileChanges: ['senderName'],
      lettersAdded: ['end-general'],
      lettersChanged: ['pay-terms'],
      lettersRemoved: [],
      customAdded: [],
      customChanged: [],
      customRemoved: ['custom-late'],
    });
  });

  it('carries the case log and remembered greetings, and still imports a version 1 file', () => {
    const caseLog = { letters: [{ id: 'a1', scenarioId: 'pay-friendly-reminder', group: 'payment' as const, sentAt: '2025-01-16T10:00:00.000Z', recipientAddress: 'jordan@example.com', invoiceNumber: 'INV-1' }], closed: {} };
    const recipientMemory = { 'jordan@example.com': { addressForm: 'female' as const, at: '2025-01-16T10:00:00.000Z' } };
    const file = buildExport({ ...data, caseLog, recipientMemory });
    expect(file.version).toBe(2);
    const result = parseImport(JSON.stringify(file));
    expect(result.ok && result.file.caseLog).toEqual(caseLog);
    expect(result.ok && result.file.recipientMemory).toEqual(recipientMemory);

    const older = { format: 'tactful-export', version: 1, profile: data.profile, letters: data.overrides, custom: data.custom };
    const old = parseImport(JSON.stringify(older));
    expect(old.ok).toBe(true);
    expect(old.ok && old.file.caseLog).toBeUndefined();
  });
});
