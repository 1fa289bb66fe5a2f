import { describe, expect, it } from 'vitest';
import { findScenario } from './catalogue';
import { entriesOf, greetingsOf } from './letter-fixtures';
import { renderLetter, type RenderInput } from './render';
import { resolveValues } from './resolve-values';
import type { GrammaticalForm, LetterLanguage } from './types';
import { validateFields } from './validate-fields';
import { validateTemplate } from './validate-template';
import { greetingTemplates, letterEntry, pickVoice } from './voice';

const en = entriesOf('en');
const invoice = { clientName: 'Jordan Lee', senderName: 'Ana Novak', invoiceNumber: 'INV-7', amount: '1000', currency: 'EUR', dueDate: '2025-03-10', respondBy: '2025-03-20' };

function letter(id: string, values: RenderInput['values'], today: string, extra: Partial<RenderInput> = {}) {
  const scenario = findScenario(id)!;
  return renderLetter({ scenario, lang: 'en', template: pickVoice(en.get(id)!, 'i'), values, profile: {}, today, greetings: greetingsOf('en'), ...extra });
}

const present = (map: Map<string, { state: string }>, name: string) => map.get(name)?.state === 'present';

describe('payment mechanics', () => {
  const scenario = findScenario('pay-friendly-reminder')!;
  const resolve = (today: string, values = {}) => resolveValues({ scenario, lang: 'en', values: { ...invoice, ...values }, profile: {}, today });

  it('tells before, on and after the due date apart, and never counts 0 days overdue', () => {
    const before = resolve('2025-03-07');
    expect(['notYetDue', 'dueToday', 'overdue'].filter((n) => present(before, n))).toEqual(['notYetDue']);
    expect(before.get('daysUntilDue')).toEqual({ state: 'present', lines: ['3 days'] });
    // The day before: the due date alone, never "in 1 day".
    const dayBefore = resolve('2025-03-09');
    expect(present(dayBefore, 'notYetDue')).toBe(true);
    expect(dayBefore.get('daysUntilDue')).toBeUndefined();
    expect(present(before, 'daysOverdue')).toBe(false);
    const onTheDay = resolve('2025-03-10');
    expect(['notYetDue', 'dueToday', 'overdue'].filter((n) => present(onTheDay, n))).toEqual(['dueToday']);
    expect(present(onTheDay, 'daysOverdue')).toBe(false);
    const after = resolve('2025-03-17');
    expect(['notYetDue', 'dueToday', 'overdue'].filter((n) => present(after, n))).toEqual(['overdue']);
    expect(after.get('daysOverdue')).toEqual({ state: 'present', lines: ['7 days'] });
  });

  it('takes an amount paid of 0 as no part payment: nobody is thanked for 0.00', () => {
    for (const id of ['pay-friendly-reminder', 'pay-overdue-followup', 'pay-work-paused', 'pay-final-notice']) {
      const text = letter(id, { ...invoice, amountPaid: '0', respondBy: '2025-03-24', pausedDate: '2025-03-20' }, '2025-03-17').text;
      expect(text, id).not.toContain("€0.00");
      expect(text, id).toContain("€1,000.00");
    }
  });

  it('reads naturally on the due date', () => {
    for (const id of ['pay-friendly-reminder', 'pay-overdue-followup', 'pay-work-paused', 'pay-final-notice', 'pay-before-due']) {
      const text = letter(id, { ...invoice, pausedDate: '2025-03-10' }, '2025-03-10').text;
      expect(text, id).toContain('due today, 10 March 2025');
      expect(text, id).not.toMatch(/0 days|overdue\b(?! invoices)/);
    }
  });

  it('thanks for a part payment and says when the balance is due: before, on and after the due date', () => {
    const values = { ...invoice, amountPaid: '400' };
    expect(letter('pay-partial-received', values, '2025-03-07').text).toContain('Please arrange payment of the balance by 10 March 2025.');
    const today = letter('pay-partial-received', values, '2025-03-10').text;
    expect(today).toContain('so a balance of €600.00 remains. It is due today, 10 March 2025.');
    expect(today).not.toContain('by 10 March 2025');
    expect(letter('pay-partial-received', values, '2025-03-12').text).toContain('The balance was due on 10 March 2025');
  });

  it('says "is due" before the due date, with the days left', () => {
    expect(letter('pay-before-due', invoice, '2025-03-07').text).toContain('is due on 10 March 2025, in 3 days.');
  });

  it('asks for the balance after a part payment', () => {
    for (const id of ['pay-friendly-reminder', 'pay-overdue-followup', 'pay-work-paused', 'pay-final-notice', 'end-non-payment']) {
      const values = { ...invoice, amountPaid: '400', effectiveDate: '2025-04-30' };
      const text = letter(id, values, '2025-03-25').text;
      expect(text, id).toContain('€600.00');
      expect(text, id).toContain('€400.00');
    }
    const final = letter('pay-final-notice', { ...invoice, amountPaid: '400' }, '2025-04-15').text;
    expect(final).toContain('Please arrange payment of €600.00 by 20 March 2025.');
    expect(letter('pay-final-notice', invoice, '2025-04-15').text).toContain('Please arrange payment of €1,000.00 by');
  });

  it('tells a pause in the right tense', () => {
    const future = letter('pay-work-paused', { ...invoice, pausedDate: '2025-03-28' }, '2025-03-24');
    expect(future.text).toContain('will be on hold from 28 March 2025');
    expect(future.subject).toBe('Invoice INV-7: work on hold from 28 March 2025');
    const past = letter('pay-work-paused', { ...invoice, pausedDate: '2025-03-20' }, '2025-03-24');
    expect(past.text).toContain('has been on hold since 20 March 2025');
    const ending = letter('end-non-payment', { ...invoice, pausedDate: '2025-03-28', effectiveDate: '2025-04-30' }, '2025-03-24');
    expect(ending.text).toContain('Work will be on hold from 28 March 2025.');
  });

  it('says what comes next before the pause', () => {
    expect(letter('pay-overdue-followup', invoice, '2025-03-17').text).toContain('I will need to pause work until it does');
    expect(letter('pay-work-paused', { ...invoice, pausedDate: '2025-03-20' }, '2025-03-24').text).toContain('my next step will be a final notice');
  });

  it('states statutory interest only when ticked, the law and rate are set and the invoice is overdue', () => {
    const profile = { lateInterestLaw: 'eu' as const, referenceRate: { percent: 2.15, from: '2025-01-01' } };
    const ticked = { ...invoice, statutoryInterest: true };
    const text = letter('pay-final-notice', ticked, '2025-04-09', { profile }).text;
    // €1,000 × 10.15 % × 30 / 365 = €8.34
    expect(text).toContain('interest of €8.34 (10.15% a year for 30 days)');
    expect(text).toContain('fixed compensation of €40.00');
    expect(letter('pay-final-notice', invoice, '2025-04-09', { profile }).text).not.toContain('late-payment rules');
    expect(letter('pay-final-notice', ticked, '2025-04-09', { profile: { ...profile, lateInterestLaw: 'none' } }).text).not.toContain('late-payment rules');
    expect(letter('pay-final-notice', ticked, '2025-04-09').text).not.toContain('late-payment rules');
    const onTheDay = letter('pay-friendly-reminder', ticked, '2025-03-10', { profile });
    expect(onTheDay.text).not.toContain('late-payment rules');
    expect(onTheDay.missing).toEqual([]);
    const uk = letter('pay-final-notice', { ...ticked, currency: 'GBP' }, '2025-04-09', { profile: { lateInterestLaw: 'uk', referenceRate: { percent: 4.5, from: '2025-01-01' } } }).text;
    expect(uk).toContain('(12.5% a year for 30 days)');
    expect(uk).toContain('£70.00');
  });

  it('shows a contract late fee rate as a percentage per month', () => {
    expect(letter('pay-final-notice', { ...invoice, lateFeeRate: '1.5' }, '2025-04-09').text).toContain('a late payment charge of 1.5% a month');
  });
});

