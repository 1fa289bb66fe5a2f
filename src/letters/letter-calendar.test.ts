import { describe, expect, it } from 'vitest';
import { letterCalendar } from './letter-calendar';
import { BIKRAM_SAMBAT_RANGE } from './bikram-sambat';

describe('letterCalendar', () => {
  it('dates Nepali letters in Bikram Sambat unless the profile chose AD', () => {
    expect(letterCalendar('ne', undefined, ['2026-11-28'])).toBe('bs');
    expect(letterCalendar('ne', 'bs', ['2026-11-28'])).toBe('bs');
    expect(letterCalendar('ne', 'ad', ['2026-11-28'])).toBe('ad');
  });

  it('dates the whole letter AD when one of its dates is outside the BS table', () => {
    expect(letterCalendar('ne', 'bs', ['2026-11-28', BIKRAM_SAMBAT_RANGE.last])).toBe('bs');
    const dayAfter = new Date(Date.parse(BIKRAM_SAMBAT_RANGE.last) + 86_400_000).toISOString().slice(0, 10);
    expect(letterCalendar('ne', 'bs', ['2026-11-28', dayAfter])).toBe('ad');
  });

  it('ignores text that is not a date (the field reports it as invalid) and other languages', () => {
    expect(letterCalendar('ne', 'bs', ['soon'])).toBe('bs');
    expect(letterCalendar('sl', 'bs', ['2026-11-28'])).toBe('ad');
  });
});
