import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyPartHtml,
  composeBodyHtml,
  composeBodyText,
  fillLetter,
  inPanel,
  insertAndWait,
  launchFirefoxWithExtension,
  placeCaretAfter,
  waitForFixture,
  type FirefoxExtensionBrowser,
} from '../support/firefox';
import type { OutlookComposeOptions } from '../support/outlook';

const USER_TEXT = '<div class="elementToProof">Hello Jordan,</div><div class="elementToProof">Thanks for the call today.</div>';

describe('Firefox, Outlook: insertion through roosterjs', () => {
  let firefox: FirefoxExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    page = await firefox.openMail('https://outlook.live.com/mail/0/');
    await waitForFixture(page, 'outlook');
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('inserts at the caret, keeps the signature, raises content-changed, and undoes in one step', async () => {
    const options: OutlookComposeOptions = { kind: 'new', signature: true, to: [{ name: 'Jordan Lee', email: 'jordan@example.com' }], body: USER_TEXT, focus: 'body' };
    const id = await page.evaluate(async (opts) => {
      const composeId = window.outlookFixture.openCompose(opts);
      await window.outlookFixture.whenReady(composeId);
      return composeId;
    }, options);
    const button = await page.waitForSelector(`#${id} [data-tactful="compose-button"]`);
    expect(await page.$$eval('[data-tactful="compose-button"]', (buttons) => buttons.length)).toBe(1);
    const signatureBefore = await bodyPartHtml(page, 'outlook', id, '#Signature');
    expect(signatureBefore).toBeTruthy();
    const changedBefore = await page.evaluate((cid) => window.outlookFixture.contentChangedCount(cid), id);
    const before = await composeBodyHtml(page, 'outlook', id);

    await placeCaretAfter(page, 'outlook', id, 'Hello Jordan,');
    await button!.click();
    await page.waitForSelector(inPanel('[data-tactful="search"]'));
    await page.locator(inPanel('[data-scenario-id="pay-friendly-reminder"]')).click();
    expect(await page.$eval(inPanel('[name="clientName"]'), (input) => (input as HTMLInputElement).value)).toBe('Jordan Lee');
    await fillLetter(page, 'pay-friendly-reminder', { invoiceNumber: 'INV-7', amount: '300', currency: 'EUR', dueDate: '2025-01-15', senderName: 'Ana Novak' });
    await insertAndWait(page);

    // roosterjs merges the pasted letter a promise tick later.
    await expect.poll(() => composeBodyHtml(page, 'outlook', id)).toContain('INV-7');
    const text = await composeBodyText(page, 'outlook', id);
    expect(text.indexOf('Hello Jordan,')).toBeLessThan(text.indexOf('INV-7'));
    expect(text.indexOf('INV-7')).toBeLessThan(text.indexOf('Thanks for the call today.'));
    expect(text).toMatch(/Hello Jordan,\s*\n/);
    expect(text).toMatch(/\n\s*Thanks for the call today\./);
    expect(await bodyPartHtml(page, 'outlook', id, '#Signature')).toBe(signatureBefore);
    expect(await page.evaluate((cid) => window.outlookFixture.contentChangedCount(cid), id)).toBeGreaterThan(changedBefore);
    expect(await page.evaluate((cid) => window.outlookFixture.draftHtml(cid), id)).toContain('INV-7');

    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect(await composeBodyHtml(page, 'outlook', id)).toBe(before);
  });

  it('loads nothing but the fixture and lets no request leave the browser', () => {
    expect(firefox.unexpectedPageRequests).toEqual([]);
    expect(firefox.outgoingRequests).toEqual([]);
  });
});
