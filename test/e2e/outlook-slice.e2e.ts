import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { openOutlook, openOutlookCompose, outlookBodyHtml, placeOutlookCaret } from './support/outlook';

const USER_TEXT = '<div class="elementToProof">Hello Jordan,</div><div class="elementToProof">Thanks for the call today.</div>';

describe('Outlook: insertion through roosterjs', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await openOutlook(browser.openMail);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('inserts at the caret, keeps the signature, raises content-changed, and undoes in one step', async () => {
    const id = await openOutlookCompose(page, { kind: 'new', signature: true, to: [{ name: 'Jordan Lee', email: 'jordan@example.com' }], body: USER_TEXT, focus: 'body' });
    const root = page.locator(`[data-tactful-compose]`).filter({ hasText: 'Hello Jordan,' });
    const button = root.locator('[data-tactful="compose-button"]');
    await expect.poll(() => button.count()).toBe(1);
    const signatureBefore = await page.evaluate((cid) => window.outlookFixture.getBody(cid).querySelector('#Signature')!.outerHTML, id);
    const changedBefore = await page.evaluate((cid) => window.outlookFixture.contentChangedCount(cid), id);
    const before = await outlookBodyHtml(page, id);

    await placeOutlookCaret(page, id, 'Hello Jordan,', 'Hello Jordan,'.length);
    await button.click();
    const panel = page.locator('tactful-panel');
    await panel.locator('[data-scenario-id="pay-friendly-reminder"]').click();
    expect(await panel.locator('[name="clientName"]').inputValue()).toBe('Jordan Lee');
    await panel.locator('[name="invoiceNumber"]').fill('INV-7');
    await panel.locator('[name="amount"]').fill('300');
    await panel.locator('[name="currency"]').fill('EUR');
    await panel.locator('[name="dueDate"]').fill('2025-01-15');
    await panel.locator('[name="senderName"]').fill('Ana Novak');
    await panel.locator('[data-tactful="insert"]').click();
    await expect.poll(() => page.locator('tactful-panel').count()).toBe(0);

    await expect.poll(() => outlookBodyHtml(page, id)).toContain('INV-7');
    const text = await page.evaluate((cid) => window.outlookFixture.getBody(cid).innerText, id);
    expect(text.indexOf('Hello Jordan,')).toBeLessThan(text.indexOf('INV-7'));
    expect(text.indexOf('INV-7')).toBeLessThan(text.indexOf('Thanks for the call today.'));
    // The user's lines stay lines of their own: the letter does not run into them.
    expect(text).toMatch(/Hello Jordan,\s*\n/);
    expect(text).toMatch(/\n\s*Thanks for the call today\./);
    expect(await page.evaluate((cid) => window.outlookFixture.getBody(cid).querySelector('#Signature')!.outerHTML, id)).toBe(signatureBefore);
    expect(await page.evaluate((cid) => window.outlookFixture.contentChangedCount(cid), id)).toBeGreaterThan(changedBefore);
    expect(await page.evaluate((cid) => window.outlookFixture.draftHtml(cid), id)).toContain('INV-7');

    await page.keyboard.press('Control+z');
    expect(await outlookBodyHtml(page, id)).toBe(before);
  });
});
