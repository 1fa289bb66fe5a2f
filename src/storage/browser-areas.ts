import { browser } from '../platform/browser-api';
import { reportError } from '../platform/report-error';
import type { StorageAreas } from './areas';
import { readUserData, type UserData } from './user-data';

/** The browser's own storage areas. */
export function browserAreas(): StorageAreas {
  return { sync: browser.storage.sync, local: browser.storage.local };
}

/** Call `onChange` with fresh user data whenever another page (the options page) saves. */
export function watchUserData(onChange: (data: UserData) => void, signal: AbortSignal): void {
  const listener = () => void readUserData(browserAreas()).then(onChange, (error: unknown) => reportError('reading saved settings after a change', error));
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
