import { parseImport, type ImportError, type ImportResult } from '../storage/import-export';
import { MAX_IMPORT_BYTES } from '../storage/schema';

export type ImportFileError = ImportError | { kind: 'unreadable' };
export type ImportFileResult = ImportResult | { ok: false; error: ImportFileError };

/** Read a chosen file as an export; a file too large is refused before it is read. */
export async function readImportFile(file: Blob): Promise<ImportFileResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: { kind: 'tooLarge', bytes: file.size } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: { kind: 'unreadable' } };
  }
  return parseImport(text, file.size);
}