describe('grammar booleans', () => {
  const scenario = findScenario('end-general')!;
  it('derives exactly one of each trio, neutral by default', () => {
    const forms = (values: Record<string, string>, senderForm?: GrammaticalForm) => {
      const map = resolveValues({ scenario, lang: 'sl', values, profile: { senderForm }, today: '2025-01-01' });
      return ['recipientFemale', 'recipientMale', 'recipientNeutral', 'senderFemale', 'senderMale', 'senderNeutral'].filter((n) => present(map, n));
    };
    expect(forms({})).toEqual(['recipientNeutral', 'senderNeutral']);
    expect(forms({ addressForm: 'female' }, 'male')).toEqual(['recipientFemale', 'senderMale']);
    expect(forms({ addressForm: 'male' }, 'female')).toEqual(['recipientMale', 'senderFemale']);
    expect(forms({ addressForm: 'nonsense' })).toEqual(['recipientNeutral', 'senderNeutral']);
  });

  it('lets a letter choose words by the writer\'s and the recipient\'s form', () => {
    const template = { subject: 's', body: 'Sem se {{#senderFemale}}odločila{{/senderFemale}}{{#senderMale}}odločil{{/senderMale}}{{#senderNeutral}}odločil/-a{{/senderNeutral}}.' };
    const render = (senderForm: GrammaticalForm) =>
      renderLetter({ scenario, lang: 'sl', template, values: {}, profile: { senderForm }, today: '2025-01-01' }).text;
    expect(render('female')).toBe('Sem se odločila.');
    expect(render('male')).toBe('Sem se odločil.');
    expect(render('neutral')).toBe('Sem se odločil/-a.');
  });

  it('are sections only: printed as text they are reported', () => {
    expect(validateTemplate(scenario, { subject: 's', body: '{{recipientFemale}} {{overdue}}' })).toEqual([
      { kind: 'unknown-placeholder', name: 'recipientFemale', where: 'body' },
      { kind: 'unknown-placeholder', name: 'overdue', where: 'body' },
    ]);
    expect(validateTemplate(scenario, { subject: 's', body: '{{greeting}}\n\n{{#recipientFemale}}x{{/recipientFemale}}' })).toEqual([]);
  });
});

