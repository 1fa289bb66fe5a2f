import type { LetterLanguage } from '../types';

export type ToneCategory = 'blame' | 'absolute' | 'threat' | 'informal' | 'passive-aggressive' | 'legal' | 'final-notice';
export type ToneSeverity = 'info' | 'warning';

export interface ToneRule {
  id: string;
  category: ToneCategory;
  severity: ToneSeverity;
  /** Matched against the normalised text (see normalise.ts); use the `u` flag, no `g`. */
  pattern: RegExp;
  /** Why this wording hurts, in the rule's language, one short sentence. */
  explanation: string;
  /** A better wording in the rule's language, ready to replace the matched span. */
  rewrite: string;
  /**
   * Rewrites for particular inflected forms, keyed by the normalised match with runs of
   * whitespace collapsed to one space (e.g. sl "tvoja" → "vaša", ur "تمہارا" → "آپ کا");
   * matches not listed here get `rewrite`.
   */
  rewrites?: Readonly<Record<string, string>>;
  /** Threat rules stay silent in the final stage (see `ToneOptions.finalStage`), where consequences belong. */
  allowedInFinalStage?: boolean;
  /** A legal claim that is the user's own once they tick this box: the rule stays silent then. */
  unlessTicked?: 'statutoryInterest';
  /**
   * A final-notice rule flags what is missing, only when `ToneOptions.finalNotice` is set: `pattern`
   * is then the wording that must be there. 'date' also stays silent when a reply-by date is given.
   * Its finding is an empty span before the closing paragraph, where `rewrite` can be inserted.
   */
  missing?: 'date' | 'consequence';
  /** Texts the rule must flag, and texts it must leave alone (the pack's tests run them). */
  examples: { flag: readonly string[]; pass: readonly string[] };
}

export interface RulePack {
  lang: LetterLanguage;
  rules: readonly ToneRule[];
}

export interface ToneFinding {
  ruleId: string;
  category: ToneCategory;
  severity: ToneSeverity;
  /** Offsets into the original, un-normalised text. */
  start: number;
  end: number;
  text: string;
  explanation: string;
  rewrite: string;
}

export interface ToneOptions {
  /** True for pay-final-notice and end-non-payment: stating consequences is expected there. */
  finalStage?: boolean;
  /** The user ticked statutoryInterest: the letter may claim the interest the law allows. */
  statutoryInterest?: boolean;
  /** Set for the whole text of a final notice (pay-final-notice): it must give a date and a next step. */
  finalNotice?: { hasDate: boolean };
}
