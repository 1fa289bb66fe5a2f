import { describe, expect, it } from 'vitest';
import { letterCalendar } from './letter-calendar';
import { BIKRAM_SAMBAT_RANGE } from './bikram-sambat';
import { findScenario } from './catalogue';
import { renderLetter } from './render';

describe('letterCalendar', () => {
  it('dates Nepali letters in Bikram Sambat unless the profile chose AD', () => {
    expect(letterCalendar('ne', undefined, ['2026-11-28'])).toBe('bs');
    expect(letterCalendar('ne', 'bs', ['2026-11-28'])).toBe('bs');
    expect(letterCalendar('ne', 'ad', ['2026-11-28'])).toBe('ad');
  });

  it('dates the whole letter AD when one of its dates is outside the BS table', () => {
    expect(letterCalendar('ne', 'bs', ['2026-11-28', BIKRAM_SAMBAT_RANGE.last])).toBe('bs');
    const dayAfter = new Date(Date.parse(BIKRAM_SAMBAT_RANGE.last) + 86_400_000).toISOString().slice(0, 10);
    expect(letterCalendar('ne', 'bs', ['2026-11-28', dayAfter])).toBe('ad');
  });

  it('ignores text that is not a date (the field reports it as invalid) and other languages', () => {
    expect(letterCalendar('ne', 'bs', ['soon'])).toBe('bs');
    expect(letterCalendar('sl', 'bs', ['2026-11-28'])).toBe('ad');
  });
});

describe('a Nepali letter with a date past the BS table', () => {
  const scenario = findScenario('pay-before-due')!;
  const render = (dueDate: string) =>
    renderLetter({
      scenario,
      lang: 'ne',
      template: { subject: 'x', body: '{{invoiceDate}} / {{dueDate}}' },
      values: { invoiceDate: '2026-11-28', dueDate, clientName: 'क', senderName: 'ख', invoiceNumber: '1', amount: '1', currency: 'NPR' },
      profile: {},
      today: '2026-11-28',
    }).text;

  it('writes every date in BS while all of them are in the table', () => {
    expect(render('2026-12-15')).toContain('२०८३ मंसिर १२ /');
  });

  it('writes every date in AD, never mixing the two, once one is not', () => {
    const text = render('2027-05-01');
    expect(text).not.toContain('मंसिर');
    expect(text).toMatch(/नोभेम्बर.*\/.*मे/);
  });
});
