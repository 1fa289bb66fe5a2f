import type { LetterLanguage } from '../types';
import { EN_RULES } from './rules-en';
import { MS_RULES } from './rules-ms';
import { NE_RULES } from './rules-ne';
import { SL_RULES } from './rules-sl';
import { UR_RULES } from './rules-ur';
import type { RulePack } from './types';

/** The tone rule pack of each letter language. */
export const RULE_PACKS: Readonly<Record<LetterLanguage, RulePack>> = {
  en: EN_RULES,
  ne: NE_RULES,
  ur: UR_RULES,
  sl: SL_RULES,
  ms: MS_RULES,
};
