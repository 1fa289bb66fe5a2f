import { describe, expect, it } from 'vitest';
import { letterLocationSearch, readLetterLocation } from './letter-location';

describe('the open letter in the address', () => {
  it('round-trips a situation and a language', () => {
    const search = letterLocationSearch({ scenarioId: 'custom-late-again', lang: 'ur' });
    expect(search).toBe('?scenario=custom-late-again&lang=ur');
    expect(readLetterLocation(search)).toEqual({ scenarioId: 'custom-late-again', lang: 'ur' });
  });

  it('ignores what it does not know', () => {
    expect(readLetterLocation('?lang=de')).toEqual({ scenarioId: null, lang: null });
    expect(letterLocationSearch({ scenarioId: null, lang: 'en' })).toBe('');
  });
});
