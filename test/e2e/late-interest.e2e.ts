import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/chromium';
import { setProfile } from './support/commands';
import { bodyHtml, composeLocator, openCompose } from './support/gmail';
import { useGmailPage } from './support/gmail-session';
import { fillLetter, panel } from './support/panel';

const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };

/** An ISO date `days` before today, as the page's clock has it (the panel counts from that day). */
function daysAgo(page: Page, days: number): Promise<string> {
  return page.evaluate((n) => {
    const date = new Date();
    date.setDate(date.getDate() - n);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  }, days);
}

/**
 * The worked example checked by hand: EUR 1,000.00 unpaid 73 days past its due date, EU law,
 * ECB reference rate 2.15 % → 10.15 % a year → 1000 × 0.1015 × 73 / 365 = EUR 20.30 of interest,
 * plus the fixed EUR 40 for recovery costs.
 */
async function insertFollowUpWithInterest(browser: ExtensionBrowser, page: Page, lang: string): Promise<string> {
  await setProfile(browser, { senderName: 'Ana Novak', lateInterestLaw: 'eu', referenceRate: { percent: 2.15, from: '2025-07-01' } });
  const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
  const button = composeLocator(page, id).locator('[data-tactful="compose-button"]');
  await expect.poll(() => button.count()).toBe(1);
  await button.click();
  await fillLetter(page, 'pay-overdue-followup', {
    invoiceNumber: 'INV-73',
    amount: '1000',
    currency: 'EUR',
    dueDate: await daysAgo(page, 73),
    respondBy: await daysAgo(page, -7),
  }, lang);
  await panel(page).locator('[name="statutoryInterest"]').check();
  await panel(page).locator('[data-tactful="insert"]').click();
  await expect.poll(() => panel(page).count()).toBe(0);
  return bodyHtml(page, id);
}

describe('statutory late-payment interest in the letter', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  useGmailPage((b, p) => ([browser, page] = [b, p]));

  it('states the interest so far, the rate and days used, and the fixed compensation (English)', async () => {
    const body = await insertFollowUpWithInterest(browser, page, 'en');
    expect(body).toContain('€20.30');
    expect(body).toContain('10.15%');
    expect(body).toContain('73 days');
    expect(body).toContain('€40.00');
  });

  it('states the same figures in Slovenian, in Slovenian formats', async () => {
    const body = await insertFollowUpWithInterest(browser, page, 'sl');
    // Slovenian money keeps its no-break space before the euro sign (&nbsp; in the body's HTML).
    expect(body).toContain('20,30&nbsp;€');
    expect(body).toContain('10,15&nbsp;%');
    expect(body).toContain('73 dni');
    expect(body).toContain('40,00&nbsp;€');
    expect(body).not.toContain('€20.30');
  });

  it('refuses a contract late rate beside statutory interest, says why at the rate, and inserts nothing', async () => {
    await setProfile(browser, { senderName: 'Ana Novak', lateInterestLaw: 'eu', referenceRate: { percent: 2.15, from: '2025-07-01' } });
    const id = await openCompose(page, { kind: 'new', to: [JORDAN] });
    const before = await bodyHtml(page, id);
    await composeLocator(page, id).locator('[data-tactful="compose-button"]').click();
    await fillLetter(page, 'pay-final-notice', { invoiceNumber: 'INV-74', amount: '1000', currency: 'EUR', dueDate: await daysAgo(page, 30), respondBy: await daysAgo(page, -7), lateFeeRate: '1.5' }, 'en');
    await panel(page).locator('[name="statutoryInterest"]').check();
    await panel(page).locator('[data-tactful="insert"]').click();
    const rate = panel(page).locator('[name="lateFeeRate"]');
    await expect.poll(() => rate.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => panel(page).locator('.field', { has: page.locator('[name="lateFeeRate"]') }).textContent()).toContain('the law gives it only where the contract sets no rate');
    expect(await panel(page).count()).toBe(1);
    expect(await bodyHtml(page, id)).toBe(before);
    // Either claim alone goes in.
    await rate.fill('');
    await panel(page).locator('[data-tactful="insert"]').click();
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await bodyHtml(page, id)).toContain('INV-74');
  });
});
