import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/chromium';
import { bodyHtml, composeLocator, openCompose } from './support/gmail';
import { openLetter, storedState } from './support/options';
import { useMailAndOptions } from './support/options-session';
import { fillLetter, panel, REMINDER_VALUES } from './support/panel';
import { SHIPPED_REFERENCE_RATES } from '../../src/letters/reference-rates';

const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };
// The opening of the English friendly reminder in each voice (its wording may be polished; the voice stays).
const I_SENTENCE = 'I hope all is well.';
const WE_SENTENCE = 'We hope all is well.';

/** A new compose window to Jordan with the panel open on it (the mail tab brought to the front first). */
async function openPanelFor(mail: Page): Promise<string> {
  await mail.bringToFront();
  const id = await openCompose(mail, { kind: 'new', to: [JORDAN] });
  const button = composeLocator(mail, id).locator('[data-tactful="compose-button"]');
  await expect.poll(() => button.count()).toBe(1);
  await button.click();
  await panel(mail).locator('[data-tactful="search"]').waitFor();
  return id;
}

/** data-done of every checklist item, by item id. */
function checklistState(mail: Page): Promise<Record<string, string | null>> {
  return panel(mail)
    .locator('[data-tactful="checklist-item"]')
    .evaluateAll((items) => Object.fromEntries(items.map((item) => [item.getAttribute('data-item'), item.getAttribute('data-done')])));
}

describe('letter settings: greeting, checklist, voice', () => {
  let browser: ExtensionBrowser;
  let mail: Page;
  const openOptionsPage = useMailAndOptions((b, m) => ([browser, mail] = [b, m]));

  it('changes the greeting live with the address form, keeps Urdu right to left, and ticks off the checklist as fields fill', async () => {
    const id = await openPanelFor(mail);
    await fillLetter(mail, 'end-general', { senderName: 'Ana Novak' }, 'sl');
    const root = panel(mail);
    const preview = root.locator('[data-tactful="preview"]');
    const addressForm = root.locator('select[name="addressForm"]');

    // Neutral by default, with all three forms offered.
    expect(await addressForm.inputValue()).toBe('neutral');
    expect(await addressForm.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(['female', 'male', 'neutral']);
    await expect.poll(() => preview.textContent()).toContain('Pozdravljeni');
    await addressForm.selectOption('female');
    await expect.poll(() => preview.textContent()).toContain('Spoštovana gospa Jordan Lee');
    await addressForm.selectOption('male');
    await expect.poll(() => preview.textContent()).toContain('Spoštovani gospod Jordan Lee');
    expect(await preview.textContent()).not.toContain('Spoštovana gospa');

    // Urdu stays right to left, with the greeting of the chosen form.
    await root.locator('[data-tactful="letter-language"]').selectOption('ur');
    await expect.poll(() => preview.getAttribute('dir')).toBe('rtl');
    expect(await preview.getAttribute('lang')).toBe('ur');
    await expect.poll(() => preview.textContent()).toContain('Jordan Lee');

    // The checklist: the last day is proposed, the rest fills in as the user goes.
    await expect.poll(() => checklistState(mail)).toEqual({ effectiveDate: 'true', notice: 'false', outstanding: 'false', handover: 'false', materials: 'false', rights: 'false', confidentiality: 'false' });
    await root.locator('[name="noticeDays"]').fill('30');
    await root.locator('[name="outstandingAmount"]').fill('400');
    await root.locator('[name="handover"]').fill('Design files');
    await root.locator('[name="confidentiality"]').check();
    await expect.poll(() => checklistState(mail)).toMatchObject({ notice: 'true', outstanding: 'true', handover: 'true', confidentiality: 'true', materials: 'false', rights: 'false' });
    // "Not needed" ticks an item off without a field; emptying a field opens it again.
    await root.locator('[data-tactful="checklist-item"][data-item="rights"] [data-tactful="checklist-not-needed"]').check();
    await root.locator('[name="noticeDays"]').fill('');
    await expect.poll(() => checklistState(mail)).toMatchObject({ rights: 'true', notice: 'false', materials: 'false' });

    // It guides and never blocks: Insert goes ahead with items still open.
    await root.locator('[data-tactful="insert"]').click();
    await expect.poll(() => mail.locator('tactful-panel').count()).toBe(0);
    expect(await bodyHtml(mail, id)).toContain('Jordan Lee');
  });

  it('notes under statutory interest which rate applies, from the browser’s region (en-GB: UK)', async () => {
    await openPanelFor(mail);
    await fillLetter(mail, 'pay-friendly-reminder', REMINDER_VALUES);
    const note = panel(mail).locator('#tactful-field-statutoryInterest-note');
    const rate = `${SHIPPED_REFERENCE_RATES.uk.percent + 8}%`;
    await expect.poll(() => note.textContent()).toContain(rate);
    expect(await note.textContent()).toContain('only where your contract sets no other rate');
    await panel(mail).locator('[name="statutoryInterest"]').check();
    await expect.poll(() => panel(mail).locator('[data-tactful="preview"]').textContent()).toContain(`${rate} a year`);
  });

  it('saves the voice in the options page, and the panel then writes the “we” letter', async () => {
    await openPanelFor(mail);
    await fillLetter(mail, 'pay-friendly-reminder', REMINDER_VALUES);
    const preview = panel(mail).locator('[data-tactful="preview"]');
    await expect.poll(() => preview.textContent()).toContain(I_SENTENCE);

    const options = await openOptionsPage();
    const voice = options.locator('select[name="voice"]');
    expect(await voice.inputValue()).toBe('i');
    expect(await options.locator('select[name="senderForm"]').inputValue()).toBe('neutral');
    expect(await options.locator('select[name="nepaliCalendar"]').inputValue()).toBe('bs');
    expect(await options.locator('select[name="lateInterestLaw"]').inputValue()).toBe('');
    // en-GB: the UK law, with the rate Tactful ships for it.
    expect(await options.locator('input[name="referenceRate"]').inputValue()).toBe(String(SHIPPED_REFERENCE_RATES.uk.percent));
    await voice.selectOption('we');
    await options.locator('[data-tactful="save-profile"]').click();
    await expect.poll(async () => ((await storedState(browser)).sync.profile as { voice?: string } | undefined)?.voice).toBe('we');
    // Nothing else was chosen: the law stays automatic and the rate the shipped one.
    expect((await storedState(browser)).sync.profile).toMatchObject({ lateInterestLaw: null, referenceRate: null, senderForm: 'neutral' });

    // The letter editor now edits the "we" version and says so.
    await openLetter(options, 'pay-friendly-reminder', 'en');
    await expect.poll(() => options!.locator('[data-tactful="letter-voice"]').getAttribute('data-voice')).toBe('we');
    expect(await options.locator('textarea[name="body"]').inputValue()).toContain(WE_SENTENCE);

    // The open panel follows at once.
    await mail.bringToFront();
    await expect.poll(() => preview.textContent()).toContain(WE_SENTENCE);
    expect(await preview.textContent()).not.toContain(I_SENTENCE);
  });
});
