import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { useGmailPage } from './support/gmail-session';
import { bodyHtml, composeLocator, openCompose, openGmail, placeCaret } from './support/gmail';
import { insertVia, panel, REMINDER_VALUES } from './support/panel';

const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };

/** Record what the next insertion adds to a compose body (in the page's own world). */
function recordAddedNodes(page: Page, id: string): Promise<void> {
  return page.evaluate((cid) => {
    const added: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
          for (let element: Node | null = node.nodeType === 1 ? node : walker.nextNode(); element; element = walker.nextNode()) added.push(element.nodeName);
        }
      }
    });
    observer.observe(window.gmailFixture.body(cid), { childList: true, subtree: true });
    (window as unknown as { addedNodes: string[] }).addedNodes = added;
  }, id);
}

function button(page: Page, id: string) {
  return composeLocator(page, id).locator('[data-tactful="compose-button"]');
}

describe('Gmail compose variants', () => {
  let page: Page;
  useGmailPage((_browser, p) => (page = p));

  it('adds one button to each of three compose windows, in the Send row', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await openCompose(page, { kind: 'new' }));
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(3);
    for (const id of ids) {
      expect(await composeLocator(page, id).locator('tr.btC td [data-tactful="compose-button"]').count()).toBe(1);
      expect(await composeLocator(page, id).evaluate((el) => el.closest('[data-tactful-compose]') !== null)).toBe(true);
    }
  });

  it('fills an empty subject on a new message, from the first recipient greets by name (classic and chip recipients)', async () => {
    for (const recipients of ['classic', 'chips'] as const) {
      const id = await openCompose(page, { kind: 'new', recipients, to: [JORDAN, { name: 'Mira Kovač', email: 'mira@example.com' }] });
      await insertVia(page, button(page, id), 'pay-friendly-reminder', REMINDER_VALUES);
      expect(await bodyHtml(page, id)).toContain('Dear Jordan Lee,');
      expect(await composeLocator(page, id).locator('input[name=subjectbox]').inputValue()).toContain('INV-2025-042');
      await page.evaluate((cid) => window.gmailFixture.close(cid), id);
    }
  });

  it('never overwrites a subject the user typed', async () => {
    const id = await openCompose(page, { kind: 'new', subject: 'About March', to: [JORDAN] });
    await insertVia(page, button(page, id), 'pay-friendly-reminder', REMINDER_VALUES);
    expect(await composeLocator(page, id).locator('input[name=subjectbox]').inputValue()).toBe('About March');
  });

  it('inserts into an inline reply above the quote, leaving the quote and the hidden subject alone', async () => {
    const id = await openCompose(page, { kind: 'reply', signature: true, to: [JORDAN], subject: 'Invoice question' });
    const quoteBefore = await page.evaluate((cid) => window.gmailFixture.body(cid).querySelector('.gmail_quote')!.outerHTML, id);
    const subjectBefore = await composeLocator(page, id).locator('input[name=subjectbox]').inputValue();
    await expect.poll(() => button(page, id).count()).toBe(1);
    await insertVia(page, button(page, id), 'pay-friendly-reminder', REMINDER_VALUES);
    const html = await bodyHtml(page, id);
    expect(html.indexOf('INV-2025-042')).toBeGreaterThan(-1);
    expect(html.indexOf('INV-2025-042')).toBeLessThan(html.indexOf('gmail_quote'));
    expect(await page.evaluate((cid) => window.gmailFixture.body(cid).querySelector('.gmail_quote')!.outerHTML, id)).toBe(quoteBefore);
    expect(await composeLocator(page, id).locator('input[name=subjectbox]').inputValue()).toBe(subjectBefore);
  });

  it('inserts into a forward above the forwarded message', async () => {
    const id = await openCompose(page, { kind: 'forward', subject: 'Contract' });
    await insertVia(page, button(page, id), 'end-general', { clientName: 'Jordan', senderName: 'Ana Novak' });
    const html = await bodyHtml(page, id);
    expect(html.indexOf('Jordan')).toBeLessThan(html.indexOf('gmail_quote'));
  });

  it('keeps the button through minimize and restore, and it still works', async () => {
    const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
    await expect.poll(() => button(page, id).count()).toBe(1);
    await page.evaluate((cid) => window.gmailFixture.minimize(cid), id);
    await page.evaluate((cid) => window.gmailFixture.restore(cid), id);
    await expect.poll(() => button(page, id).count()).toBe(1);
    await insertVia(page, button(page, id), 'pay-friendly-reminder', REMINDER_VALUES);
    expect(await bodyHtml(page, id)).toContain('INV-2025-042');
  });

  it('works in a maximized compose window', async () => {
    const id = await openCompose(page, { kind: 'new', maximized: true, to: [JORDAN] });
    await expect.poll(() => button(page, id).count()).toBe(1);
    await insertVia(page, button(page, id), 'pay-friendly-reminder', REMINDER_VALUES);
    expect(await bodyHtml(page, id)).toContain('INV-2025-042');
  });

  it('works with a German Gmail interface', async () => {
    const id = await openCompose(page, { kind: 'new', lang: 'de', signature: true, to: [JORDAN] });
    await expect.poll(() => button(page, id).count()).toBe(1);
    await insertVia(page, button(page, id), 'pay-friendly-reminder', REMINDER_VALUES);
    const html = await bodyHtml(page, id);
    expect(html.indexOf('INV-2025-042')).toBeLessThan(html.indexOf('gmail_signature'));
  });

  it('adds only text, <br> and <div> in plain-text mode', async () => {
    const id = await openCompose(page, { kind: 'new', plainText: true, to: [JORDAN], body: '<div>Hi</div>' });
    await placeCaret(page, id, 'Hi', 2);
    await recordAddedNodes(page, id);
    await insertVia(page, button(page, id), 'pay-friendly-reminder', REMINDER_VALUES);
    const added = await page.evaluate(() => (window as unknown as { addedNodes: string[] }).addedNodes);
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((name) => name !== 'BR' && name !== 'DIV')).toEqual([]);
    expect(await bodyHtml(page, id)).toContain('INV-2025-042');
  });

  it('picks up a re-rendered compose window once, without duplicate buttons', async () => {
    const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
    await expect.poll(() => button(page, id).count()).toBe(1);
    for (let i = 0; i < 5; i++) await page.evaluate((cid) => window.gmailFixture.rerender(cid), id);
    await expect.poll(() => button(page, id).count()).toBe(1);
    expect(await page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    await insertVia(page, button(page, id), 'pay-friendly-reminder', REMINDER_VALUES);
    expect(await bodyHtml(page, id)).toContain('INV-2025-042');
  });

  it('shows a floating button when the toolbar is missing, and the panel still inserts', async () => {
    const id = await page.evaluate(() => {
      const cid = window.gmailFixture.openCompose({ kind: 'new', to: [{ name: 'Jordan Lee', email: 'jordan@example.com' }] });
      window.gmailFixture.compose(cid).querySelector('tr.btC')!.remove();
      return cid;
    });
    const floating = composeLocator(page, id).locator('[data-tactful="compose-button"][data-tactful-floating]');
    await expect.poll(() => floating.count()).toBe(1);
    expect(await page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    await insertVia(page, floating, 'pay-friendly-reminder', REMINDER_VALUES);
    expect(await bodyHtml(page, id)).toContain('INV-2025-042');
  });

  it('says so, inserts nothing, and offers copying when the body is gone at insert time', async () => {
    const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
    await button(page, id).click();
    await panel(page).locator('[data-scenario-id="pay-friendly-reminder"]').click();
    for (const [name, value] of Object.entries(REMINDER_VALUES)) await panel(page).locator(`[name="${name}"]`).fill(value);
    await page.evaluate((cid) => window.gmailFixture.body(cid).remove(), id);
    await panel(page).locator('[data-tactful="insert"]').click();
    const alert = panel(page).locator('[role="alert"]').first();
    await expect.poll(() => alert.textContent()).toContain('could not be found');
    expect(await panel(page).count()).toBe(1);
    expect(await panel(page).getByRole('button', { name: 'Copy' }).isEnabled()).toBe(true);
  });
});

describe('Gmail pop-out page', () => {
  let browser: ExtensionBrowser;
  afterAll(async () => {
    await browser?.close();
  });

  it('adds the button and inserts on the /popout page', async () => {
    browser = await launchWithExtension();
    const page = await openGmail(browser.openMail, '/mail/u/0/popout?compose=new&to=Jordan%20Lee%20%3Cjordan%40example.com%3E');
    const compose = page.locator('[data-tactful-compose]');
    await expect.poll(() => compose.locator('[data-tactful="compose-button"]').count()).toBe(1);
    await insertVia(page, compose.locator('[data-tactful="compose-button"]'), 'pay-friendly-reminder', REMINDER_VALUES);
    expect(await page.evaluate(() => document.querySelector('[g_editable=true]')!.innerHTML)).toContain('INV-2025-042');
  });
});
