import { createRequire } from 'node:module';
import NepaliDateImport from 'nepali-date-converter';
import { describe, expect, it } from 'vitest';
import { BIKRAM_SAMBAT_RANGE, toBikramSambat } from './bikram-sambat';

// Two independently maintained tables to compare with: `nepali-date-converter` (subeshb1, where
// our table comes from) and `bikram-sambat` (Medic, a table kept separately).
const require = createRequire(import.meta.url);
const medic = require('bikram-sambat') as { toBik(iso: string): { year: number; month: number; day: number } };
// The CommonJS build arrives wrapped in `default` under Node's ESM loader.
const NepaliDate = (NepaliDateImport as unknown as { default?: typeof NepaliDateImport }).default ?? NepaliDateImport;

const DAY_MS = 86_400_000;
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

function subeshb1(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // The library reads the local calendar date; noon keeps any time zone on the same day.
  const bs = new NepaliDate(new Date(y, m - 1, d, 12)).getBS();
  return { year: bs.year, month: bs.month + 1, day: bs.date };
}

describe('toBikramSambat', () => {
  it('dates 28 November 2026 as २०८३ मंसिर १२', () => {
    expect(toBikramSambat('2026-11-28')).toEqual({ year: 2083, month: 8, day: 12 });
  });

  it.each([
    ['1943-04-14', { year: 2000, month: 1, day: 1 }],
    ['2026-04-14', { year: 2083, month: 1, day: 1 }],
    ['2027-04-13', { year: 2083, month: 12, day: 30 }],
  ])('knows where the table starts and the years turn: %s', (iso, expected) => {
    expect(toBikramSambat(iso)).toEqual(expected);
  });

  it.each(['1943-04-13', '2027-04-14', '2040-01-01', '2026-02-30', 'tomorrow', ''])('gives no date for %j', (iso) => {
    expect(toBikramSambat(iso)).toBeUndefined();
  });

  it('agrees with both libraries on every day of its range', () => {
    const start = Date.parse(BIKRAM_SAMBAT_RANGE.first);
    const end = Date.parse(BIKRAM_SAMBAT_RANGE.last);
    const mismatches: string[] = [];
    let days = 0;
    for (let time = start; time <= end; time += DAY_MS, days += 1) {
      const iso = isoOf(time);
      const ours = toBikramSambat(iso);
      const a = subeshb1(iso);
      const b = medic.toBik(iso);
      if (JSON.stringify(ours) !== JSON.stringify(a) || JSON.stringify(ours) !== JSON.stringify(b)) {
        mismatches.push(`${iso}: ${JSON.stringify({ ours, a, b })}`);
      }
    }
    expect(days).toBe(30_681);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
