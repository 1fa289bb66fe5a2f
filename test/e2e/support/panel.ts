import type { Locator, Page } from 'playwright-core';

export const REMINDER_VALUES = {
  invoiceNumber: 'INV-2025-042',
  amount: '1250.50',
  currency: 'EUR',
  dueDate: '2025-01-15',
  senderName: 'Ana Novak',
};

export function panel(page: Page): Locator {
  return page.locator('tactful-panel');
}

/** Choose a situation in the open panel and fill its fields (each value typed into name=<id>). */
export async function fillLetter(page: Page, scenarioId: string, values: Record<string, string>, lang?: string): Promise<void> {
  const root = panel(page);
  await root.locator(`[data-tactful="scenario"][data-scenario-id="${scenarioId}"]`).click();
  if (lang) await root.locator('[data-tactful="letter-language"]').selectOption(lang);
  for (const [name, value] of Object.entries(values)) await root.locator(`[name="${name}"]`).fill(value);
}

/** Click the compose button, write a letter, insert it, and wait for the panel to close. */
export async function insertVia(page: Page, button: Locator, scenarioId: string, values: Record<string, string>, lang?: string): Promise<void> {
  await button.click();
  await fillLetter(page, scenarioId, values, lang);
  await panel(page).locator('[data-tactful="insert"]').click();
  await page.waitForFunction(() => document.querySelector('tactful-panel') === null);
}
