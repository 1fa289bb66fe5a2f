import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { composeLocator, openCompose, openGmail } from './support/gmail';
import { panel } from './support/panel';

describe('the panel in the browser\'s language', () => {
  let browser: ExtensionBrowser;
  afterAll(async () => {
    await browser?.close();
  });

  it('speaks Slovenian in a Slovenian browser, numbers and dates included, and writes Slovenian letters', async () => {
    browser = await launchWithExtension('sl-SI');
    const page = await openGmail(browser.openMail);
    const id = await openCompose(page, { kind: 'new', to: [{ name: 'Jure Novak', email: 'jure@example.com' }] });
    const button = composeLocator(page, id).locator('[data-tactful="compose-button"]');
    await expect.poll(() => button.count()).toBe(1);
    expect(await button.getAttribute('aria-label')).toBe('Napiši takten dopis');
    await button.click();
    expect(await panel(page).locator('[data-tactful="insert"]').textContent()).toBe('Vstavi pismo');

    await panel(page).locator('[data-scenario-id="pay-before-due"]').click();
    expect(await panel(page).locator('[data-tactful="letter-language"]').inputValue()).toBe('sl');
    const sevenDaysAgo = await page.evaluate(() => new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));
    await panel(page).locator('[name="dueDate"]').fill(sevenDaysAgo);
    const hint = panel(page).locator('[data-tactful="stage-hint"]');
    await expect.poll(() => hint.textContent()).toContain('7 dni po roku plačila');
    expect(await hint.textContent()).toContain('Opomin');
    const preview = panel(page).locator('[data-tactful="preview"]');
    // Neutral until the user says how to address the recipient; then the Slovenian form for him.
    expect(await preview.textContent()).toContain('Pozdravljeni,');
    await panel(page).locator('select[name="addressForm"]').selectOption('male');
    await expect.poll(() => preview.textContent()).toContain('Spoštovani gospod Jure Novak,');
  });
});
