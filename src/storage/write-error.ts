/** A write the browser refused: its storage is full, or it could not be reached (e.g. just updated). */
export class StorageWriteError extends Error {
  constructor(readonly kind: 'quota' | 'unavailable', cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export function writeError(error: unknown): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StorageWriteError(/quota/i.test(message) ? 'quota' : 'unavailable', error);
}
