import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useGmailPage } from './support/gmail-session';
import { bodyHtml, composeLocator, openCompose } from './support/gmail';
import { fillLetter, insertVia, panel, REMINDER_VALUES } from './support/panel';

const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };

/** How each language writes €1,250.50 and 15 January 2025 (Intl, the letter's locale). */
const EXPECTED = {
  en: ['€1,250.50', '15 January 2025'],
  ne: ['१,२५०.५०', '२०८१ माघ २'], // Bikram Sambat, the Nepali default
  ur: ['€1,250.50', '15 جنوری 2025'],
  sl: ['1250,50\u00a0€', '15. januar 2025'],
  ms: ['€1,250.50', '15 Januari 2025'],
} as const;

describe('letters in five languages, inserted into Gmail', () => {
  let page: Page;
  useGmailPage((_browser, p) => (page = p));

  it.each(Object.entries(EXPECTED))('inserts a %s reminder with its own number and date formats', async (lang, [money, date]) => {
    const id = await openCompose(page, { kind: 'new', to: [JORDAN], signature: true });
    const button = composeLocator(page, id).locator('[data-tactful="compose-button"]');
    await expect.poll(() => button.count()).toBe(1);
    await insertVia(page, button, 'pay-friendly-reminder', REMINDER_VALUES, lang);
    const html = await bodyHtml(page, id);
    expect(html).toContain('INV-2025-042');
    const text = await page.evaluate((cid) => window.gmailFixture.body(cid).textContent ?? '', id);
    expect(text).toContain(money);
    expect(text).toContain(date);
    expect(html.indexOf('INV-2025-042')).toBeLessThan(html.indexOf('gmail_signature'));
  });

  it('wraps an Urdu letter right to left and keeps ids and amounts readable', async () => {
    const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
    const button = composeLocator(page, id).locator('[data-tactful="compose-button"]');
    await expect.poll(() => button.count()).toBe(1);
    await insertVia(page, button, 'pay-friendly-reminder', REMINDER_VALUES, 'ur');
    const letter = await page.evaluate((cid) => {
      const wrapper = window.gmailFixture.body(cid).querySelector('[dir="rtl"][lang="ur"]') as HTMLElement | null;
      return wrapper && { direction: getComputedStyle(wrapper).direction, isolated: [...wrapper.querySelectorAll('bdi')].map((b) => b.textContent) };
    }, id);
    expect(letter?.direction).toBe('rtl');
    expect(letter?.isolated).toContain('INV-2025-042');
    expect(letter?.isolated).toContain('€1,250.50');
  });

  it('shows the preview right to left for Urdu and the tone check on what the user types, with a rewrite to apply', async () => {
    const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
    await composeLocator(page, id).locator('[data-tactful="compose-button"]').click();
    await fillLetter(page, 'end-constant-complaints', { senderName: 'Ana Novak' }, 'ur');
    expect(await panel(page).locator('[data-tactful="preview"]').getAttribute('dir')).toBe('rtl');
    await panel(page).locator('[data-tactful="letter-language"]').selectOption('en');
    expect(await panel(page).locator('[data-tactful="tone-issue"]').count()).toBe(0);

    await panel(page).locator('[name="reason"]').fill('You always ask for changes.');
    const issue = panel(page).locator('[data-tactful="tone-issue"]');
    await expect.poll(() => issue.count()).toBeGreaterThan(0);
    expect(await issue.first().getAttribute('data-category')).toBe('absolute');
    await issue.first().getByRole('button').click();
    expect(await panel(page).locator('[name="reason"]').inputValue()).not.toContain('always');
    await expect.poll(() => issue.count()).toBe(0);
  });
});
