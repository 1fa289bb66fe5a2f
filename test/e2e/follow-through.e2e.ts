import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/chromium';
import { composeLocator, openCompose } from './support/gmail';
import { openLetter, storedState } from './support/options';
import { useMailAndOptions } from './support/options-session';
import { fillLetter, panel, REMINDER_VALUES } from './support/panel';

const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };

interface StoredLog {
  letters: { scenarioId: string; recipientAddress?: string; invoiceNumber?: string }[];
  closed: Record<string, { how: string }>;
}

async function caseLog(browser: ExtensionBrowser): Promise<StoredLog> {
  return ((await storedState(browser)).local.caseLog as StoredLog | undefined) ?? { letters: [], closed: {} };
}

/** A new message to Jordan with its panel open. A background tab gets no frames: the mail tab comes first. */
async function openPanelFor(mail: Page): Promise<string> {
  await mail.bringToFront();
  const id = await openCompose(mail, { kind: 'new', to: [JORDAN] });
  await composeLocator(mail, id).locator('[data-tactful="compose-button"]').click();
  await panel(mail).locator('[data-tactful="search"]').waitFor();
  return id;
}

/** The greeting control, whichever form it has in this build. */
async function chooseGreeting(mail: Page, form: string): Promise<void> {
  const control = panel(mail).locator('[name="addressForm"]');
  if ((await control.count()) === 0) return;
  if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(form);
  else await control.fill(form);
}

describe('follow-through', () => {
  let browser: ExtensionBrowser;
  let mail: Page;
  const openOptionsPage = useMailAndOptions((b, m) => ([browser, mail] = [b, m]));

  it('remembers a sent reminder: history and a prefilled follow-up in the next compose, and the case in the options page', async () => {
    await openPanelFor(mail);
    // Nothing was sent to Jordan yet: no history.
    expect(await panel(mail).locator('[data-tactful="history"]').count()).toBe(0);
    await fillLetter(mail, 'pay-friendly-reminder', REMINDER_VALUES);
    await chooseGreeting(mail, 'female');
    await panel(mail).locator('[data-tactful="insert"]').click();
    await mail.waitForFunction(() => document.querySelector('tactful-panel') === null);
    await expect.poll(async () => (await caseLog(browser)).letters.length).toBe(1);
    expect((await caseLog(browser)).letters[0]).toMatchObject({ scenarioId: 'pay-friendly-reminder', recipientAddress: 'jordan@example.com', invoiceNumber: 'INV-2025-042' });

    // A second compose to the same recipient.
    await openPanelFor(mail);
    const history = panel(mail).locator('[data-tactful="history"]');
    await history.waitFor();
    const entry = history.locator('[data-tactful="history-item"]');
    expect(await entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('Friendly reminder');
    expect(await entry.textContent()).toContain('INV-2025-042');

    const next = history.locator('[data-tactful="case-next"]');
    expect(await next.getAttribute('data-stage')).toBe('pay-overdue-followup');
    // Keyboard: the proposal is a button reached and pressed like any other.
    await next.locator('[data-tactful="use-next"]').focus();
    await mail.keyboard.press('Enter');
    await expect.poll(() => panel(mail).locator('[data-scenario-id="pay-overdue-followup"]').getAttribute('aria-selected')).toBe('true');
    for (const [name, value] of Object.entries({ invoiceNumber: 'INV-2025-042', amount: '1250.50', currency: 'EUR', dueDate: '2025-01-15' })) {
      expect(await panel(mail).locator(`[name="${name}"]`).inputValue(), name).toBe(value);
    }
    if ((await panel(mail).locator('[name="addressForm"]').count()) > 0) expect(await panel(mail).locator('[name="addressForm"]').inputValue()).toBe('female');
    await panel(mail).locator('[data-tactful="close"]').click();
    // Closing without inserting records nothing.
    expect((await caseLog(browser)).letters).toHaveLength(1);

    const options = await openOptionsPage();
    const item = options.locator('[data-tactful="case"][data-invoice="INV-2025-042"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('Jordan Lee');
    expect(await item.textContent()).toContain('Friendly reminder');
    expect(await item.locator('[data-tactful="case-next"]').textContent()).toContain('Overdue follow-up');
    await item.locator('select[name="closeHow"]').selectOption('paid');
    await item.locator('[data-tactful="close-case"]').click();
    await expect.poll(() => options!.locator('[data-tactful="case"]').count()).toBe(0);
    expect(await options.locator('[role="status"]').textContent()).toContain('closed as paid');
    expect(Object.values((await caseLog(browser)).closed).map((closure) => closure.how)).toEqual(['paid']);
  });

  it('keeps a backup before each save, and restores the first save (undoably)', async () => {
    const options = await openOptionsPage();
    const save = async (subject: string) => {
      await editor.locator('input[name="subject"]').fill(subject);
      await options!.locator('[data-tactful="save"]').click();
      await expect.poll(async () => ((await storedState(browser)).sync['letter:pay-friendly-reminder'] as { en?: { subject?: string } } | undefined)?.en?.subject).toBe(subject);
    };
    const editor = await openLetter(options, 'pay-friendly-reminder', 'en');
    await save('First save {{invoiceNumber}}');
    await save('Second save {{invoiceNumber}}');

    const backups = options.locator('[data-tactful="backup"]');
    await expect.poll(() => backups.count()).toBe(2);
    // Newest first: the backup taken before the second save holds the first.
    expect(await backups.first().textContent()).toContain('Friendly reminder');
    await backups.first().locator('[data-tactful="restore-backup"]').click();
    await expect.poll(() => editor.locator('input[name="subject"]').inputValue()).toBe('First save {{invoiceNumber}}');
    await expect.poll(async () => ((await storedState(browser)).sync['letter:pay-friendly-reminder'] as { en: { subject: string } }).en.subject).toBe('First save {{invoiceNumber}}');

    // The restore kept what it replaced: restoring that brings the second save back.
    await expect.poll(() => backups.count()).toBe(3);
    expect(await backups.first().getAttribute('data-reason')).toBe('restore');
    await backups.first().locator('[data-tactful="restore-backup"]').click();
    await expect.poll(() => editor.locator('input[name="subject"]').inputValue()).toBe('Second save {{invoiceNumber}}');
  });
});
