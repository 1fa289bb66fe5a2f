import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/chromium';
import { bodyHtml, composeLocator, openCompose } from './support/gmail';
import { letterEditor, openLetter, storedState, userState } from './support/options';
import { useMailAndOptions } from './support/options-session';
import { fillLetter, insertVia, panel, REMINDER_VALUES } from './support/panel';

const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };
const BUILT_IN_SENTENCE = 'I know how easily these things can slip through the net in a busy week, so I thought a quick note might help.';
const EDITED_SENTENCE = 'Busy weeks happen to all of us, so here is a gentle nudge.';

/** Back to the mail tab: a background tab gets no animation frames, which the panel waits for. */
async function newCompose(mail: Page): Promise<string> {
  await mail.bringToFront();
  return openCompose(mail, { kind: 'new', to: [JORDAN] });
}

function composeButton(page: Page, id: string) {
  return composeLocator(page, id).locator('[data-tactful="compose-button"]');
}

/** Replace the built-in sentence of the English friendly reminder, change its subject, save. */
async function editFriendlyReminder(options: Page, sentence: string, subject = 'Payment reminder: invoice {{invoiceNumber}}'): Promise<void> {
  const editor = await openLetter(options, 'pay-friendly-reminder', 'en');
  await editor.locator('input[name="subject"]').fill(subject);
  const body = editor.locator('textarea[name="body"]');
  const text = await body.inputValue();
  expect(text).toContain(BUILT_IN_SENTENCE);
  await body.fill(text.replace(BUILT_IN_SENTENCE, sentence));
  await options.locator('[data-tactful="save"]').click();
  await expect.poll(() => options.locator('[role="status"]').textContent()).toContain('Saved');
}

