import type { LetterLanguage } from '../types';

export type ToneCategory = 'blame' | 'absolute' | 'threat' | 'informal' | 'passive-aggressive';
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
  /** Threat rules stay silent in the final-notice stage, where consequences belong. */
  allowedInFinalStage?: boolean;
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
  /** True for pay-final-notice: stating consequences is expected there. */
  finalStage?: boolean;
}
