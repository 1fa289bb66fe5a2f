// @vitest-environment happy-dom
import type { i18n } from 'i18next';
import { render } from 'preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/setup';
import { formatDate } from '../letters/format';
import type { PrintDocument } from '../platform/messages';
import { PrintPage } from './PrintPage';

const URDU: PrintDocument = {
  letter: {
    lang: 'ur',
    dir: 'rtl',
    subject: 'انوائس \u2068INV-2025-042\u2069',
    pieces: [
      [[{ kind: 'text', text: 'محترم ' }, { kind: 'value', text: 'Jordan Lee' }, { kind: 'text', text: '،' }]],
      [[{ kind: 'text', text: 'رقم ' }, { kind: 'value', text: '€1,250.50' }], [{ kind: 'value', text: '• فائلیں' }], [{ kind: 'value', text: '• چابیاں' }]],
    ],
  },
  sender: { name: 'Ana Novak', business: 'Studio Ana' },
  recipient: 'Jordan Lee',
  date: '2025-01-15',
  calendar: 'bs',
  uiLanguage: 'en',
};

let en: i18n;
beforeAll(async () => {
  en = await createI18n('en');
});

function show(doc: PrintDocument | null, onPrint = () => undefined): HTMLElement {
  const container = document.createElement('div');
  render(<PrintPage i18n={en} doc={doc} onPrint={onPrint} />, container);
  return container;
}

describe('PrintPage', () => {
  it('lays an Urdu letter out right to left, values isolated, the sender, date, recipient, subject and a list', () => {
    const page = show(URDU);
    const sheet = page.querySelector('[data-tactful="printed-letter"]')!;
    expect(sheet.getAttribute('dir')).toBe('rtl');
    expect(sheet.getAttribute('lang')).toBe('ur');
    expect(page.querySelector('[data-tactful="print-sender"]')?.textContent).toBe('Ana NovakStudio Ana');
    expect(page.querySelector('[data-tactful="print-date"]')?.textContent).toBe(formatDate('2025-01-15', 'ur'));
    expect(page.querySelector('[data-tactful="print-date"] time')?.getAttribute('datetime')).toBe('2025-01-15');
    expect(page.querySelector('[data-tactful="print-recipient"] bdi')?.textContent).toBe('Jordan Lee');
    expect(page.querySelector('[data-tactful="print-subject"]')?.textContent).toBe(URDU.letter.subject);
    const body = page.querySelector('[data-tactful="print-body"]')!;
    expect([...body.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['Jordan Lee', '€1,250.50', 'فائلیں', 'چابیاں']);
    expect([...body.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['فائلیں', 'چابیاں']);
    expect(body.querySelectorAll('.paragraph')).toHaveLength(2);
  });

  it('dates a Nepali letter in Bikram Sambat, or in the Gregorian calendar when the profile says so', () => {
    const nepali = { ...URDU, letter: { ...URDU.letter, lang: 'ne', dir: 'ltr' as const } };
    const bs = show(nepali).querySelector('[data-tactful="print-date"]')?.textContent;
    const ad = show({ ...nepali, calendar: 'ad' }).querySelector('[data-tactful="print-date"]')?.textContent;
    expect(bs).toBe(formatDate('2025-01-15', 'ne', { calendar: 'bs' }));
    expect(ad).toBe(formatDate('2025-01-15', 'ne', { calendar: 'ad' }));
    expect(bs).not.toBe(ad);
  });

  it('isolates nothing in a left-to-right letter and leaves out an empty sender block', () => {
    const page = show({ ...URDU, letter: { ...URDU.letter, lang: 'en', dir: 'ltr' }, sender: { name: '', business: '' } });
    expect(page.querySelectorAll('bdi')).toHaveLength(0);
    expect(page.querySelector('[data-tactful="print-sender"]')).toBeNull();
  });

  it('has a Print button for a second try, and says so when the letter is gone', () => {
    const onPrint = vi.fn();
    const page = show(URDU, onPrint);
    const button = page.querySelector<HTMLButtonElement>('[data-tactful="print-again"]')!;
    expect(button.textContent).toBe('Print');
    button.click();
    expect(onPrint).toHaveBeenCalledTimes(1);
    const gone = show(null);
    expect(gone.querySelector('[role="alert"]')?.textContent).toBe(en.t('print.gone'));
    expect(gone.querySelector('[data-tactful="printed-letter"]')).toBeNull();
  });
});
