import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/letters.json';
import ur from '../../locales/ur/letters.json';
import { SCENARIOS } from './catalogue';
import { renderLetter } from './render';
import type { FieldValues, LetterTemplate } from './types';
import { greetingTemplates, letterEntry, pickVoice } from './voice';

const template = (file: unknown, id: string, voice: 'i' | 'we'): LetterTemplate => pickVoice(letterEntry(file, id)!, voice);
const FILES = { en, ur } as const;

/** Any text a user might type or paste, markup and template syntax included. */
const userText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>x()</script>', '"><svg onload=x()>', '{{clientName}}', '{{#reason}}x{{/reason}}', 'a & b', '\u202e', '\ue000\ue001'),
);

const values = fc.dictionary(fc.constantFrom(...new Set(SCENARIOS.flatMap((s) => s.fields.map((f) => f.id)))), fc.oneof(userText, fc.boolean()));

/** Only the renderer's own elements and attributes, every one closed in order: user text never adds a tag. */
function onlyOurMarkup(html: string): boolean {
  const open: string[] = [];
  for (const [tag] of html.matchAll(/<[^>]*>/g)) {
    if (!/^<\/?(div|br|bdi|mark)( data-tactful-missing="")?>$|^<div dir="rtl" lang="ur">$/.test(tag)) return false;
    const name = /^<\/?(\w+)/.exec(tag)![1]!;
    if (name === 'br') continue;
    if (!tag.startsWith('</')) open.push(name);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0 && !/[<>]/.test(html.replace(/<[^>]*>/g, ''));
}

describe('renderLetter with any values', () => {
  it('leaves no placeholder, no undefined or NaN, and only escaped, well-formed markup', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS), fc.constantFrom<'en' | 'ur'>('en', 'ur'), fc.constantFrom<'i' | 'we'>('i', 'we'), values, (scenario, lang, voice, raw) => {
        const letter = renderLetter({ scenario, lang, template: template(FILES[lang], scenario.id, voice), values: raw as FieldValues, profile: { lateInterestLaw: 'eu', referenceRate: { percent: 2, from: '2025-01-01' } }, today: '2025-03-01', greetings: greetingTemplates(FILES[lang]) });
        const typed = Object.values(raw).filter((v): v is string => typeof v === 'string').join('');
        if (!typed.includes('{{')) expect(letter.text).not.toContain('{{');
        expect(letter.text).not.toMatch(/\bundefined\b|\bNaN\b|\[object /);
        expect(onlyOurMarkup(letter.html)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
