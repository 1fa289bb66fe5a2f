import type { LetterLanguage } from '../types';

/** Text prepared for matching, with a way back to offsets in the original text. */
export interface NormalisedText {
  text: string;
  /**
   * Original offset for a normalised offset used as a span start (or as the end of the text).
   * Characters removed just before that point are skipped.
   */
  toOriginal(index: number): number;
  /**
   * Original offset for a normalised offset used as a span end: the end of the original
   * characters behind the last normalised character before `index`.
   */
  toOriginalEnd(index: number): number;
}

/** Invisible joiners and bidi controls that only get in the way of matching. */
const REMOVED = /\u200D|[\u200C\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/u;

/** Characters that attach to the one before them, so NFC may fuse them with it. */
const CONTINUES = /[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]/u;

/** Arabic letter shapes often typed in Urdu text, mapped to the Urdu letters. */
const URDU_LETTERS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي → ی
  '\u0649': '\u06CC', // ى → ی
  '\u0643': '\u06A9', // ك → ک
  '\u0629': '\u06C1', // ة → ہ
  '\u0647': '\u06C1', // ه → ہ
};

const URDU_PATTERN = /[\u064A\u0649\u0643\u0629\u0647]/gu;

interface Cluster {
  text: string;
  /** Original offset of each UTF-16 unit of `text`. */
  units: number[];
  start: number;
  end: number;
}

/**
 * NFC, Urdu letter variants (ur only), no ZWJ/ZWNJ or bidi controls, locale lower case.
 * For matching only; offsets map back to the original text through an index map.
 */
export function normalise(text: string, lang: LetterLanguage): NormalisedText {
  const startMap: number[] = [];
  const endMap: number[] = [];
  let out = '';

  for (const cluster of clusters(text)) {
    const composed = cluster.text.normalize('NFC');
    const mapped = lang === 'ur' ? composed.replace(URDU_PATTERN, (ch) => URDU_LETTERS[ch] ?? ch) : composed;
    const lowered = mapped.toLocaleLowerCase(lang);
    const oneToOne = composed === cluster.text && lowered.length === cluster.text.length;
    for (let k = 0; k < lowered.length; k += 1) {
      const unit = oneToOne ? cluster.units[k] : undefined;
      startMap.push(unit ?? cluster.start);
      endMap.push(unit === undefined ? cluster.end : unit + 1);
    }
    out += lowered;
  }

  const length = out.length;
  return {
    text: out,
    toOriginal(index: number): number {
      if (index >= length) return text.length;
      return startMap[Math.max(0, index)] ?? text.length;
    },
    toOriginalEnd(index: number): number {
      if (index <= 0) return length > 0 ? (startMap[0] ?? 0) : text.length;
      return endMap[Math.min(index, length) - 1] ?? text.length;
    },
  };
}

/** Splits the kept characters into a base character plus whatever attaches to it. */
function clusters(text: string): Cluster[] {
  const result: Cluster[] = [];
  let current: Cluster | undefined;
  let offset = 0;
  for (const ch of text) {
    const start = offset;
    offset += ch.length;
    if (REMOVED.test(ch)) continue;
    if (current === undefined || !CONTINUES.test(ch)) {
      current = { text: '', units: [], start, end: start };
      result.push(current);
    }
    current.text += ch;
    for (let k = 0; k < ch.length; k += 1) current.units.push(start + k);
    current.end = offset;
  }
  return result;
}
