import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bodyPartHtml,
  composeBodyHtml,
  composeBodyText,
  composeButton,
  fillLetter,
  type FirefoxExtensionBrowser,
  insertAndWait,
  launchFirefoxWithExtension,
  panelElement,
  panelFocus,
  panelText,
  panelValue,
  placeCaretAfter,
  waitForFixture,
} from '../support/firefox';
import type { GmailComposeOptions } from '../support/gmail';
import { REMINDER_VALUES } from '../support/panel';

const USER_TEXT = '<div>Hello Jordan,</div><div>Thanks for the call today.</div>';

describe('Firefox, Gmail: button, panel and insertion', () => {
  let firefox: FirefoxExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
    page = await firefox.openMail('https://mail.google.com/mail/u/0/#inbox');
    await waitForFixture(page, 'gmail');
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('inserts a payment reminder at the caret above the signature, saves the draft, and undoes in one step', async () => {
    const options: GmailComposeOptions = { kind: 'new', signature: true, to: [{ name: 'Jordan Lee', email: 'jordan@example.com' }], body: USER_TEXT };
    const id = await page.evaluate((opts) => window.gmailFixture.openCompose(opts), options);
    // The content script runs on the mail host without any extra grant or preference.
    const button = await composeButton(page, 'gmail', id);
    expect(await page.evaluate(() => document.querySelectorAll('[data-tactful="compose-button"]').length)).toBe(1);
    expect(await button.evaluate((b) => b.tagName === 'BUTTON' && Boolean(b.getAttribute('aria-label')))).toBe(true);
    expect(await page.evaluate((cid) => window.gmailFixture.compose(cid).closest('[data-tactful-compose]') !== null, id)).toBe(true);

    const signatureBefore = await bodyPartHtml(page, 'gmail', id, '.gmail_signature');
    expect(signatureBefore).toBeTruthy();
    const before = await composeBodyHtml(page, 'gmail', id);
    expect(before).toContain('Thanks for the call today.');
    await placeCaretAfter(page, 'gmail', id, 'Hello Jordan,');
    await button.click();

    await panelElement(page, '[data-tactful="search"]');
    await expect.poll(() => panelFocus(page)).toBe('search');
    expect(await page.evaluate(() => document.querySelector('tactful-panel')!.shadowRoot!.mode)).toBe('open');

    await fillLetter(page, 'pay-friendly-reminder', REMINDER_VALUES);
    expect(await panelValue(page, 'clientName')).toBe('Jordan Lee');
    const preview = () => panelText(page, '[data-tactful="preview"]');
    await expect.poll(preview).toContain('INV-2025-042');
    expect(await preview()).toContain('€1,250.50');

    await insertAndWait(page);
    const after = await composeBodyHtml(page, 'gmail', id);
    expect(after).toContain('INV-2025-042');
    expect(after).toContain('Jordan Lee');

    // The letter sits between the user's two lines, above the signature, which is untouched.
    const text = await composeBodyText(page, 'gmail', id);
    const at = (s: string) => text.indexOf(s);
    expect(at('Hello Jordan,')).toBeGreaterThanOrEqual(0);
    expect(at('Hello Jordan,')).toBeLessThan(at('INV-2025-042'));
    expect(at('INV-2025-042')).toBeLessThan(at('Thanks for the call today.'));
    expect(at('Thanks for the call today.')).toBeLessThan(text.lastIndexOf('Ana Novak'));
    expect(await bodyPartHtml(page, 'gmail', id, '.gmail_signature')).toBe(signatureBefore);

    // Gmail noticed the change: the draft was saved with the letter in it.
    await expect.poll(() => page.evaluate((cid) => window.gmailFixture.state(cid).savedHtml, id)).toContain('INV-2025-042');

    // The caret is right after the letter: a typed character lands after its last line.
    await page.keyboard.type('!');
    const typed = await composeBodyText(page, 'gmail', id);
    expect(typed.indexOf('!')).toBeGreaterThan(typed.indexOf('Ana Novak'));
    expect(typed.indexOf('!')).toBeLessThan(typed.indexOf('Thanks for the call today.'));
    await undo(page);
    expect(await composeBodyHtml(page, 'gmail', id)).toBe(after);

    // One Ctrl+Z removes the whole letter and gives back the body exactly.
    await undo(page);
    expect(await composeBodyHtml(page, 'gmail', id)).toBe(before);
  });

  it('loads nothing but the fixture and lets no request leave the browser', async () => {
    expect(firefox.unexpectedPageRequests).toEqual([]);
    expect(firefox.outgoingRequests).toEqual([]);
    expect(await firefox.proxyCatches(page)).toBe(true);
  });
});

async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

