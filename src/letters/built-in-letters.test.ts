import { describe, expect, it } from 'vitest';
import { SCENARIOS } from './catalogue';
import { entriesOf, fullValues, FULL_PROFILE, greetingsOf, LETTER_FILES, requiredValues, TODAY } from './letter-fixtures';
import { renderLetter } from './render';
import { collectNames, parseTemplate } from './template';
import { checkTone, toneOptionsFor } from './tone';
import {
  DERIVED_VALUES,
  GRAMMATICAL_FORMS,
  GREETING_KEY,
  LETTER_LANGUAGES,
  SECTION_ONLY,
  VOICES,
  type FieldValues,
  type GrammaticalForm,
  type LetterTemplate,
  type Scenario,
  type Voice,
} from './types';
import { valueNames } from './validate-template';
import { pickVoice } from './voice';

const LEFTOVERS = /\{\{|\}\}|undefined|NaN|\[object|null|Invalid Date|\[[a-zA-Z]+\]/;
const ENDING_CLOSE_OUT = ['outstandingAmount', 'handoverDate', 'returnMaterials', 'rightsOnPayment', 'confidentiality'];

/** The names a template uses, as values or sections. */
function namesOf(template: LetterTemplate): Set<string> {
  return new Set([template.subject, template.body].flatMap((source) => [...collectNames(parseTemplate(source).nodes).keys()]));
}

/** A field counts as used when the letter names it, or names what it feeds (greeting, money). */
function usedFields(template: LetterTemplate): Set<string> {
  const names = namesOf(template);
  if (names.has('greeting')) names.add('clientName');
  if (names.has('greeting') || [...names].some((n) => n.startsWith('recipient'))) names.add('addressForm');
  if (['amount', 'amountDue', 'amountPaid', 'lateFee', 'outstandingAmount', 'interestAmount'].some((n) => names.has(n))) names.add('currency');
  if (names.has('senderName')) names.add('businessName');
  return names;
}

function render(scenario: Scenario, lang: (typeof LETTER_LANGUAGES)[number], template: LetterTemplate, values: FieldValues, senderForm: GrammaticalForm = 'neutral') {
  return renderLetter({
    scenario,
    lang,
    template,
    values,
    profile: { ...FULL_PROFILE, senderForm },
    today: TODAY,
    greetings: greetingsOf(lang),
    missingLabel: (name) => `[${name}]`,
  });
}

describe.each(LETTER_LANGUAGES)('built-in letters in %s', (lang) => {
  const entries = entriesOf(lang);

  it('has a greeting per address form and both voices of every scenario, and nothing else', () => {
    const keys = Object.keys(LETTER_FILES[lang] as object).sort();
    expect(keys).toEqual([GREETING_KEY, ...SCENARIOS.map((s) => s.id)].sort());
    const greetings = greetingsOf(lang);
    for (const form of GRAMMATICAL_FORMS) expect(greetings[form].trim()).not.toBe('');
    for (const entry of entries.values()) {
      for (const voice of VOICES) {
        const letter = pickVoice(entry, voice);
        expect(letter.subject.trim()).not.toBe('');
        expect(letter.body.startsWith('{{greeting}}\n\n')).toBe(true);
      }
      expect(entry.we).toBeDefined();
    }
  });

  describe.each(VOICES)('voice %s', (voice: Voice) => {
    it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s uses only declared fields, optional ones inside their own section', (_id, scenario) => {
      const letter = pickVoice(entries.get(scenario.id)!, voice);
      const declared = new Map(scenario.fields.map((f) => [f.id, f]));
      for (const source of [letter.subject, letter.body]) {
        const parsed = parseTemplate(source);
        expect(parsed.problems).toEqual([]);
        const printed = valueNames(parsed.nodes);
        for (const [name, use] of collectNames(parsed.nodes)) {
          const field = declared.get(name);
          const derived = (DERIVED_VALUES as readonly string[]).includes(name);
          expect(field !== undefined || derived, `${name} is not declared`).toBe(true);
          expect(SECTION_ONLY.includes(name) && printed.has(name), `${name} is a section, not text`).toBe(false);
          if (field && !field.required) expect(use.guarded, `${name} is optional but used outside its section`).toBe(true);
        }
      }
    });

    it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s renders cleanly for every address and sender form, filled in full and in part', (_id, scenario) => {
      const template = pickVoice(entries.get(scenario.id)!, voice);
      for (const addressForm of GRAMMATICAL_FORMS) {
        for (const senderForm of GRAMMATICAL_FORMS) {
          for (const values of [fullValues(scenario, { addressForm }), requiredValues(scenario, { addressForm })]) {
            const letter = render(scenario, lang, template, values, senderForm);
            expect(letter.missing).toEqual([]);
            expect(letter.invalid).toEqual([]);
            expect(letter.text).not.toMatch(LEFTOVERS);
            expect(letter.subject).not.toMatch(LEFTOVERS);
            expect(letter.text).not.toMatch(/\n{3}/);
            expect(letter.text).not.toMatch(/[^\S\n]{2}/);
            expect(letter.text).not.toMatch(/^[ \t]*[,.;:،۔]/m);
            for (const paragraph of letter.text.split('\n\n')) expect(paragraph.replace(/[\s\p{P}\u2068\u2069]/gu, '')).not.toBe('');
            expect(letter.text).toContain('Ana Novak');
          }
        }
      }
    });

    it('shows every optional value when it is given', () => {
      for (const scenario of SCENARIOS) {
        const template = pickVoice(entries.get(scenario.id)!, voice);
        const letter = render(scenario, lang, template, fullValues(scenario));
        const has = (id: string) => template.body.includes(`{{${id}}}`) || template.subject.includes(`{{${id}}}`);
        if (has('referrals')) expect(letter.text).toContain('Studio Mira');
        if (has('handover')) expect(letter.text).toContain('Hosting access');
        if (has('invoiceNumber')) expect(letter.text + letter.subject).toContain('INV-2025-042');
      }
    });

    it('passes its own language\'s tone check with no finding, filled in full or in part', () => {
      for (const scenario of SCENARIOS) {
        for (const addressForm of GRAMMATICAL_FORMS) {
          for (const values of [fullValues(scenario, { addressForm }), requiredValues(scenario, { addressForm })]) {
            const letter = render(scenario, lang, pickVoice(entries.get(scenario.id)!, voice), values);
            const findings = checkTone(`${letter.subject}\n\n${letter.text}`, lang, toneOptionsFor(scenario.id, values));
            expect(findings.map((f) => `${scenario.id}: ${f.ruleId} "${f.text}"`)).toEqual([]);
          }
        }
      }
    });
  });

  it('never refers an abusive or unethical client to colleagues', () => {
    for (const id of ['end-abusive-conduct', 'end-unethical-requests']) {
      const scenario = SCENARIOS.find((s) => s.id === id)!;
      expect(scenario.fields.some((f) => f.id === 'referrals')).toBe(false);
      for (const voice of VOICES) expect(pickVoice(entries.get(id)!, voice).body).not.toContain('{{referrals}}');
    }
  });
});

