import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

/** The chrome.storage calls made inside the service worker (evaluated there, not here). */
declare const chrome: {
  storage: Record<'sync' | 'local', { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> }>;
};

export interface StoredState {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/** Open the options page; resolves once it has rendered. `search` opens a letter (?scenario=…&lang=…). */
export async function openOptions(browser: ExtensionBrowser, search = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html${search}`);
  await page.locator('[data-tactful="export"]').waitFor();
  return page;
}

export function letterEditor(page: Page, scenarioId: string, lang: string): Locator {
  return page.locator(`[data-tactful="letter-editor"][data-scenario-id="${scenarioId}"][data-lang="${lang}"]`);
}

/** Choose a situation in the page's list and a language tab; resolves with that letter's editor. */
export async function openLetter(page: Page, scenarioId: string, lang: string): Promise<Locator> {
  await page.locator(`[data-tactful="scenario"][data-scenario-id="${scenarioId}"]`).click();
  await page.locator(`[role="tab"][data-lang="${lang}"]`).click();
  const editor = letterEditor(page, scenarioId, lang);
  await editor.waitFor();
  return editor;
}

/** Everything in the extension's storage, read by the service worker. */
export function storedState(browser: ExtensionBrowser): Promise<StoredState> {
  return browser.worker.evaluate(async () => ({ sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) }));
}

export function clearStorage(browser: ExtensionBrowser): Promise<void> {
  return browser.worker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
}

/** What the user made, without what the extension keeps for itself (last letter, schema version). */
export function userState({ sync, local }: StoredState): StoredState {
  const mine = (items: Record<string, unknown>) => Object.fromEntries(Object.entries(items).filter(([key]) => /^(profile|letterArea|letter:|custom:)/.test(key)));
  return { sync: mine(sync), local: mine(local) };
}
