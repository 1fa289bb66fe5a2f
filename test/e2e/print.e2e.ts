import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/chromium';
import { setProfile } from './support/commands';
import { composeLocator, openCompose } from './support/gmail';
import { useGmailPage } from './support/gmail-session';
import { fillLetter, panel, REMINDER_VALUES } from './support/panel';

const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };
const PROFILE = { senderName: 'Ana Novak', businessName: 'Studio Novak', signatureLine: 'Ana Novak · Studio Novak · +386 1 234 5678' };

/** Today as the panel dates the letter (the machine's time zone), written as an English letter writes it. */
function todayInEnglish(): string {
  const now = new Date();
  const iso = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

describe('print', () => {
  let browser: ExtensionBrowser;
  let mail: Page;
  let printed: Page | undefined;
  useGmailPage((b, p) => {
    browser = b;
    mail = p;
  });
  afterEach(async () => {
    await printed?.close();
    printed = undefined;
    // A background tab gets no animation frames, which the panel waits for.
    await mail.bringToFront();
  });

  /** Open a compose window and the panel, and write a reminder in `lang`. */
  async function writeReminder(lang: string, values: Record<string, string> = REMINDER_VALUES): Promise<void> {
    const id = await openCompose(mail, { kind: 'new', to: [JORDAN] });
    await composeLocator(mail, id).locator('[data-tactful="compose-button"]').click();
    await fillLetter(mail, 'pay-friendly-reminder', values, lang);
  }

  /** Click Print; resolves with the page it opens, once that page has asked for the print dialog. */
  async function print(): Promise<Page> {
    const [page] = await Promise.all([browser.context.waitForEvent('page'), panel(mail).locator('[data-tactful="print"]').click()]);
    await page.waitForFunction(() => document.documentElement.dataset.printRequested === '1');
    return page;
  }

  it('opens the letter on an extension page as a formal letter, and asks for the print dialog once', async () => {
    await setProfile(browser, PROFILE);
    await writeReminder('en');
    printed = await print();

    expect(printed.url()).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/src/print/index\\.html\\?id=[\\w-]+$`));
    const sheet = printed.locator('[data-tactful="printed-letter"]');
    expect(await sheet.getAttribute('dir')).toBe('ltr');
    expect(await sheet.getAttribute('lang')).toBe('en');
    expect(await printed.locator('[data-tactful="print-sender"]').innerText()).toBe(`${PROFILE.senderName}\n${PROFILE.businessName}`);
    expect(await printed.locator('[data-tactful="print-date"]').innerText()).toBe(todayInEnglish());
    expect(await printed.locator('[data-tactful="print-recipient"]').innerText()).toBe('Jordan Lee');
    const subject = await printed.locator('[data-tactful="print-subject"]').innerText();
    expect(subject).toContain('INV-2025-042');
    const body = await printed.locator('[data-tactful="print-body"]').innerText();
    expect(body).toContain('€1,250.50');
    expect(body).toContain('15 January 2025');
    expect(body).not.toContain('[');
    expect(await printed.title()).toBe(`Print: ${subject}`);

    // On screen a Print button for a second try; on paper only the letter.
    const again = printed.locator('[data-tactful="print-again"]');
    expect(await again.isVisible()).toBe(true);
    await printed.emulateMedia({ media: 'print' });
    expect(await again.isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await printed.emulateMedia({ media: 'screen' });
    await again.click();
    await printed.waitForFunction(() => document.documentElement.dataset.printRequested === '2');

    // The letter is handed out once; the tab's own copy survives a reload.
    await printed.reload();
    await printed.waitForFunction(() => document.documentElement.dataset.printRequested === '1');
    expect(await printed.locator('[data-tactful="print-subject"]').innerText()).toBe(subject);
  });

  it('prints an Urdu letter right to left with its values isolated', async () => {
    await setProfile(browser, PROFILE);
    await writeReminder('ur');
    printed = await print();

    const sheet = printed.locator('[data-tactful="printed-letter"]');
    expect(await sheet.getAttribute('dir')).toBe('rtl');
    expect(await sheet.getAttribute('lang')).toBe('ur');
    expect(await sheet.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    const isolated = await printed.locator('[data-tactful="print-body"] bdi').allInnerTexts();
    expect(isolated).toContain('INV-2025-042');
    expect(isolated).toContain('€1,250.50');
    expect(await printed.locator('[data-tactful="print-sender"] bdi').first().innerText()).toBe(PROFILE.senderName);
    // Dated in Urdu: the month in Urdu script ("1 دسمبر 2026").
    expect(await printed.locator('[data-tactful="print-date"]').innerText()).toMatch(/^\d{1,2} [\u0600-\u06FF]+ \d{4}$/);
  });

  it('does not print a letter with missing details: it shows the same problems as Insert', async () => {
    await writeReminder('en', { ...REMINDER_VALUES, invoiceNumber: '' });
    const pages = browser.context.pages().length;
    await panel(mail).locator('[data-tactful="print"]').click();
    await expect.poll(() => panel(mail).locator('[role="alert"]').innerText()).toBe('Some details are missing or need a look before the letter can be printed.');
    expect(await panel(mail).locator('[name="invoiceNumber"]').getAttribute('aria-invalid')).toBe('true');
    expect(browser.context.pages()).toHaveLength(pages);
  });
});
