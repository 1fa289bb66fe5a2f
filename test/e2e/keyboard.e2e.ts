import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/chromium';
import { useGmailPage } from './support/gmail-session';
import { sendCommand, setProfile } from './support/commands';
import { bodyHtml, openCompose, placeCaret } from './support/gmail';
import { fillLetter, panel, REMINDER_VALUES } from './support/panel';

const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };

/** Where the page's focus and caret are: element, and the text around the caret. */
function focusAndCaret(page: Page) {
  return page.evaluate(() => {
    const selection = getSelection()!;
    const node = selection.anchorNode;
    return {
      focusedEditable: document.activeElement?.getAttribute('g_editable') === 'true',
      text: node?.textContent ?? '',
      offset: selection.anchorOffset,
    };
  });
}

describe('keyboard', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  useGmailPage((b, p) => ([browser, page] = [b, p]));

  it('goes from the open-panel command to an inserted letter without the mouse', async () => {
    const id = await openCompose(page, { kind: 'new', to: [JORDAN], body: '<div>Hello Jordan,</div>' });
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    await placeCaret(page, id, 'Hello Jordan,', 13);
    await page.evaluate(() => (window.gmailFixture.pageKeys.length = 0));
    await sendCommand(browser, 'open-panel');
    await expect.poll(() => page.evaluate(() => document.querySelector('tactful-panel')?.shadowRoot?.activeElement?.getAttribute('data-tactful'))).toBe('search');

    await page.keyboard.type('friendly reminder');
    const options = panel(page).locator('[role="option"]');
    await expect.poll(() => options.count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await panel(page).locator('[data-scenario-id="pay-friendly-reminder"]').getAttribute('aria-selected')).toBe('true');

    // Focus went to the first field (the client's name, filled from the recipient); Tab walks on.
    const focusedName = () => page.evaluate(() => document.querySelector('tactful-panel')!.shadowRoot!.activeElement?.getAttribute('name'));
    await expect.poll(focusedName).toBe('clientName');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('senderName');
    await page.keyboard.type('Ana Novak');
    const typeInto = async (name: string, text: string) => {
      while ((await focusedName()) !== name) await page.keyboard.press('Tab');
      await page.keyboard.type(text);
    };
    await typeInto('invoiceNumber', 'INV-77');
    await typeInto('amount', '80');
    await typeInto('dueDate', '15012025');
    await page.keyboard.press('Control+Enter');

    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await bodyHtml(page, id)).toContain('INV-77');
    expect((await focusAndCaret(page)).focusedEditable).toBe(true);
    // None of the panel's keystrokes reached the page's own shortcuts.
    expect(await page.evaluate(() => window.gmailFixture.pageKeys)).toEqual([]);
  });

  it('leaves focus in the field the user went to when the frame after choosing comes late', async () => {
    await openCompose(page, { kind: 'new', to: [JORDAN] });
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    await page.locator('[data-tactful="compose-button"]').click();
    await expect.poll(() => panel(page).locator('[data-scenario-id="pay-friendly-reminder"]').count()).toBe(1);
    // Choose, let the form render (a microtask), and focus another field, all in one task: no
    // frame can come in between, so the panel's deferred focus runs only after the user moved.
    const focusedBeforeFrame = await page.evaluate(async () => {
      const shadow = document.querySelector('tactful-panel')!.shadowRoot!;
      shadow.querySelector<HTMLElement>('[data-scenario-id="pay-friendly-reminder"]')!.click();
      for (let i = 0; i < 5 && !shadow.querySelector('[name="invoiceNumber"]'); i++) await Promise.resolve();
      const invoice = shadow.querySelector<HTMLInputElement>('[name="invoiceNumber"]');
      invoice?.focus();
      return { name: shadow.activeElement?.getAttribute('name'), value: invoice?.value ?? '' };
    });
    expect(focusedBeforeFrame.name).toBe('invoiceNumber');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.keyboard.type('INV-9');
    expect(await panel(page).locator('[name="invoiceNumber"]').inputValue()).toBe(`${focusedBeforeFrame.value}INV-9`);
    expect(await panel(page).locator('[name="clientName"]').inputValue()).toBe(JORDAN.name);
  });

  it('inserts the last letter into a second compose window with insert-last, and confirms it', async () => {
    const first = await openCompose(page, { kind: 'new', to: [JORDAN] });
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    await page.locator('[data-tactful="compose-button"]').click();
    await fillLetter(page, 'pay-friendly-reminder', { ...REMINDER_VALUES, invoiceNumber: 'INV-LAST' });
    await panel(page).locator('[data-tactful="insert"]').click();
    await expect.poll(() => bodyHtml(page, first)).toContain('INV-LAST');

    const second = await openCompose(page, { kind: 'new', to: [JORDAN], body: '<div>Second</div>' });
    await placeCaret(page, second, 'Second', 6);
    await sendCommand(browser, 'insert-last');
    await expect.poll(() => bodyHtml(page, second)).toContain('INV-LAST');
    expect(await panel(page).count()).toBe(0);
    await expect.poll(() => page.locator('tactful-toast').count()).toBe(1);
    expect(await page.locator('tactful-toast [role="status"]').textContent()).toContain('Friendly reminder');
    // Both letters were sent, so both are in the recipient's case.
    const logged = () =>
      browser.worker.evaluate(async () => {
        const { caseLog } = await (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { letters?: { invoiceNumber?: string }[] }>> } } } }).chrome.storage.local.get('caseLog');
        return (caseLog?.letters ?? []).filter((letter) => letter.invoiceNumber === 'INV-LAST').length;
      });
    await expect.poll(logged).toBe(2);
  });

  it('opens the panel, saying why, when insert-last has no last letter yet', async () => {
    await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
    const id = await openCompose(page, { kind: 'new', body: '<div>Hi</div>' });
    await placeCaret(page, id, 'Hi', 2);
    await sendCommand(browser, 'insert-last');
    await expect.poll(() => panel(page).count()).toBe(1);
    expect(await panel(page).locator('[role="status"]').textContent()).toContain('No letter used yet');
    expect(await bodyHtml(page, id)).toBe('<div>Hi</div>');
  });

  it('closes on Escape and gives focus back to the body at the caret', async () => {
    const id = await openCompose(page, { kind: 'new', body: '<div>Hello Jordan, thanks</div>' });
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    await placeCaret(page, id, 'Hello Jordan, thanks', 5);
    await sendCommand(browser, 'open-panel');
    await expect.poll(() => panel(page).count()).toBe(1);
    await page.keyboard.type('late');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await focusAndCaret(page)).toEqual({ focusedEditable: true, text: 'Hello Jordan, thanks', offset: 5 });
  });

  it('lays the panel out right to left in Urdu', async () => {
    await setProfile(browser, { uiLanguage: 'ur' });
    await openCompose(page, { kind: 'new', to: [JORDAN] });
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    await page.locator('[data-tactful="compose-button"]').click();
    const root = panel(page).locator('.panel');
    await expect.poll(() => root.getAttribute('dir')).toBe('rtl');
    expect(await root.getAttribute('lang')).toBe('ur');
    expect(await panel(page).locator('[data-tactful="insert"]').textContent()).not.toBe('Insert letter');
  });

  it('passes axe-core with no serious or critical violations', async () => {
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await openCompose(page, { kind: 'new', to: [JORDAN] });
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    await page.locator('[data-tactful="compose-button"]').click();
    await fillLetter(page, 'end-constant-complaints', { reason: 'You always complain.' });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ include: [['tactful-panel'], ['[data-tactful="compose-button"]']] }, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
