import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { resetStorage, setProfile } from './commands';
import { openGmail } from './gmail';

/**
 * One Chromium with the extension and one Gmail page for a describe block; before each test
 * every compose window and panel is gone and storage is a new user's (empty profile, no case
 * log, no last letter), so no test sees what an earlier one left.
 */
export function useGmailPage(onReady: (browser: ExtensionBrowser, page: Page) => void): void {
  let browser: ExtensionBrowser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await openGmail(browser.openMail);
    onReady(browser, page);
  });
  beforeEach(async () => {
    await page!.evaluate(() => {
      window.gmailFixture.closeAll();
      document.querySelector('tactful-panel')?.remove();
    });
    await resetStorage(browser!);
    await setProfile(browser!, {});
  });
  afterAll(async () => {
    await browser?.close();
  });
}