describe('English letters', () => {
  const entries = entriesOf('en');

  it.each(VOICES.flatMap((voice) => SCENARIOS.map((s) => [s.id, voice, s] as const)))('%s (%s) uses every field its situation declares', (_id, voice, scenario) => {
    const used = usedFields(pickVoice(entries.get(scenario.id)!, voice));
    expect(scenario.fields.map((f) => f.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('every ending letter closes everything out', () => {
    for (const scenario of SCENARIOS.filter((s) => s.group === 'ending')) {
      for (const id of ENDING_CLOSE_OUT) expect(scenario.fields.some((f) => f.id === id), `${scenario.id} ${id}`).toBe(true);
    }
  });

  it('keeps ending letters concise: about 150–200 words of body with every section filled', () => {
    for (const voice of VOICES) {
      for (const scenario of SCENARIOS.filter((s) => s.group === 'ending')) {
        const letter = render(scenario, 'en', pickVoice(entries.get(scenario.id)!, voice), fullValues(scenario));
        const words = letter.text.split('\n').filter((line) => !line.startsWith('•') && !line.startsWith('http')).join(' ').split(/\s+/).length;
        expect(words, scenario.id).toBeGreaterThan(120);
        // The non-payment letter also carries the invoice, the payment request and any interest.
        expect(words, scenario.id).toBeLessThanOrEqual(scenario.id === 'end-non-payment' ? 290 : 250);
      }
    }
  });

  it('never claims staff in the business voice, nor admits defective work or describes the client', () => {
    for (const entry of entries.values()) {
      for (const voice of VOICES) {
        const { subject, body } = pickVoice(entry, voice);
        expect(`${subject} ${body}`).not.toMatch(/our (team|staff|employees|colleagues)|my team|not (been )?meeting your expectations|your (behaviour|behavior|conduct|language|tone)|end of (this|the) week/i);
      }
    }
    // The "I" voice never slips into the business "we" (a shared "we can agree" is fine).
    for (const { body } of entries.values()) expect(body).not.toMatch(/\b(we have decided|we are sorry|we wish|our business|our final invoice|our standard practice)\b/i);
  });

  it('asks for payment with a dated deadline when ending for non-payment', () => {
    for (const voice of VOICES) expect(pickVoice(entries.get('end-non-payment')!, voice).body).toContain('Please arrange payment of {{amountDue}} by {{respondBy}}.');
  });
});
