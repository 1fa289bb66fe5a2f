import type { LetterLanguage } from '../types';
import { buildEnRules } from './rules-en';
import { buildMsRules } from './rules-ms';
import { buildNeRules } from './rules-ne';
import { buildSlRules } from './rules-sl';
import { buildUrRules } from './rules-ur';
import type { RulePack } from './types';

const BUILDERS: Readonly<Record<LetterLanguage, () => RulePack>> = {
  en: buildEnRules,
  ne: buildNeRules,
  ur: buildUrRules,
  sl: buildSlRules,
  ms: buildMsRules,
};

const built = new Map<LetterLanguage, RulePack>();

/**
 * The tone rule pack of a letter language. Its ~20 Unicode regular expressions take tens of
 * milliseconds to compile, so each language's pack is built the first time it is needed, not
 * when the panel opens.
 */
export function rulePack(lang: LetterLanguage): RulePack {
  let pack = built.get(lang);
  if (!pack) {
    pack = BUILDERS[lang]();
    built.set(lang, pack);
  }
  return pack;
}
