import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickElement,
  bodyPartHtml,
  clickInPanel,
  composeBodyHtml,
  composeBodyText,
  composeButton,
  fillLetter,
  frameWith,
  type FirefoxExtensionBrowser,
  insertAndWait,
  launchFirefoxWithExtension,
  panelElement,
  panelValue,
  placeCaretAfter,
  waitForElement,
  waitForFixture,
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
    expect(await page.evaluate(() => document.querySelectorAll('[data-tactful="compose-button"]').length)).toBe(1);
    const signatureBefore = await bodyPartHtml(page, 'outlook', id, '#Signature');
    expect(signatureBefore).toBeTruthy();
    const changedBefore = await page.evaluate((cid) => window.outlookFixture.contentChangedCount(cid), id);
    const before = await composeBodyHtml(page, 'outlook', id);

    await placeCaretAfter(page, 'outlook', id, 'Hello Jordan,');
    await button.click();
    await panelElement(page, '[data-tactful="search"]');
    await clickInPanel(page, '[data-scenario-id="pay-friendly-reminder"]');
    expect(await panelValue(page, 'clientName')).toBe('Jordan Lee');
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
    // The live about:blank frame that holds the compose button (an earlier one may be detaching).
    const frame = await frameWith(page, 'the popped-out compose', () => document.querySelector('[data-tactful="compose-button"]') !== null);
    const button = await waitForElement(frame, 'the compose button', () => document.querySelector<HTMLButtonElement>('[data-tactful="compose-button"]'));
    await clickElement(frame, button);
    await fillLetter(frame, 'pay-friendly-reminder', REMINDER_VALUES);
    await insertAndWait(frame);
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
