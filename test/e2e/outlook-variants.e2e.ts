import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { openOutlook, openOutlookCompose, outlookBodyHtml, type OutlookComposeOptions } from './support/outlook';
import { insertVia, REMINDER_VALUES } from './support/panel';
import { MAIL_HOSTS } from '../support/fixture-server.js';

const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };
const HOSTS = MAIL_HOSTS.filter((host) => host !== 'mail.google.com');

async function openAndWait(page: Page, options: OutlookComposeOptions) {
  const id = await openOutlookCompose(page, options);
  const button = page.locator('[data-tactful-compose]').filter({ has: page.locator(`[aria-multiline="true"]`) }).last().locator('[data-tactful="compose-button"]');
  await expect.poll(() => button.count()).toBe(1);
  return { id, button };
}

describe('Outlook compose variants', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(HOSTS)('inserts into a new mail with signature on %s', async (host) => {
    const page = await openOutlook(browser.openMail, host);
    const { id, button } = await openAndWait(page, { kind: 'new', signature: true, to: [JORDAN] });
    const signature = await page.evaluate((cid) => window.outlookFixture.getBody(cid).querySelector('#Signature')!.outerHTML, id);
    await insertVia(page, button, 'pay-friendly-reminder', REMINDER_VALUES);
    await expect.poll(() => outlookBodyHtml(page, id)).toContain('INV-2025-042');
    const html = await outlookBodyHtml(page, id);
    expect(html.indexOf('INV-2025-042')).toBeLessThan(html.indexOf('id="Signature"'));
    expect(html).toContain(signature);
    expect(html).toContain('Dear Jordan Lee,');
    // A new thread with an empty subject gets the letter's subject.
    expect(await page.locator('input[maxlength="255"]').first().inputValue()).toContain('INV-2025-042');
    await page.close();
  });

  it('inserts an inline reply above the quote, which stays as it was, and leaves the subject alone', async () => {
    const page = await openOutlook(browser.openMail);
    const { id, button } = await openAndWait(page, { kind: 'reply' });
    const quote = await page.evaluate((cid) => {
      const body = window.outlookFixture.getBody(cid);
      return body.innerHTML.slice(body.innerHTML.indexOf('<div id="appendonsend">'));
    }, id);
    await insertVia(page, button, 'pay-friendly-reminder', REMINDER_VALUES);
    await expect.poll(() => outlookBodyHtml(page, id)).toContain('INV-2025-042');
    const html = await outlookBodyHtml(page, id);
    expect(html.indexOf('INV-2025-042')).toBeLessThan(html.indexOf('appendonsend'));
    expect(html.endsWith(quote)).toBe(true);
    await page.close();
  });

  it('works with a German interface, the newer body label and other hashed class names', async () => {
    const page = await openOutlook(browser.openMail, 'outlook.office.com');
    const { id, button } = await openAndWait(page, { kind: 'new', lang: 'de', bodyLabel: 'new', build: 2, to: [JORDAN] });
    await insertVia(page, button, 'pay-friendly-reminder', REMINDER_VALUES);
    await expect.poll(() => outlookBodyHtml(page, id)).toContain('INV-2025-042');
    await page.close();
  });

  it('puts the button back when Outlook re-renders the Send row', async () => {
    const page = await openOutlook(browser.openMail);
    const { id } = await openAndWait(page, { kind: 'new', to: [JORDAN] });
    for (let i = 0; i < 3; i++) await page.evaluate((cid) => window.outlookFixture.rerender(cid), id);
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    expect(await page.locator('[data-tactful="compose-button"]').evaluate((b) => b.previousElementSibling?.matches('[role=group]'))).toBe(true);
    await page.close();
  });

  it('works in a popped-out compose (an about:blank document the mail page fills)', async () => {
    const page = await openOutlook(browser.openMail);
    const id = await page.evaluate(() => window.outlookFixture.openCompose({ kind: 'new', popout: true, to: [{ name: 'Jordan Lee', email: 'jordan@example.com' }] }));
    await page.evaluate((cid) => window.outlookFixture.whenReady(cid), id);
    const frame = page.frameLocator('iframe');
    const button = frame.locator('[data-tactful="compose-button"]');
    await expect.poll(() => button.count()).toBe(1);
    await button.click();
    const popoutPanel = frame.locator('tactful-panel');
    await popoutPanel.locator('[data-scenario-id="pay-friendly-reminder"]').click();
    for (const [name, value] of Object.entries(REMINDER_VALUES)) await popoutPanel.locator(`[name="${name}"]`).fill(value);
    await popoutPanel.locator('[data-tactful="insert"]').click();
    await expect.poll(() => page.evaluate((cid) => window.outlookFixture.getBody(cid).innerHTML, id)).toContain('INV-2025-042');
    expect(await page.evaluate((cid) => window.outlookFixture.contentChangedCount(cid), id)).toBeGreaterThan(0);
    await page.close();
  });

  it('works on the deeplink compose page', async () => {
    const page = await openOutlook(browser.openMail, 'outlook.office365.com', '/mail/deeplink/compose?to=jordan%40example.com&subject=Hello');
    const button = page.locator('[data-tactful="compose-button"]');
    await expect.poll(() => button.count()).toBe(1);
    await insertVia(page, button, 'pay-friendly-reminder', { ...REMINDER_VALUES, clientName: 'Jordan' });
    await expect.poll(() => page.evaluate(() => document.querySelector('[aria-multiline="true"]')!.innerHTML)).toContain('INV-2025-042');
    // The subject was given in the link: it stays.
    expect(await page.locator('input[maxlength="255"]').first().inputValue()).toBe('Hello');
    await page.close();
  });
});
