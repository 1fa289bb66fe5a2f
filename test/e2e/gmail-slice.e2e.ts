import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { bodyHtml, composeLocator, openCompose, openGmail, placeCaret } from './support/gmail';

const USER_TEXT = '<div>Hello Jordan,</div><div>Thanks for the call today.</div>';

async function fillReminder(page: Page) {
  const panel = page.locator('tactful-panel');
  await panel.locator('[data-tactful="scenario"][data-scenario-id="pay-friendly-reminder"]').click();
  await panel.locator('[name="invoiceNumber"]').fill('INV-2025-042');
  await panel.locator('[name="amount"]').fill('1250.50');
  await panel.locator('[name="currency"]').fill('EUR');
  await panel.locator('[name="dueDate"]').fill('2025-01-15');
  await panel.locator('[name="senderName"]').fill('Ana Novak');
}

describe('Gmail: the first slice', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await openGmail(browser.openMail);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('inserts a payment reminder at the caret, keeps text and signature, saves, and undoes in one step', async () => {
    const id = await openCompose(page, { kind: 'new', signature: true, to: [{ name: 'Jordan Lee', email: 'jordan@example.com' }], body: USER_TEXT });
    const compose = composeLocator(page, id);
    const button = compose.locator('tr.btC [data-tactful="compose-button"]');
    await expect.poll(() => button.count()).toBe(1);
    expect(await button.getAttribute('aria-label')).toBeTruthy();

    const signatureBefore = await page.evaluate((cid) => window.gmailFixture.body(cid).querySelector('.gmail_signature')!.outerHTML, id);
    const before = await bodyHtml(page, id);
    // Caret at the end of the user's first line.
    await placeCaret(page, id, 'Hello Jordan,', 'Hello Jordan,'.length);
    await button.click();

    const panel = page.locator('tactful-panel');
    await expect.poll(() => panel.locator('[data-tactful="search"]').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('tactful-panel')?.shadowRoot?.activeElement?.getAttribute('data-tactful'))).toBe('search');
    expect(await panel.locator('[name="clientName"]').count()).toBe(0);

    await fillReminder(page);
    expect(await panel.locator('[name="clientName"]').inputValue()).toBe('Jordan Lee');
    const preview = panel.locator('[data-tactful="preview"]');
    await expect.poll(() => preview.textContent()).toContain('INV-2025-042');
    expect(await preview.textContent()).toContain('€1,250.50');

    await panel.locator('[data-tactful="insert"]').click();
    await expect.poll(() => page.locator('tactful-panel').count()).toBe(0);

    const after = await bodyHtml(page, id);
    expect(after).toContain('INV-2025-042');
    expect(after).toContain('Jordan Lee');
    // The letter sits between the user's first and second line, above the signature.
    const text = await page.evaluate((cid) => window.gmailFixture.body(cid).innerText, id);
    const [hello, letter, thanks, signature] = ['Hello Jordan,', 'INV-2025-042', 'Thanks for the call today.', 'Ana Novak'].map((s) => text.indexOf(s));
    expect(hello).toBeGreaterThanOrEqual(0);
    expect(hello).toBeLessThan(letter!);
    expect(letter).toBeLessThan(thanks!);
    expect(thanks).toBeLessThan(text.lastIndexOf('Ana Novak'));
    expect(signature).toBeGreaterThan(0);
    expect(await page.evaluate((cid) => window.gmailFixture.body(cid).querySelector('.gmail_signature')!.outerHTML, id)).toBe(signatureBefore);

    // Gmail saw the change: the draft was saved with the letter in it.
    await expect.poll(() => page.evaluate((cid) => window.gmailFixture.state(cid).savedHtml, id)).toContain('INV-2025-042');

    // The caret is right after the letter: typing lands after its last line.
    await page.keyboard.type('!');
    const typed = await page.evaluate((cid) => window.gmailFixture.body(cid).innerText, id);
    expect(typed.indexOf('!')).toBeGreaterThan(typed.indexOf('Ana Novak'));
    expect(typed.indexOf('!')).toBeLessThan(typed.indexOf('Thanks for the call today.'));
    await page.keyboard.press('Control+z');
    expect(await bodyHtml(page, id)).toBe(after);

    // One Ctrl+Z removes the whole letter and gives back the body exactly.
    await page.keyboard.press('Control+z');
    expect(await bodyHtml(page, id)).toBe(before);
  });

  it('gives each of two compose windows its own button and inserts into one only', async () => {
    await page.evaluate(() => window.gmailFixture.closeAll());
    const first = await openCompose(page, { kind: 'new', body: '<div>First draft</div>' });
    const second = await openCompose(page, { kind: 'new', body: '<div>Second draft</div>' });
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(2);
    expect(await composeLocator(page, first).locator('[data-tactful="compose-button"]').count()).toBe(1);
    expect(await composeLocator(page, second).locator('[data-tactful="compose-button"]').count()).toBe(1);
    const secondBefore = await bodyHtml(page, second);

    await placeCaret(page, first, 'First draft', 'First draft'.length);
    await composeLocator(page, first).locator('[data-tactful="compose-button"]').click();
    await fillReminder(page);
    await page.locator('tactful-panel [name="clientName"]').fill('Jordan');
    await page.locator('tactful-panel [data-tactful="insert"]').click();
    await expect.poll(() => bodyHtml(page, first)).toContain('INV-2025-042');
    expect(await bodyHtml(page, second)).toBe(secondBefore);
  });

  it('makes no network request from the extension', () => {
    expect(browser.extensionRequests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
