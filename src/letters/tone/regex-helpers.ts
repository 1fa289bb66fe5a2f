/**
 * Building blocks for rule patterns. `\b` only knows ASCII word characters, so word edges are
 * lookarounds over letters, marks and digits of any script (Devanagari vowel signs and Urdu
 * diacritics are marks).
 */
const WORD_CHARS = String.raw`\p{L}\p{M}\p{N}`;

/** Not preceded by a letter, mark or digit. */
export const START = String.raw`(?<![${WORD_CHARS}])`;
/** Not followed by a letter, mark or digit. */
export const END = String.raw`(?![${WORD_CHARS}])`;

/** One word of a clause: no whitespace and no clause or sentence punctuation. */
export const TOKEN = String.raw`[^\s.,;:!?।॥۔،؛؟"“”«»()\[\]]+`;

/** Up to `max` words between two parts of a phrase, as few as possible, within one clause. */
export function gap(max: number): string {
  return String.raw`(?:\s+${TOKEN}){0,${max}}?`;
}

/** At the start of the text or of a line, after optional indentation. */
export const LINE_START = String.raw`(?<=(?:^|\n)[^\S\n]*)`;

/** Joins alternatives into one non-capturing group. */
export function oneOf(...alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** A whole-word rule pattern for normalised (lower-cased, NFC) text. */
export function phrase(...alternatives: readonly string[]): RegExp {
  return new RegExp(`${START}${oneOf(...alternatives)}${END}`, 'u');
}
