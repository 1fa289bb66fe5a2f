// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE, MAX_IMPORT_BYTES } from '../storage/schema';
import { downloadText, exportFileName, exportText } from './export-file';
import { readImportFile } from './import-file';

const data = { profile: { ...DEFAULT_PROFILE, senderName: 'Ana' }, overrides: { 'pay-terms': { en: { body: 'Mine' } } }, custom: [] };

describe('export and import files', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the export by the local date', () => {
    expect(exportFileName(new Date(2025, 0, 5, 23, 30))).toBe('tactful-export-2025-01-05.json');
  });

  it('reads back what it exported', async () => {
    const result = await readImportFile(new Blob([exportText(data, new Date())]));
    expect(result.ok && { profile: result.file.profile, letters: result.file.letters }).toEqual({ profile: data.profile, letters: data.overrides });
  });

  it('refuses a file over the limit without reading it', async () => {
    const big = new Blob(['x'.repeat(MAX_IMPORT_BYTES + 1)]);
    const text = vi.spyOn(big, 'text');
    expect(await readImportFile(big)).toEqual({ ok: false, error: { kind: 'tooLarge', bytes: MAX_IMPORT_BYTES + 1 } });
    expect(text).not.toHaveBeenCalled();
  });

  it('gives a reason for a file it cannot use', async () => {
    expect(await readImportFile(new Blob(['{ not json']))).toEqual({ ok: false, error: { kind: 'invalidJson' } });
    expect(await readImportFile(new Blob(['{"format":"other"}']))).toEqual({ ok: false, error: { kind: 'wrongFormat' } });
    const broken = new Blob(['{}']);
    vi.spyOn(broken, 'text').mockRejectedValue(new Error('gone'));
    expect(await readImportFile(broken)).toEqual({ ok: false, error: { kind: 'unreadable' } });
  });

  it('downloads through a temporary link', () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:tactful');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    downloadText('tactful-export-2025-01-05.json', '{}');
    expect(create).toHaveBeenCalledOnce();
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('tactful-export-2025-01-05.json');
    expect(link.href).toBe('blob:tactful');
    expect(link.isConnected).toBe(false);
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:tactful');
    vi.useRealTimers();
  });
});
