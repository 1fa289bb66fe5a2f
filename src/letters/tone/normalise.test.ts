import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';

describe('normalise', () => {
  it('lower-cases with the letter language and keeps offsets one to one', () => {
    const result = normalise('ŠE VEDNO Niste', 'sl');
    expect(result.text).toBe('še vedno niste');
    for (let i = 0; i <= result.text.length; i += 1) expect(result.toOriginal(i)).toBe(i);
  });

  it('composes decomposed characters (NFC) and maps offsets around them', () => {
    const original = 'plac\u030Cali so'; // "c" + combining caron
    const result = normalise(original, 'sl');
    expect(result.text).toBe('plačali so');
    const c = result.text.indexOf('č');
    expect(result.toOriginal(c)).toBe(3);
    expect(result.toOriginalEnd(c + 1)).toBe(5);
    expect(result.toOriginal(c + 1)).toBe(5);
    expect(original.slice(result.toOriginal(0), result.toOriginalEnd(7))).toBe('plac\u030Cali');
  });

  it('composes across a stripped joiner between a letter and its mark', () => {
    const result = normalise('c\u200C\u030Ce', 'sl');
    expect(result.text).toBe('če');
    expect(result.toOriginal(0)).toBe(0);
    expect(result.toOriginalEnd(1)).toBe(3);
    expect(result.toOriginal(1)).toBe(3);
  });

  it('strips ZWJ, ZWNJ and bidi controls, keeping the way back', () => {
    const original = '\u2067तपाईं\u200Cको\u200D गल्ती\u200E\u2069';
    const result = normalise(original, 'ne');
    expect(result.text).toBe('तपाईंको गल्ती');
    expect(result.toOriginal(0)).toBe(1);
    expect(result.toOriginalEnd(result.text.length)).toBe(original.indexOf('\u200E'));
    const ko = result.text.indexOf('को');
    expect(result.toOriginal(ko)).toBe(original.indexOf('को'));
    expect(result.toOriginalEnd(ko)).toBe(original.indexOf('\u200C'));
  });

  it('maps Arabic letter shapes to Urdu letters for Urdu only', () => {
    const arabic = 'آپ كي غلطي، زكوة، نهيں';
    expect(normalise(arabic, 'ur').text).toBe('آپ کی غلطی، زکوہ، نہیں');
    expect(normalise(arabic, 'en').text).toBe(arabic);
    const result = normalise(arabic, 'ur');
    for (let i = 0; i <= result.text.length; i += 1) expect(result.toOriginal(i)).toBe(i);
  });

  it('maps back when lower-casing changes the length', () => {
    const original = 'İnvoice'; // "İ" lower-cases to "i" + combining dot (two units)
    const result = normalise(original, 'en');
    expect(result.text).toBe('i\u0307nvoice');
    expect(result.toOriginal(0)).toBe(0);
    expect(result.toOriginal(1)).toBe(0);
    expect(result.toOriginalEnd(2)).toBe(1);
    expect(result.toOriginal(2)).toBe(1);
  });

  it('handles empty and all-invisible text', () => {
    expect(normalise('', 'en').text).toBe('');
    const invisible = normalise('\u200C\u2066', 'ur');
    expect(invisible.text).toBe('');
    expect(invisible.toOriginal(0)).toBe(2);
  });

  it('always maps spans back to original text that normalises to the same span', () => {
    const alphabet = ['a', 'B', 'c', '\u030C', '\u0301', '\u200C', '\u200D', '\u200E', '\u2067', '\u2069', 'ي', 'ك', 'ة', 'Š', 'č', 'İ', ' ', 'न', '्', 'ि', '😀'];
    const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((chars) => chars.join(''));
    const langs = fc.constantFrom('en' as const, 'ne' as const, 'ur' as const, 'sl' as const, 'ms' as const);
    fc.assert(
      fc.property(texts, langs, (original, lang) => {
        const result = normalise(original, lang);
        const n = result.text.length;
        for (let i = 0; i < n; i += 1) {
          expect(result.toOriginal(i)).toBeLessThanOrEqual(result.toOriginal(i + 1));
          expect(result.toOriginalEnd(i)).toBeLessThanOrEqual(result.toOriginalEnd(i + 1));
          expect(result.toOriginal(i)).toBeLessThan(result.toOriginalEnd(i + 1));
        }
        expect(result.toOriginal(n)).toBe(original.length);
        for (let i = 0; i < n; i += 1) {
          for (let j = i + 1; j <= n; j += 1) {
            const slice = original.slice(result.toOriginal(i), result.toOriginalEnd(j));
            expect(normalise(slice, lang).text).toContain(result.text.slice(i, j));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
