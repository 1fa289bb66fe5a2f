// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://tactful.test/src/options/index.html" }
import type { i18n } from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLetters } from '../i18n/letter-texts';
import { createI18n } from '../i18n/setup';
import { LETTER_LANGUAGES } from '../letters/types';
import { MemoryArea, SYNC_ITEM_BYTES, SYNC_TOTAL_BYTES } from '../storage/areas';
import { readUserData, type UserData } from '../storage/user-data';
import type { OptionsEnvironment } from './options-environment';
import { OptionsPage } from './OptionsPage';

let i18n: i18n;
let container: HTMLElement;
let sync: MemoryArea;
let local: MemoryArea;

function environment(): OptionsEnvironment {
  return {
    areas: { sync, local },
    watch: () => undefined,
    shortcuts: { way: 'chrome-page', read: async () => ({ 'open-panel': 'Alt+Shift+L', 'insert-last': '' }), openSettings: async () => undefined },
    siteAccess: { granted: async () => siteAccessGranted, request: async () => (siteAccessGranted = true) },
  };
}

let siteAccessGranted = true;

async function show(data?: UserData): Promise<void> {
  const initial = data ?? (await readUserData({ sync, local }));
  await act(() => render(<OptionsPage i18n={i18n} env={environment()} initialData={initial} browserLanguage="en" />, container));
  await settle();
}

