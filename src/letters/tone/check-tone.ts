import type { LetterLanguage } from '../types';
import { rulePack } from './rule-packs';
import { checkToneWith } from './check-tone-with';
import type { ToneFinding, ToneOptions } from './types';

export { checkToneWith };

/**
 * Finds blaming, absolute, threatening, informal and passive-aggressive wording in a letter, legal
 * claims the user has not chosen and, in a final notice, a missing date or next step.
 */
export function checkTone(text: string, lang: LetterLanguage, options: ToneOptions = {}): ToneFinding[] {
  return checkToneWith(rulePack(lang), text, options);
}
