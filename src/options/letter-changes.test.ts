import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterTemplate } from '../letters/types';
import type { CustomScenario } from '../storage/schema';
import { duplicateScenario, hasOwnText, withCustom, withEdits, withoutCustom, withReset, withScenarioFrom, type UserLetters } from './letter-changes';

const BUILT_IN: Record<string, LetterTemplate> = {
  'pay-terms/en': { subject: 'Terms', body: 'Our terms' },
  'pay-terms/sl': { subject: 'Pogoji', body: 'Naši pogoji' },
};
const builtIn = (id: string, lang: LetterLanguage) => BUILT_IN[`${id}/${lang}`];
const none: UserLetters = { overrides: {}, custom: [] };
const own: CustomScenario = { id: 'custom-mine', name: 'Mine', baseId: 'pay-terms', fieldIds: ['clientName'], letters: { en: { subject: 'Own', body: 'Own body' } } };

describe('letter changes', () => {
  it('stores only the differences of an edited built-in letter', () => {
    const next = withEdits(none, 'pay-terms', new Map([['en', { subject: 'Terms', body: 'Changed' }]]), builtIn, 'i');
    expect(next.overrides).toEqual({ 'pay-terms': { en: { body: 'Changed' } } });
  });

  it('stores nothing for a built-in letter edited back to its built-in text', () => {
    const edited = { overrides: { 'pay-terms': { en: { body: 'Changed' } } }, custom: [] };
    expect(withEdits(edited, 'pay-terms', new Map([['en', BUILT_IN['pay-terms/en']!]]), builtIn, 'i').overrides).toEqual({});
  });

  it('keeps an own situation’s text only where it differs from what it inherits', () => {
    const letters = { overrides: {}, custom: [own] };
    const next = withEdits(letters, own.id, new Map<LetterLanguage, LetterTemplate>([['en', BUILT_IN['pay-terms/en']!], ['sl', { subject: 'Moje', body: 'Moje telo' }]]), builtIn, 'i');
    expect(next.custom[0]!.letters).toEqual({ sl: { subject: 'Moje', body: 'Moje telo' } });
  });

  it('resets chosen languages back to the built-in text, leaving the others', () => {
    const letters: UserLetters = { overrides: { 'pay-terms': { en: { body: 'A' }, sl: { body: 'B' } } }, custom: [own] };
    expect(withReset(letters, 'pay-terms', ['en'], 'i').overrides).toEqual({ 'pay-terms': { sl: { body: 'B' } } });
    expect(withReset(letters, 'pay-terms', ['en', 'sl'], 'i').overrides).toEqual({});
    expect(withReset(letters, own.id, ['en'], 'i').custom[0]!.letters).toEqual({});
    expect(hasOwnText(letters, 'pay-terms', ['ur'], 'i')).toBe(false);
    expect(hasOwnText(letters, 'pay-terms', ['ur', 'sl'], 'i')).toBe(true);
    expect(hasOwnText(letters, own.id, ['en'], 'i')).toBe(true);
  });

  it('duplicates a built-in situation with the user’s edits copied and the built-in text inherited', () => {
    const letters: UserLetters = { overrides: { 'pay-terms': { sl: { body: 'Moji pogoji' } } }, custom: [] };
    const copy = duplicateScenario(letters, { id: 'pay-terms', name: ' Terms, short ', fieldIds: ['clientName', 'amount'], builtInIds: ['pay-terms'] }, builtIn, 'i');
    expect(copy).toEqual({ id: 'custom-terms-short', name: 'Terms, short', baseId: 'pay-terms', fieldIds: ['clientName', 'amount'], letters: { sl: { subject: 'Pogoji', body: 'Moji pogoji' } } });
  });

  it('duplicates an own situation with its texts and base, under a new id', () => {
    const letters = { overrides: {}, custom: [own] };
    const copy = duplicateScenario(letters, { id: own.id, name: 'Mine', fieldIds: own.fieldIds, builtInIds: ['pay-terms'] }, builtIn, 'i');
    expect(copy.id).toBe('custom-mine-2');
    expect(copy.baseId).toBe('pay-terms');
    expect(copy.letters).toEqual(own.letters);
    expect(copy.letters).not.toBe(own.letters);
  });

  it('keeps an edit in the voice it was made in, and resets only that voice', () => {
    const weBuiltIn = (id: string, lang: LetterLanguage) => BUILT_IN[`${id}/${lang}/we`] ?? BUILT_IN[`${id}/${lang}`];
    BUILT_IN['pay-terms/en/we'] = { subject: 'Our terms', body: 'Our terms, in full' };
    const mine = withEdits(none, 'pay-terms', new Map([['en', { subject: 'Terms', body: 'Mine' }]]), builtIn, 'i');
    const both = withEdits(mine, 'pay-terms', new Map([['en', { subject: 'Our terms', body: 'Ours' }]]), weBuiltIn, 'we');
    expect(both.overrides).toEqual({ 'pay-terms': { en: { body: 'Mine', we: { body: 'Ours' } } } });
    expect(hasOwnText(both, 'pay-terms', ['en'], 'we')).toBe(true);
    expect(hasOwnText(mine, 'pay-terms', ['en'], 'we')).toBe(false);
    expect(withReset(both, 'pay-terms', ['en'], 'we').overrides).toEqual({ 'pay-terms': { en: { body: 'Mine' } } });
    // Duplicating in the "we" voice copies the "we" text only.
    const copy = duplicateScenario(mine, { id: 'pay-terms', name: 'Ours', fieldIds: ['clientName'], builtInIds: ['pay-terms'] }, weBuiltIn, 'we');
    expect(copy.letters).toEqual({});
    delete BUILT_IN['pay-terms/en/we'];
  });

  it('adds, replaces and removes own situations', () => {
    const added = withCustom(none, own);
    expect(added.custom).toEqual([own]);
    expect(withCustom(added, { ...own, name: 'Renamed' }).custom.map((c) => c.name)).toEqual(['Renamed']);
    expect(withoutCustom(added, own.id).custom).toEqual([]);
  });

  it('puts one situation back as it was, leaving later changes to others', () => {
    const before: UserLetters = { overrides: { 'pay-terms': { en: { body: 'A' } } }, custom: [own] };
    const after: UserLetters = { overrides: { 'pay-thank-you': { en: { body: 'B' } } }, custom: [{ ...own, letters: {} }] };
    expect(withScenarioFrom(after, before, 'pay-terms').overrides).toEqual({ 'pay-thank-you': { en: { body: 'B' } }, 'pay-terms': { en: { body: 'A' } } });
    expect(withScenarioFrom(after, before, own.id).custom).toEqual([own]);
  });
});
