import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterTemplate } from '../letters/types';
import { draftOf, unsavedEdits, unsavedLanguages, withDraft, withoutDrafts, withoutSavedDrafts, type Drafts } from './letter-drafts';

const saved: LetterTemplate = { subject: 'Hello', body: 'Body' };
const savedFor = (): LetterTemplate => saved;

describe('letter drafts', () => {
  it('keeps a draft per situation and language', () => {
    let drafts: Drafts = new Map();
    drafts = withDraft(drafts, 'pay-terms', 'en', { ...saved, subject: 'Hi' }, saved);
    drafts = withDraft(drafts, 'pay-terms', 'sl', { ...saved, body: 'Telo' }, saved);
    expect(draftOf(drafts, 'pay-terms', 'en')?.subject).toBe('Hi');
    expect(draftOf(drafts, 'pay-terms', 'sl')?.body).toBe('Telo');
    expect(draftOf(drafts, 'pay-thank-you', 'en')).toBeUndefined();
    expect(unsavedLanguages(drafts, 'pay-terms', savedFor)).toEqual(['en', 'sl']);
  });

  it('forgets a draft edited back to the saved text', () => {
    let drafts: Drafts = withDraft(new Map(), 'pay-terms', 'en', { ...saved, subject: 'Hi' }, saved);
    drafts = withDraft(drafts, 'pay-terms', 'en', saved, saved);
    expect(drafts.size).toBe(0);
  });

  it('does not count a draft that storage caught up with (saved elsewhere)', () => {
    const edited = { ...saved, subject: 'Hi' };
    const drafts = withDraft(new Map(), 'pay-terms', 'en', edited, saved);
    const savedNow = (_id: string, lang: LetterLanguage) => (lang === 'en' ? edited : saved);
    expect(unsavedLanguages(drafts, 'pay-terms', savedNow)).toEqual([]);
    expect(unsavedEdits(drafts, 'pay-terms', savedNow).size).toBe(0);
  });

  it('drops the drafts of one situation, or of some of its languages', () => {
    let drafts: Drafts = new Map();
    for (const lang of ['en', 'ur'] as const) drafts = withDraft(drafts, 'pay-terms', lang, { ...saved, body: lang }, saved);
    drafts = withDraft(drafts, 'pay-thank-you', 'en', { ...saved, body: 'x' }, saved);
    expect(unsavedLanguages(withoutDrafts(drafts, 'pay-terms', ['ur']), 'pay-terms', savedFor)).toEqual(['en']);
    const rest = withoutDrafts(drafts, 'pay-terms');
    expect(unsavedLanguages(rest, 'pay-terms', savedFor)).toEqual([]);
    expect(unsavedLanguages(rest, 'pay-thank-you', savedFor)).toEqual(['en']);
  });

  it('after a save, keeps what was typed while it ran', () => {
    let drafts: Drafts = withDraft(new Map(), 'pay-terms', 'en', { ...saved, subject: 'Hi' }, saved);
    drafts = withDraft(drafts, 'pay-terms', 'sl', { ...saved, subject: 'Živjo' }, saved);
    const saving = unsavedEdits(drafts, 'pay-terms', savedFor);
    drafts = withDraft(drafts, 'pay-terms', 'sl', { ...saved, subject: 'Živjo!' }, saved);
    drafts = withoutSavedDrafts(drafts, 'pay-terms', saving);
    expect(draftOf(drafts, 'pay-terms', 'en')).toBeUndefined();
    expect(draftOf(drafts, 'pay-terms', 'sl')?.subject).toBe('Živjo!');
  });
});
