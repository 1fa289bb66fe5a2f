import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyPartHtml,
  composeButton,
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
import { REMINDER_VALUES } from '../support/panel';

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
    const button = await composeButton(page, 'outlook', id);
    expect(await page.$$eval('[data-tactful="compose-button"]', (buttons) => buttons.length)).toBe(1);
    const signatureBefore = await bodyPartHtml(page, 'outlook', id, '#Signature');
    expect(signatureBefore).toBeTruthy();
    const changedBefore = await page.evaluate((cid) => window.outlookFixture.contentChangedCount(cid), id);
    const before = await composeBodyHtml(page, 'outlook', id);

    await placeCaretAfter(page, 'outlook', id, 'Hello Jordan,');
    await button.click();
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

  it('inserts in a popped-out compose (an about:blank frame the mail page fills)', async () => {
    const options: OutlookComposeOptions = { kind: 'new', popout: true, to: [{ name: 'Jordan Lee', email: 'jordan@example.com' }] };
    const id = await page.evaluate(async (opts) => {
      const composeId = window.outlookFixture.openCompose(opts);
      await window.outlookFixture.whenReady(composeId);
      return composeId;
    }, options);
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url() === 'about:blank');
    expect(frame).toBeDefined();
    const button = await frame!.waitForSelector('[data-tactful="compose-button"]');
    await button!.click();
    await frame!.locator(inPanel('[data-scenario-id="pay-friendly-reminder"]')).click();
    for (const [name, value] of Object.entries(REMINDER_VALUES)) await frame!.locator(inPanel(`[name="${name}"]`)).fill(value);
    await frame!.locator(inPanel('[data-tactful="insert"]')).click();
    await expect.poll(() => composeBodyHtml(page, 'outlook', id)).toContain('INV-2025-042');
    expect(await page.evaluate((cid) => window.outlookFixture.contentChangedCount(cid), id)).toBeGreaterThan(0);
    await page.evaluate((cid) => window.outlookFixture.close(cid), id);
  });

  it('loads nothing but the fixture and lets no request leave the browser', async () => {
    expect(firefox.unexpectedPageRequests).toEqual([]);
    expect(firefox.outgoingRequests).toEqual([]);
    expect(await firefox.proxyCatches(page)).toBe(true);
  });
});
