import { eagerRuntime } from '../platform/eager-runtime';

const CHECK_MS = 3000;

/**
 * Is this copy of the content script still connected to its extension? After an update or a
 * reload the old copy stays in open tabs with a dead runtime (Chrome: no id; Firefox: throws).
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(eagerRuntime.runtime.id);
  } catch {
    return false;
  }
}

/** Call `onGone` once the extension context is gone; a cheap property read every few seconds. */
export function whenExtensionGone(onGone: () => void, signal: AbortSignal): void {
  const timer = setInterval(() => {
    if (extensionAlive()) return;
    clearInterval(timer);
    onGone();
  }, CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
