import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { setProfile } from './commands';
import { openGmail } from './gmail';

/**
 * One Chromium with the extension and one Gmail page for a describe block; before each test
 * every compose window and panel is gone and the profile is empty again.
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
    await setProfile(browser!, {});
  });
  afterAll(async () => {
    await browser?.close();
  });
}
