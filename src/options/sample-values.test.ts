import { describe, expect, it } from 'vitest';
import { FIELD_VOCABULARY, SCENARIOS } from '../letters/catalogue';
import { renderLetter } from '../letters/render';
import { LETTER_LANGUAGES, VOICES } from '../letters/types';
import { greetingTemplates, letterEntry, pickVoice } from '../letters/voice';
import { letterProfile } from '../storage/letter-profile';
import { DEFAULT_PROFILE } from '../storage/schema';
import en from '../../locales/en/letters.json';
import ms from '../../locales/ms/letters.json';
import ne from '../../locales/ne/letters.json';
import sl from '../../locales/sl/letters.json';
import ur from '../../locales/ur/letters.json';
import { sampleValues } from './sample-values';

const LETTERS: Record<string, unknown> = { en, ne, ur, sl, ms };
const context = { today: '2025-03-10', profile: { ...DEFAULT_PROFILE, senderName: 'Ana Novak' }, sample: (id: string) => `sample ${id}` };

describe('sample values for the preview', () => {
  it('fill every field of every situation with a value the renderer accepts', () => {
    // Both voices, with statutory interest in force (EU), so every section of the letter shows.
    for (const voice of VOICES) {
      const profile = letterProfile({ ...context.profile, voice, lateInterestLaw: 'eu' }, undefined);
      for (const scenario of SCENARIOS) {
        for (const lang of LETTER_LANGUAGES) {
          const file = LETTERS[lang];
          const template = pickVoice(letterEntry(file, scenario.id)!, voice);
          const letter = renderLetter({ scenario, lang, template, values: sampleValues(scenario, context), profile, greetings: greetingTemplates(file), today: context.today });
          expect(letter.missing, `${scenario.id} ${lang} ${voice}`).toEqual([]);
          expect(letter.invalid, `${scenario.id} ${lang} ${voice}`).toEqual([]);
        }
      }
    }
  });

  it('cover every field an own situation can choose', () => {
    const scenario = { ...SCENARIOS[0]!, fields: FIELD_VOCABULARY };
    const values = sampleValues(scenario, context);
    for (const field of FIELD_VOCABULARY) expect(values[field.id], field.id).not.toBe(field.id);
  });

  it('use the sender’s own details and a due date a week ago', () => {
    const values = sampleValues(SCENARIOS.find((s) => s.id === 'pay-friendly-reminder')!, context);
    expect(values.senderName).toBe('Ana Novak');
    expect(values.clientName).toBe('sample clientName');
    expect(values.dueDate).toBe('2025-03-03');
    expect(values.currency).toBe('EUR');
    expect(values.addressForm).toBe('neutral');
  });
});