async function chooseFile(options: Page, name: string, content: string | Buffer): Promise<void> {
  await options.locator('input[type=file][data-tactful="import"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

describe('options page', () => {
  let browser: ExtensionBrowser;
  let mail: Page;
  const openOptionsPage = useMailAndOptions((b, m) => ([browser, mail] = [b, m]));

  it('saves an edited built-in letter as a difference, and Gmail gets the edited letter', async () => {
    const options = await openOptionsPage();
    await editFriendlyReminder(options, EDITED_SENTENCE);

    const { sync } = await storedState(browser);
    const override = (sync['letter:pay-friendly-reminder'] as { en: { subject: string; body: string } }).en;
    expect(override.subject).toBe('Payment reminder: invoice {{invoiceNumber}}');
    expect(override.body).toContain(EDITED_SENTENCE);
    expect(Object.keys(sync['letter:pay-friendly-reminder'] as object)).toEqual(['en']);
    expect(await options.locator('[data-tactful="letter-area"]').getAttribute('data-area')).toBe('sync');

    const id = await newCompose(mail);
    await insertVia(mail, composeButton(mail, id), 'pay-friendly-reminder', REMINDER_VALUES);
    const html = await bodyHtml(mail, id);
    expect(html).toContain(EDITED_SENTENCE);
    expect(html).not.toContain('slip through');
    expect(await composeLocator(mail, id).locator('input[name=subjectbox]').inputValue()).toBe('Payment reminder: invoice INV-2025-042');
  });

  it('reaches a panel that is already open, and a reset brings the built-in text back there', async () => {
    const id = await newCompose(mail);
    await composeButton(mail, id).click();
    await fillLetter(mail, 'pay-friendly-reminder', REMINDER_VALUES);
    const preview = panel(mail).locator('[data-tactful="preview"]');
    await expect.poll(() => preview.textContent()).toContain(BUILT_IN_SENTENCE);

    const options = await openOptionsPage();
    await editFriendlyReminder(options, EDITED_SENTENCE);
    await expect.poll(() => preview.textContent()).toContain(EDITED_SENTENCE);

    await letterEditor(options, 'pay-friendly-reminder', 'en').locator('[data-tactful="reset"]').click();
    await expect.poll(() => options!.locator('[role="status"]').textContent()).toContain('original text is back');
    expect(await letterEditor(options, 'pay-friendly-reminder', 'en').locator('textarea[name="body"]').inputValue()).toContain(BUILT_IN_SENTENCE);
    await expect.poll(() => preview.textContent()).toContain(BUILT_IN_SENTENCE);
    expect((await storedState(browser)).sync['letter:pay-friendly-reminder']).toBeUndefined();

    await panel(mail).locator('[data-tactful="insert"]').click();
    await expect.poll(() => bodyHtml(mail, id)).toContain(BUILT_IN_SENTENCE);
  });

  it('duplicates a situation into an own one that the panel lists and inserts', async () => {
    const options = await openOptionsPage();
    await openLetter(options, 'pay-friendly-reminder', 'en');
    await options.locator('[data-tactful="duplicate"]').click();
    await options.locator('dialog input[name="scenarioName"]').fill('Late again');
    await options.locator('dialog [data-tactful="confirm"]').click();
    const editor = letterEditor(options, 'custom-late-again', 'en');
    await editor.waitFor();
    await editor.locator('input[name="subject"]').fill('Still open: invoice {{invoiceNumber}}');
    await options.locator('[data-tactful="save"]').click();
    await expect.poll(() => options!.locator('[role="status"]').textContent()).toContain('Saved');

    const id = await newCompose(mail);
    await composeButton(mail, id).click();
    await expect.poll(() => panel(mail).locator('[data-tactful="scenario"][data-scenario-id="custom-late-again"]').count()).toBe(1);
    expect(await panel(mail).locator('[data-scenario-id="custom-late-again"]').textContent()).toContain('Late again');
    await panel(mail).locator('[data-tactful="close"]').click();
    await insertVia(mail, composeButton(mail, id), 'custom-late-again', REMINDER_VALUES);
    expect(await bodyHtml(mail, id)).toContain('INV-2025-042');
    expect(await composeLocator(mail, id).locator('input[name=subjectbox]').inputValue()).toBe('Still open: invoice INV-2025-042');
  });

  it('fills the sender’s name in the panel from the saved profile', async () => {
    const options = await openOptionsPage();
    await options.locator('input[name="senderName"]').fill('Mira Kovač');
    await options.locator('input[name="currency"]').fill('myr');
    await options.locator('[data-tactful="save-profile"]').click();
    await expect.poll(() => options!.locator('[role="status"]').textContent()).toContain('details are saved');
    expect((await storedState(browser)).sync.profile).toMatchObject({ senderName: 'Mira Kovač', currency: 'MYR' });

    const id = await newCompose(mail);
    await composeButton(mail, id).click();
    await panel(mail).locator('[data-tactful="scenario"][data-scenario-id="pay-friendly-reminder"]').click();
    expect(await panel(mail).locator('[name="senderName"]').inputValue()).toBe('Mira Kovač');
    expect(await panel(mail).locator('[name="currency"]').inputValue()).toBe('MYR');
  });

  it('shows an empty subject as an error and does not store it', async () => {
    const options = await openOptionsPage();
    const editor = await openLetter(options, 'pay-friendly-reminder', 'en');
    await editor.locator('input[name="subject"]').fill('');
    await expect.poll(() => editor.locator('[data-tactful="template-issue"]').allTextContents()).toContain('The subject is empty.');
    expect(await editor.locator('input[name="subject"]').getAttribute('aria-invalid')).toBe('true');
    await options.locator('[data-tactful="save"]').click();
    await expect.poll(() => options!.locator('[role="alert"]').textContent()).toContain('Not saved');
    expect(userState(await storedState(browser))).toEqual({ sync: {}, local: {} });
  });

  it('refuses a malformed file, and files of another format or version, changing nothing', async () => {
    const options = await openOptionsPage();
    await editFriendlyReminder(options, EDITED_SENTENCE);
    const before = await storedState(browser);
    const alert = options.locator('[role="alert"]');

    await chooseFile(options, 'broken.json', '{ "format": "tactful-export", ');
    await expect.poll(() => alert.textContent()).toContain('cannot be read as a Tactful export');
    await chooseFile(options, 'other.json', JSON.stringify({ format: 'another-tool', items: [] }));
    await expect.poll(() => alert.textContent()).toContain('not a Tactful export file');
    await chooseFile(options, 'future.json', JSON.stringify({ format: 'tactful-export', version: 99, profile: {}, letters: {}, custom: [] }));
    await expect.poll(() => alert.textContent()).toContain('another version of Tactful (99)');
    await chooseFile(options, 'damaged.json', JSON.stringify({ format: 'tactful-export', version: 1, profile: {}, letters: { 'pay-terms': { en: { subject: 7 } } }, custom: [] }));
    await expect.poll(() => alert.textContent()).toContain('damaged');

    expect(await options.locator('[data-tactful="import-preview"]').count()).toBe(0);
    expect(userState(await storedState(browser))).toEqual(userState(before));
  });

  it('imports its own export: nothing changes, and after a change the file brings the state back', async () => {
    const options = await openOptionsPage();
    await editFriendlyReminder(options, EDITED_SENTENCE);
    await options.locator('input[name="senderName"]').fill('Ana Novak');
    await options.locator('[data-tactful="save-profile"]').click();
    await expect.poll(async () => (await storedState(browser)).sync.profile).toMatchObject({ senderName: 'Ana Novak' });
    const exported = userState(await storedState(browser));

    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-tactful="export"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^tactful-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await readFile((await download.path())!);
    expect(JSON.parse(file.toString()).letters['pay-friendly-reminder'].en.body).toContain(EDITED_SENTENCE);

    await chooseFile(options, download.suggestedFilename(), file);
    await options.locator('[data-tactful="import-unchanged"]').waitFor();
    await options.locator('[data-tactful="cancel-import"]').click();

    await letterEditor(options, 'pay-friendly-reminder', 'en').locator('[data-tactful="reset-all"]').click();
    await expect.poll(async () => (await storedState(browser)).sync['letter:pay-friendly-reminder']).toBeUndefined();

    await chooseFile(options, download.suggestedFilename(), file);
    const preview = options.locator('[data-tactful="import-preview"]');
    await expect.poll(() => preview.locator('[data-group="lettersAdded"]').textContent()).toContain('Friendly reminder');
    await preview.locator('[data-tactful="apply-import"]').click();
    await expect.poll(() => options!.locator('[role="status"]').textContent()).toContain('Imported');
    expect(userState(await storedState(browser))).toEqual(exported);
    expect(await letterEditor(options, 'pay-friendly-reminder', 'en').locator('textarea[name="body"]').inputValue()).toContain(EDITED_SENTENCE);
  });

  it('shows the command shortcuts and opens Chrome’s shortcut settings', async () => {
    const options = await openOptionsPage();
    await expect.poll(() => options!.locator('[data-command="open-panel"] kbd').textContent()).toBe('Alt+Shift+L');
    expect(await options.locator('[data-command="insert-last"] kbd').textContent()).toBe('Alt+Shift+K');
    const [settings] = await Promise.all([browser.context.waitForEvent('page'), options.locator('[data-tactful="shortcut-settings"]').click()]);
    await expect.poll(() => settings.url()).toBe('chrome://extensions/shortcuts');
    await settings.close();
  });

  it('speaks Urdu right to left when that is the chosen language', async () => {
    const options = await openOptionsPage('?scenario=pay-friendly-reminder&lang=ur');
    await options.locator('select[name="uiLanguage"]').selectOption('ur');
    await options.locator('[data-tactful="save-profile"]').click();
    await expect.poll(() => options!.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('ur');
    expect(await options.locator('h1').textContent()).not.toBe('Tactful settings');
    expect(await letterEditor(options, 'pay-friendly-reminder', 'ur').locator('textarea[name="body"]').getAttribute('dir')).toBe('rtl');
    expect(await options.locator('[data-tactful="preview"]').getAttribute('dir')).toBe('rtl');
  });

  it('passes axe-core with no serious or critical violations, a letter open', async () => {
    const options = await openOptionsPage('?scenario=pay-friendly-reminder&lang=en');
    await letterEditor(options, 'pay-friendly-reminder', 'en').locator('input[name="subject"]').fill('You failed to pay {{invoiceNumber}}');
    await options.locator('[data-tactful="tone-issue"]').first().waitFor();
    await options.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await options.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
  });

  it('makes no network request from the extension', () => {
    expect(browser.extensionRequests.filter((url) => !/^(chrome-extension|blob|chrome):/.test(url))).toEqual([]);
  });
});