describe('greeting', () => {
  const scenario = findScenario('end-general')!;
  const values = { clientName: 'Maja Kovač', senderName: 'Ana Novak', effectiveDate: '2025-03-31' };
  const first = (lang: LetterLanguage, addressForm: GrammaticalForm) =>
    renderLetter({ scenario, lang, template: pickVoice(entriesOf(lang).get(scenario.id)!, 'i'), values: { ...values, addressForm }, profile: {}, today: '2025-03-01', greetings: greetingsOf(lang) }).text.split('\n')[0];

  it('follows the recipient in each language', () => {
    expect(GREETINGS.map(([lang, form]) => first(lang, form))).toEqual(GREETINGS.map(([, , expected]) => expected));
  });

  it('falls back to the name when no greeting is given, and marks a missing name', () => {
    const letter = renderLetter({ scenario, lang: 'en', template: { subject: 's', body: '{{greeting}}\n\nHello.' }, values: { ...values, clientName: '' }, profile: {}, today: '2025-03-01', missingLabel: (n) => `[${n}]` });
    expect(letter.text).toBe('[clientName],\n\nHello.');
    expect(letter.missing).toContain('clientName');
  });

  it('reads the greeting and the voices from a letters file', () => {
    const file = { _greeting: { female: 'F {{clientName}}', male: 'M', neutral: 'N' }, x: { subject: 'I', body: 'i', we: { subject: 'We', body: 'we' } }, y: { subject: 'only', body: 'one' } };
    expect(greetingTemplates(file)).toEqual(file._greeting);
    expect(greetingTemplates({ _greeting: { female: 'F' } })).toBeUndefined();
    expect(pickVoice(letterEntry(file, 'x')!, 'we')).toEqual({ subject: 'We', body: 'we' });
    expect(pickVoice(letterEntry(file, 'x')!, 'i')).toEqual({ subject: 'I', body: 'i' });
    expect(pickVoice(letterEntry(file, 'y')!, 'we')).toEqual({ subject: 'only', body: 'one' });
    expect(letterEntry(file, '_greeting')).toBeUndefined();
  });
});

const GREETINGS: [LetterLanguage, GrammaticalForm, string][] = [
  ['en', 'female', 'Dear Maja Kovač,'],
  ['en', 'neutral', 'Dear Maja Kovač,'],
  ['sl', 'female', 'Spoštovana gospa Maja Kovač,'],
  ['sl', 'male', 'Spoštovani gospod Maja Kovač,'],
  ['sl', 'neutral', 'Pozdravljeni,'],
  ['ur', 'female', 'محترمہ \u2068Maja Kovač\u2069،'],
  ['ur', 'male', 'محترم \u2068Maja Kovač\u2069،'],
  ['ms', 'female', 'Puan Maja Kovač,'],
  ['ms', 'male', 'Encik Maja Kovač,'],
];

describe('ending early', () => {
  it('allows the agreement to run past the last day where ending early is the point', () => {
    const base = { clientName: 'J', senderName: 'A', effectiveDate: '2025-03-31', contractEndDate: '2025-06-30' };
    for (const id of ['end-abusive-conduct', 'end-unethical-requests', 'end-unresponsive']) expect(validateFields(findScenario(id)!, base).has('contractEndDate'), id).toBe(false);
    expect(validateFields(findScenario('end-general')!, base).get('contractEndDate')).toBe('afterLastDay');
    const text = letter('end-abusive-conduct', base, '2025-03-01').text;
    expect(text).toContain('Our agreement, which was due to run until 30 June 2025, ends on the same date.');
  });

  it('checks percentages and choices', () => {
    const scenario = findScenario('pay-final-notice')!;
    expect(validateFields(scenario, { ...invoice, lateFeeRate: 'abc' }).get('lateFeeRate')).toBe('percent');
    expect(validateFields(scenario, { ...invoice, lateFeeRate: '1,5 %' }).has('lateFeeRate')).toBe(false);
    expect(validateFields(scenario, { ...invoice, addressForm: '' }).has('addressForm')).toBe(false);
  });

  it('asks for one claim when the contract rate and statutory interest are both given', () => {
    const scenario = findScenario('pay-final-notice')!;
    expect(validateFields(scenario, { ...invoice, lateFeeRate: '1.5', statutoryInterest: true }).get('lateFeeRate')).toBe('withStatutoryInterest');
    expect(validateFields(scenario, { ...invoice, lateFeeRate: '1.5', statutoryInterest: false }).has('lateFeeRate')).toBe(false);
    expect(validateFields(scenario, { ...invoice, lateFeeRate: '', statutoryInterest: true }).has('lateFeeRate')).toBe(false);
    // A rate that is not a number is that problem first.
    expect(validateFields(scenario, { ...invoice, lateFeeRate: 'abc', statutoryInterest: true }).get('lateFeeRate')).toBe('percent');
  });
});
