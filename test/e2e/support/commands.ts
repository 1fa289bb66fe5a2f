import type { ExtensionBrowser } from './chromium';

/** The few chrome.* calls made from inside the service worker (evaluated there, not here). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, message: unknown): Promise<unknown> };
  storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> }; local: { set(items: object): Promise<void>; clear(): Promise<void> } };
};

/**
 * What the service worker does when a command's keys are pressed: tell the active mail tab.
 * Headless Chromium cannot press extension shortcuts; the headed test under Xvfb covers the keys.
 */
export function sendCommand(browser: ExtensionBrowser, command: 'open-panel' | 'insert-last'): Promise<void> {
  return browser.worker.evaluate(async (name) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'tactful:command', command: name });
  }, command);
}

/** A new user's storage: no profile, letters, case log, last letter or snapshots left by an earlier test. */
export function resetStorage(browser: ExtensionBrowser): Promise<void> {
  return browser.worker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
}

/** Write the profile straight into extension storage, as the options page would. */
export function setProfile(browser: ExtensionBrowser, profile: Record<string, unknown>): Promise<void> {
  return browser.worker.evaluate((value) => chrome.storage.sync.set({ profile: value }), profile);
}
