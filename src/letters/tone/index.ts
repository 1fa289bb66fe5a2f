// Placeholder until the rule packs land (being written now); replaced by the real index.
import type { LetterLanguage } from '../types';
import type { ToneFinding, ToneOptions } from './types';
export type * from './types';
export function checkTone(_text: string, _lang: LetterLanguage, _options?: ToneOptions): ToneFinding[] {
  return [];
}
