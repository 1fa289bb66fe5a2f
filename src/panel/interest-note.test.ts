import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { interestNote } from './interest-note';

const t = ((key: string, values?: Record<string, string>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;

describe('the statutory interest note', () => {
  it('names the rate used (reference + 8 points) and the day it applies from', () => {
    const note = interestNote(t, 'en-GB', 'eu', { percent: 2.15, from: '2026-01-01' });
    expect(note).toBe('panel.interestNote {"rate":"10.15%","reference":"2.15%","from":"1 January 2026","law":"options.profile.lateInterestLawOptions.eu"}');
  });

  it('formats numbers and dates in the UI language', () => {
    expect(interestNote(t, 'sl', 'uk', { percent: 3.75, from: '2026-01-01' })).toContain('"rate":"11,75');
  });

  it('says that no statutory rate is set when the law is none', () => {
    expect(interestNote(t, 'en', 'none', undefined)).toBe('panel.interestNoLaw');
  });
});
