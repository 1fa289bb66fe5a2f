import { describe, expect, it } from 'vitest';
import en from '../../locales/en/letters.json';
import ms from '../../locales/ms/letters.json';
import ne from '../../locales/ne/letters.json';
import sl from '../../locales/sl/letters.json';
import ur from '../../locales/ur/letters.json';
import { SCENARIOS } from './catalogue';
import { renderLetter } from './render';
import { checkTone } from './tone';
import { collectNames, parseTemplate } from './template';
import { DERIVED_VALUES, LETTER_LANGUAGES, type FieldValues, type LetterLanguage, type LetterTemplate, type Scenario } from './types';

const LETTERS: Record<LetterLanguage, Record<string, LetterTemplate>> = { en, ne, ur, sl, ms };
const TODAY = '2025-02-20';

/** A plausible value for every field, so each optional section is shown. */
function fullValues(scenario: Scenario): FieldValues {
  const sample: Record<string, string | boolean> = {
    clientName: 'Jordan Lee',
    senderName: 'Ana Novak',
    businessName: 'Novak Design',
    projectName: 'Website relaunch',
    afterCall: true,
    reason: 'Several requests went beyond the agreed scope.',
    refund: 'a refund of the last invoice',
    referrals: 'Studio Mira\nBright Pixel',
    effectiveDate: '2025-03-15',
    contractEndDate: '2025-03-31',
    handover: 'Design files\nHosting access',
    finalReportLink: 'https://example.com/report',
    invoiceNumber: 'INV-2025-042',
    invoiceDate: '2025-01-01',
    amount: '1234567.5',
    currency: 'EUR',
    amountPaid: '1000',
    dueDate: '2025-01-15',
    paymentLink: 'https://pay.example.com/42',
    lateFee: '40',
    pausedDate: '2025-02-01',
    respondBy: '2025-02-28',
    lastContactDate: '2025-01-10',
  };
  return Object.fromEntries(scenario.fields.map((field) => [field.id, sample[field.id] ?? 'x']));
}

function requiredValues(scenario: Scenario): FieldValues {
  const full = fullValues(scenario);
  return Object.fromEntries(scenario.fields.filter((field) => field.required).map((field) => [field.id, full[field.id]]));
}

const LEFTOVERS = /\{\{|\}\}|undefined|NaN|\[object|null|Invalid Date/;

describe.each(LETTER_LANGUAGES)('built-in letters in %s', (lang) => {
  const letters = LETTERS[lang];

  it('has a subject and a body for every scenario, and nothing else', () => {
    expect(Object.keys(letters).sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
    for (const letter of Object.values(letters)) {
      expect(letter.subject.trim()).not.toBe('');
      expect(letter.body.trim()).not.toBe('');
    }
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s uses only declared fields, optional ones inside their own section', (_id, scenario) => {
    const letter = letters[scenario.id]!;
    const declared = new Map(scenario.fields.map((f) => [f.id, f]));
    for (const source of [letter.subject, letter.body]) {
      const parsed = parseTemplate(source);
      expect(parsed.problems).toEqual([]);
      for (const [name, use] of collectNames(parsed.nodes)) {
        const field = declared.get(name);
        const derived = (DERIVED_VALUES as readonly string[]).includes(name);
        expect(field !== undefined || derived, `${name} is not declared`).toBe(true);
        if (field && !field.required) expect(use.guarded, `${name} is optional but used outside its section`).toBe(true);
      }
    }
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s renders fully and with only the required fields', (_id, scenario) => {
    const template = letters[scenario.id]!;
    for (const values of [fullValues(scenario), requiredValues(scenario)]) {
      const letter = renderLetter({ scenario, lang, template, values, profile: {}, today: TODAY });
      expect(letter.missing).toEqual([]);
      expect(letter.invalid).toEqual([]);
      expect(letter.text).not.toMatch(LEFTOVERS);
      expect(letter.subject).not.toMatch(LEFTOVERS);
      // No blank lines tripled, no doubled spaces, no line starting with punctuation left behind.
      expect(letter.text).not.toMatch(/\n{3}/);
      expect(letter.text).not.toMatch(/[^\S\n]{2}/);
      expect(letter.text).not.toMatch(/^[ \t]*[,.;:،۔]/m);
      expect(letter.text).toContain('Ana Novak');
    }
  });

  it('shows every optional value when it is given', () => {
    for (const scenario of SCENARIOS) {
      const letter = renderLetter({ scenario, lang, template: letters[scenario.id]!, values: fullValues(scenario), profile: {}, today: TODAY });
      if (scenario.fields.some((f) => f.id === 'referrals')) expect(letter.text).toContain('Studio Mira');
      if (scenario.fields.some((f) => f.id === 'handover')) expect(letter.text).toContain('Hosting access');
      if (scenario.fields.some((f) => f.id === 'invoiceNumber')) expect(letter.text + letter.subject).toContain('INV-2025-042');
    }
  });

  it('passes its own language\'s tone check with no finding, filled in full or in part', () => {
    for (const scenario of SCENARIOS) {
      for (const values of [fullValues(scenario), requiredValues(scenario)]) {
        const letter = renderLetter({ scenario, lang, template: letters[scenario.id]!, values, profile: {}, today: TODAY });
        const findings = checkTone(`${letter.subject}\n\n${letter.text}`, lang, { finalStage: scenario.id === 'pay-final-notice' });
        expect(findings.map((f) => `${scenario.id}: ${f.ruleId} "${f.text}"`)).toEqual([]);
      }
    }
  });

  it('never refers an abusive or unethical client to colleagues', () => {
    for (const id of ['end-abusive-conduct', 'end-unethical-requests']) {
      const scenario = SCENARIOS.find((s) => s.id === id)!;
      expect(scenario.fields.some((f) => f.id === 'referrals')).toBe(false);
      expect(letters[id]!.body).not.toContain('{{referrals}}');
    }
  });
});
