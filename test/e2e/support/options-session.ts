import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { openGmail } from './gmail';
import { clearStorage, openOptions } from './options';

/**
 * One Chromium with the extension and a Gmail page for a describe block, for tests that go
 * between the mail page and the options page. Before each test storage is a new user's and every
 * compose window and panel is gone; after it, the options pages it opened are closed.
 * Returns how a test opens the options page (`search` opens a letter: ?scenario=…&lang=…).
 */
export function useMailAndOptions(onReady: (browser: ExtensionBrowser, mail: Page) => void): (search?: string) => Promise<Page> {
  let browser: ExtensionBrowser | undefined;
  let mail: Page | undefined;
  const opened: Page[] = [];
  beforeAll(async () => {
    browser = await launchWithExtension();
    mail = await openGmail(browser.openMail);
    onReady(browser, mail);
  });
  beforeEach(async () => {
    await clearStorage(browser!);
    await mail!.evaluate(() => {
      window.gmailFixture.closeAll();
      document.querySelector('tactful-panel')?.remove();
    });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (search) => {
    const page = await openOptions(browser!, search);
    opened.push(page);
    return page;
  };
}