/** Let pending promises (storage writes) and the renders they cause finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const alertText = () => $('[role="alert"]').textContent ?? '';
const statusText = () => $('[role="status"]').textContent ?? '';

async function type(selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(selector);
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(selector: string): Promise<void> {
  await act(() => $(selector).click());
  await settle();
}

const editor = '[data-tactful="letter-editor"][data-scenario-id="pay-friendly-reminder"][data-lang="en"]';

describe('the options page', () => {
  beforeAll(async () => {
    i18n = await createI18n('en');
    await Promise.all(LETTER_LANGUAGES.map((lang) => loadLetters(i18n, lang)));
  });
  beforeEach(() => {
    sync = new MemoryArea({ item: SYNC_ITEM_BYTES, total: SYNC_TOTAL_BYTES });
    local = new MemoryArea();
    history.replaceState(null, '', '?scenario=pay-friendly-reminder&lang=en');
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(async () => {
    await act(() => render(null, container));
    container.remove();
    await i18n.changeLanguage('en');
  });

  it('says when it may not run on the mail sites, and asks again on a click', async () => {
    siteAccessGranted = false;
    await show();
    expect(container.querySelector('[data-tactful="site-access"]')?.textContent).toContain('cannot reach Gmail and Outlook');
    await click('[data-tactful="site-access"] button');
    expect(container.querySelector('[data-tactful="site-access"]')).toBeNull();
    siteAccessGranted = true;
    await show();
    expect(container.querySelector('[data-tactful="site-access"]')).toBeNull();
  });

  it('stores an edit of a built-in letter as the difference only', async () => {
    await show();
    await type(`${editor} input[name="subject"]`, 'Invoice {{invoiceNumber}}: a reminder');
    await click('[data-tactful="save"]');
    expect(statusText()).toContain('Saved');
    expect(sync.items.get('letter:pay-friendly-reminder')).toEqual({ en: { subject: 'Invoice {{invoiceNumber}}: a reminder' } });
  });

  it('shows an empty subject as a problem and refuses to save it', async () => {
    await show();
    await type(`${editor} input[name="subject"]`, '   ');
    expect($('[data-tactful="template-issue"]').textContent).toBe('The subject is empty.');
    expect($(`${editor} input[name="subject"]`).getAttribute('aria-invalid')).toBe('true');
    await click('[data-tactful="save"]');
    expect(alertText()).toContain('Not saved');
    expect(sync.items.size + local.items.size).toBe(0);
  });

  it('keeps the text and says why when storage refuses the write', async () => {
    await show();
    sync.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await type(`${editor} textarea[name="body"]`, 'Dear {{clientName}},\n\nA short note.');
    await click('[data-tactful="save"]');
    expect(alertText()).toContain('storage for Tactful is full');
    expect($<HTMLTextAreaElement>(`${editor} textarea[name="body"]`).value).toBe('Dear {{clientName}},\n\nA short note.');

    sync.failWrites = new Error('Extension context invalidated.');
    await click('[data-tactful="save"]');
    expect(alertText()).toContain('could not reach the browser’s storage');
    expect(sync.items.size).toBe(0);

    sync.failWrites = null;
    await click('[data-tactful="save"]');
    expect(sync.items.get('letter:pay-friendly-reminder')).toEqual({ en: { body: 'Dear {{clientName}},\n\nA short note.' } });
  });

  it('restores the original text and can undo that', async () => {
    sync.items.set('letter:pay-friendly-reminder', { en: { subject: 'Mine' }, sl: { body: 'Moje' } });
    await show();
    expect($<HTMLInputElement>(`${editor} input[name="subject"]`).value).toBe('Mine');
    await click('[data-tactful="reset"]');
    expect($<HTMLInputElement>(`${editor} input[name="subject"]`).value).toBe('Friendly reminder: invoice {{invoiceNumber}}');
    expect(sync.items.get('letter:pay-friendly-reminder')).toEqual({ sl: { body: 'Moje' } });
    await click('[role="status"] button.link');
    expect(sync.items.get('letter:pay-friendly-reminder')).toEqual({ sl: { body: 'Moje' }, en: { subject: 'Mine' } });
    await click('[data-tactful="reset-all"]');
    expect(sync.items.has('letter:pay-friendly-reminder')).toBe(false);
  });

  it('keeps a draft per language tab and warns before the page is left with it', async () => {
    await show();
    await type(`${editor} input[name="subject"]`, 'Changed');
    await click('[role="tab"][data-lang="sl"]');
    expect($('[data-tactful="letter-editor"]').dataset.lang).toBe('sl');
    expect($('[role="tab"][data-lang="en"]').textContent).toContain('unsaved changes');
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    await click('[role="tab"][data-lang="en"]');
    expect($<HTMLInputElement>(`${editor} input[name="subject"]`).value).toBe('Changed');
  });

  it('asks before leaving a letter with unsaved edits for another one', async () => {
    await show();
    await type(`${editor} input[name="subject"]`, 'Changed');
    await click('[data-tactful="scenario"][data-scenario-id="pay-terms"]');
    expect($('dialog').textContent).toContain('unsaved changes');
    await click('dialog [data-tactful="cancel"]');
    expect($('[data-tactful="letter-editor"]').dataset.scenarioId).toBe('pay-friendly-reminder');
    await click('[data-tactful="scenario"][data-scenario-id="pay-terms"]');
    await click('dialog [data-tactful="discard"]');
    expect($('[data-tactful="letter-editor"]').dataset.scenarioId).toBe('pay-terms');
    expect(sync.items.size).toBe(0);
  });

  it('inserts a placeholder at the cursor in the letter text', async () => {
    await show();
    const body = $<HTMLTextAreaElement>(`${editor} textarea[name="body"]`);
    await type(`${editor} textarea[name="body"]`, 'Dear ,');
    body.setSelectionRange(5, 5);
    await click('[data-placeholder="clientName"]');
    expect(body.value).toBe('Dear {{clientName}},');
  });

  it('duplicates a situation into an own one and deletes it again', async () => {
    await show();
    await click('[data-tactful="duplicate"]');
    await type('dialog input[name="scenarioName"]', 'Late again');
    await click('dialog [data-tactful="confirm"]');
    const stored = sync.items.get('custom:custom-late-again') as { baseId: string; fieldIds: string[]; letters: object };
    expect(stored.baseId).toBe('pay-friendly-reminder');
    expect(stored.fieldIds).toContain('invoiceNumber');
    expect(stored.letters).toEqual({});
    expect($('[data-tactful="letter-editor"]').dataset.scenarioId).toBe('custom-late-again');
    expect($('[data-tactful="scenario"][data-scenario-id="custom-late-again"]')).not.toBeNull();
    await click('[data-tactful="delete"]');
    await click('dialog [data-tactful="confirm"]');
    expect(sync.items.has('custom:custom-late-again')).toBe(false);
  });

  it('reports stored values it could not read, and still works', async () => {
    sync.items.set('letter:pay-terms', { en: { subject: 42 } });
    sync.items.set('profile', { senderName: 'Ana', reminderOffsets: [30, 1] });
    await show();
    expect(alertText()).toContain('could not be read');
    expect(alertText()).toContain('Payment terms');
    expect(alertText()).toContain('When each payment reminder fits');
    expect($<HTMLInputElement>('input[name="senderName"]').value).toBe('Ana');
  });

  it('validates and saves the profile, then speaks the chosen language', async () => {
    await show();
    await type('input[name="reminderOffsets.2"]', '0');
    await type('input[name="senderName"]', 'Ana Novak');
    await click('[data-tactful="save-profile"]');
    expect(alertText()).toContain('check the highlighted');
    expect($('input[name="reminderOffsets.2"]').getAttribute('aria-invalid')).toBe('true');
    expect(sync.items.has('profile')).toBe(false);

    await type('input[name="reminderOffsets.2"]', '8');
    await act(() => {
      const select = $<HTMLSelectElement>('select[name="uiLanguage"]');
      select.value = 'ur';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click('[data-tactful="save-profile"]');
    expect(sync.items.get('profile')).toMatchObject({ senderName: 'Ana Novak', uiLanguage: 'ur', reminderOffsets: [-3, 1, 8, 14, 30] });
    // The Urdu strings are fetched when the language changes.
    await vi.waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ur');
  });

  it('shows the shortcuts the browser reports', async () => {
    await show();
    expect($('[data-command="open-panel"] kbd').textContent).toBe('Alt+Shift+L');
    expect($('[data-command="insert-last"]').textContent).toContain('Not set');
  });
});
