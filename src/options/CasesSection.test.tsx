// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://tactful.test/src/options/index.html" }
import type { i18n } from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLetters } from '../i18n/letter-texts';
import { createI18n } from '../i18n/setup';
import { MemoryArea, SYNC_ITEM_BYTES, SYNC_TOTAL_BYTES } from '../storage/areas';
import { CASE_LOG_KEY, readCaseLog } from '../storage/case-log';
import { readUserData } from '../storage/user-data';
import { OptionsPage } from './OptionsPage';

let i18n: i18n;
let container: HTMLElement;
let sync: MemoryArea;
let local: MemoryArea;

async function show(): Promise<void> {
  const env = {
    areas: { sync, local },
    watch: () => undefined,
    shortcuts: { way: 'chrome-page' as const, read: async () => ({}), openSettings: async () => undefined },
    siteAccess: { granted: async () => true, request: async () => true },
  };
  const initialData = await readUserData({ sync, local });
  await act(() => render(<OptionsPage i18n={i18n} env={env} initialData={initialData} browserLanguage="en" />, container));
  await settle();
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const letter = { id: 'a1', scenarioId: 'pay-friendly-reminder', group: 'payment', sentAt: '2025-01-16T10:00:00.000Z', recipientAddress: 'jordan@example.com', recipientName: 'Jordan Lee', invoiceNumber: 'INV-1', dueDate: '2025-01-15' };

describe('open cases and backups in the options page', () => {
  beforeAll(async () => {
    i18n = await createI18n('en');
    await loadLetters(i18n, 'en');
  });
  beforeEach(() => {
    sync = new MemoryArea({ item: SYNC_ITEM_BYTES, total: SYNC_TOTAL_BYTES });
    local = new MemoryArea();
    local.items.set(CASE_LOG_KEY, { letters: [letter], closed: {} });
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(async () => {
    await act(() => render(null, container));
    container.remove();
  });

  it('shows an open case with its next step, and closes it', async () => {
    await show();
    const item = $('[data-tactful="case"][data-invoice="INV-1"]')!;
    expect(item.textContent).toContain('Jordan Lee');
    expect(item.querySelector('[data-tactful="case-next"]')!.textContent).toContain('Overdue follow-up');
    expect(item.querySelector('[data-tactful="case-next"]')!.textContent).toMatch(/Jan 22, 2025|22 Jan 2025/);
    await act(() => item.querySelector<HTMLElement>('[data-tactful="close-case"]')!.click());
    await settle();
    expect($('[data-tactful="case"]')).toBeNull();
    expect(Object.values((await readCaseLog(local)).closed)).toMatchObject([{ how: 'paid' }]);
  });

  it('says so in an alert when storage is full, and loses nothing', async () => {
    await show();
    local.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await act(() => $('[data-tactful="close-case"]')!.click());
    await settle();
    expect($('[role="alert"]')!.textContent).toContain('storage for Tactful is full');
    expect($('[data-tactful="case"]')).not.toBeNull();

    // A profile save whose backup cannot be kept is not made.
    const name = $('input[name="senderName"]') as HTMLInputElement;
    await act(() => {
      name.value = 'Ana';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => $('[data-tactful="save-profile"]')!.click());
    await settle();
    expect($('[role="alert"]')!.textContent).toContain('storage for Tactful is full');
    expect(sync.items.get('profile')).toBeUndefined();
    expect(name.value).toBe('Ana');
  });
});
