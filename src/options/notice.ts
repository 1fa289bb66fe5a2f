import { StorageWriteError } from '../storage/user-data';

/** One message at a time for the page: an error (role=alert) or a notice (role=status). */
export interface Notice {
  kind: 'alert' | 'status';
  text: string;
  /** Takes back what the notice reports (e.g. a reset). */
  undo?: () => void;
}

export type Notify = (notice: Notice) => void;

/** The translation key telling the user why a write failed, and that their text is kept. */
export function writeFailureKey(error: unknown): string {
  return error instanceof StorageWriteError && error.kind === 'quota' ? 'options.errors.quota' : 'options.errors.unavailable';
}
