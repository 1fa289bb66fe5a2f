import { describe, expect, it } from 'vitest';
import { LETTER_LANGUAGES } from '../types';
import { checkTone } from './check-tone';
import { normalise } from './normalise';
import { rulePack } from './rule-packs';
import type { ToneCategory, ToneOptions, ToneRule } from './types';

const CATEGORIES: readonly ToneCategory[] = ['blame', 'absolute', 'threat', 'informal', 'passive-aggressive', 'legal', 'final-notice'];

/** Final-notice rules judge a whole final notice with no reply-by date given; the rest judge any text. */
const contextOf = (rule: ToneRule): ToneOptions => (rule.missing ? { finalStage: true, finalNotice: { hasDate: false } } : {});
/** Final-notice rewrites are added to a final notice, where consequences are expected. */
const wholePackContextOf = (rule: ToneRule): ToneOptions => (rule.missing ? { finalStage: true } : {});

describe.each(LETTER_LANGUAGES)('rule pack %s', (lang) => {
  const pack = rulePack(lang);

  it('belongs to its language and has at least 10 rules', () => {
    expect(pack.lang).toBe(lang);
    expect(pack.rules.length).toBeGreaterThanOrEqual(10);
  });

  it('covers every category (informal may be missing for en)', () => {
    const present = new Set(pack.rules.map((rule) => rule.category));
    for (const category of CATEGORIES) {
      if (lang === 'en' && category === 'informal') continue;
      expect(present, category).toContain(category);
    }
  });

  it('has unique ids prefixed with the language', () => {
    const ids = pack.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${lang}-`), id).toBe(true);
  });

  describe.each(pack.rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it('is well formed', () => {
      expect(rule.pattern.flags).toContain('u');
      expect(rule.pattern.flags).not.toMatch(/[gy]/);
      expect(rule.pattern.source.normalize('NFC')).toBe(rule.pattern.source);
      expect(rule.pattern.source).not.toMatch(/[\u200C\u200D]/u);
      if (lang === 'ur') expect(rule.pattern.source).not.toMatch(/[\u064A\u0643\u0629\u0647\u0649]/u);
      expect(rule.explanation.trim()).not.toBe('');
      expect(rule.explanation.length).toBeLessThan(140);
      expect(rule.rewrite.trim()).not.toBe('');
      expect(rule.examples.flag.length).toBeGreaterThanOrEqual(2);
      expect(rule.examples.pass.length).toBeGreaterThanOrEqual(2);
      if (rule.category === 'threat') expect(typeof rule.allowedInFinalStage).toBe('boolean');
      else expect(rule.allowedInFinalStage).toBeUndefined();
      expect(rule.missing !== undefined, 'final-notice rules and only they flag what is missing').toBe(rule.category === 'final-notice');
      expect(rule.unlessTicked !== undefined, 'legal rules and only they give way to a ticked box').toBe(rule.category === 'legal');
    });

    it.each(rule.examples.flag.map((text) => [text]))('flags %j', (text) => {
      const ids = checkTone(text, lang, contextOf(rule)).map((finding) => finding.ruleId);
      expect(ids).toContain(rule.id);
    });

    it.each(rule.examples.pass.map((text) => [text]))('leaves %j alone', (text) => {
      const ids = checkTone(text, lang, contextOf(rule)).map((finding) => finding.ruleId);
      expect(ids).not.toContain(rule.id);
    });

    it('offers rewrites the rule itself does not flag', () => {
      for (const rewrite of [rule.rewrite, ...Object.values(rule.rewrites ?? {})]) {
        const ids = checkTone(rewrite, lang, contextOf(rule)).map((finding) => finding.ruleId);
        expect(ids, rewrite).not.toContain(rule.id);
      }
    });

    it('offers rewrites that pass the whole pack (informal rewrites may keep other issues)', () => {
      if (rule.category === 'informal') return;
      for (const rewrite of [rule.rewrite, ...Object.values(rule.rewrites ?? {})]) {
        expect(checkTone(rewrite, lang, wholePackContextOf(rule)), rewrite).toEqual([]);
      }
    });

    if (rule.unlessTicked !== undefined) {
      it.each(rule.examples.flag.map((text) => [text]))('leaves %j alone once the user ticked the claim', (text) => {
        const ids = checkTone(text, lang, { [rule.unlessTicked as string]: true }).map((finding) => finding.ruleId);
        expect(ids).not.toContain(rule.id);
      });
    }

    if (rule.missing !== undefined) {
      it.each(rule.examples.flag.map((text) => [text]))('leaves %j alone when it is not a final notice', (text) => {
        expect(checkTone(text, lang, { finalStage: true }).map((finding) => finding.ruleId)).not.toContain(rule.id);
      });
    }

    it('keys its form-specific rewrites by normalised forms', () => {
      for (const form of Object.keys(rule.rewrites ?? {})) {
        expect(normalise(form, lang).text, form).toBe(form);
        expect(form.replace(/\s+/gu, ' ').trim(), form).toBe(form);
      }
    });
  });
});
