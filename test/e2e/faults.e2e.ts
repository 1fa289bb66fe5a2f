import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { useGmailPage } from './support/gmail-session';
import { bodyHtml, composeLocator, openCompose, openGmail } from './support/gmail';
import { fillLetter, panel, REMINDER_VALUES } from './support/panel';

const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  "{{constructor.constructor('window.__pwned=4')()}}",
];

async function openPanelFor(page: Page, id: string) {
  const button = composeLocator(page, id).locator('[data-tactful="compose-button"]');
  await expect.poll(() => button.count()).toBe(1);
  await button.click();
}

/** Event listeners on document and window, all worlds included (CDP sees the isolated world too). */
async function pageListenerCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let total = 0;
  for (const expression of ['document', 'window']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    total += listeners.length;
  }
  await cdp.detach();
  return total;
}

describe('bad input and faults', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  useGmailPage((b, p) => ([browser, page] = [b, p]));

  it('inserts markup and template syntax typed into fields as plain text, running nothing', async () => {
    const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
    await openPanelFor(page, id);
    await fillLetter(page, 'end-constant-complaints', { clientName: PAYLOADS[0]!, reason: PAYLOADS.slice(1).join('\n'), referrals: 'javascript:window.__pwned=5', senderName: 'Ana' });
    const preview = panel(page).locator('[data-tactful="preview"]');
    expect(await preview.locator('img, script, svg').count()).toBe(0);
    await panel(page).locator('[data-tactful="insert"]').click();
    await expect.poll(() => panel(page).count()).toBe(0);

    const body = await page.evaluate((cid) => {
      const element = window.gmailFixture.body(cid);
      return { text: element.textContent ?? '', elements: element.querySelectorAll('img, script, svg, a').length };
    }, id);
    for (const payload of [...PAYLOADS, 'javascript:window.__pwned=5']) expect(body.text).toContain(payload);
    expect(body.elements).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('refuses a 100 KB value, empty required fields and unreadable dates and amounts, with messages, inserting nothing', async () => {
    const id = await openCompose(page, { kind: 'new', to: [JORDAN], body: '<div>Mine</div>' });
    const before = await bodyHtml(page, id);
    await openPanelFor(page, id);
    await fillLetter(page, 'pay-friendly-reminder', { invoiceNumber: '', amount: '12abc', currency: 'E1', senderName: 'A'.repeat(100_000) });
    await panel(page).locator('[name="dueDate"]').fill('');
    await panel(page).locator('[data-tactful="insert"]').click();

    await expect.poll(() => panel(page).locator('[role="alert"]').first().textContent()).toContain('missing or need a look');
    const invalid = await panel(page).locator('[aria-invalid="true"]').evaluateAll((fields) => fields.map((f) => f.getAttribute('name')));
    expect(invalid.sort()).toEqual(['amount', 'currency', 'dueDate', 'invoiceNumber', 'senderName']);
    expect(await panel(page).locator('.error').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('too long'), expect.stringContaining('amount')]));
    expect(await page.evaluate(() => document.querySelector('tactful-panel')!.shadowRoot!.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await bodyHtml(page, id)).toBe(before);
  });

  it('opens with defaults and says so when stored settings are unreadable', async () => {
    await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ profile: 'not a profile' }));
    const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
    await openPanelFor(page, id);
    await expect.poll(() => panel(page).locator('[role="alert"]').first().textContent()).toContain('could not be read');
    await fillLetter(page, 'pay-friendly-reminder', REMINDER_VALUES);
    await panel(page).locator('[data-tactful="insert"]').click();
    await expect.poll(() => bodyHtml(page, id)).toContain('INV-2025-042');
  });

  it('survives a compose window re-rendered 100 times without leaking buttons or listeners', async () => {
    const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    const listenersBefore = await pageListenerCount(page);
    for (let i = 0; i < 100; i++) {
      await page.evaluate((cid) => window.gmailFixture.rerender(cid), id);
      if (i % 10 === 0) await page.evaluate(() => new Promise(requestAnimationFrame));
    }
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    expect(await page.locator('[data-tactful-compose]').count()).toBe(1);
    expect(await pageListenerCount(page)).toBe(listenersBefore);
    await openPanelFor(page, id);
    await fillLetter(page, 'pay-friendly-reminder', REMINDER_VALUES);
    await panel(page).locator('[data-tactful="insert"]').click();
    await expect.poll(() => bodyHtml(page, id)).toContain('INV-2025-042');
  });
});

describe('the extension reloaded while a mail tab is open', () => {
  let browser: ExtensionBrowser;
  afterAll(async () => {
    await browser?.close();
  });

  it('removes its buttons, styles and panel and throws nothing into the page', async () => {
    browser = await launchWithExtension();
    const page = await openGmail(browser.openMail);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
    await openPanelFor(page, id);
    await expect.poll(() => panel(page).count()).toBe(1);

    await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await page.locator('[data-tactful-compose], style[data-tactful]').count()).toBe(0);
    // The compose window still works as Gmail's own.
    await page.evaluate((cid) => window.gmailFixture.body(cid).focus(), id);
    await page.keyboard.type('Still mine');
    expect(await bodyHtml(page, id)).toContain('Still mine');
    expect(errors).toEqual([]);
  });
});
