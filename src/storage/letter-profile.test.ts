import { describe, expect, it } from 'vitest';
import { findScenario } from '../letters/catalogue';
import { renderLetter } from '../letters/render';
import { SHIPPED_REFERENCE_RATES } from '../letters/reference-rates';
import { effectiveLateInterestLaw, letterProfile, localeRegion } from './letter-profile';
import { DEFAULT_PROFILE } from './schema';

describe('the profile as letters see it', () => {
  it('takes the region from the browser language, guessing it where none is named', () => {
    expect(localeRegion('en-GB')).toBe('GB');
    expect(localeRegion('sl')).toBe('SI');
    expect(localeRegion('ms-MY')).toBe('MY');
    expect(localeRegion('')).toBeUndefined();
    expect(localeRegion('not a locale!')).toBeUndefined();
  });

  it('resolves a law not chosen from the region, and keeps a chosen one', () => {
    expect(effectiveLateInterestLaw(DEFAULT_PROFILE, 'SI')).toBe('eu');
    expect(effectiveLateInterestLaw(DEFAULT_PROFILE, 'GB')).toBe('uk');
    expect(effectiveLateInterestLaw(DEFAULT_PROFILE, 'US')).toBe('none');
    expect(effectiveLateInterestLaw({ lateInterestLaw: 'none' }, 'SI')).toBe('none');
    expect(effectiveLateInterestLaw({ lateInterestLaw: 'uk' }, 'SI')).toBe('uk');
  });

  it('uses the shipped rate of the law unless the user set their own, and none without a law', () => {
    expect(letterProfile(DEFAULT_PROFILE, 'SI')).toMatchObject({ lateInterestLaw: 'eu', referenceRate: SHIPPED_REFERENCE_RATES.eu });
    expect(letterProfile({ ...DEFAULT_PROFILE, lateInterestLaw: 'uk' }, 'SI').referenceRate).toEqual(SHIPPED_REFERENCE_RATES.uk);
    const own = { percent: 2, from: '2026-07-01' };
    expect(letterProfile({ ...DEFAULT_PROFILE, referenceRate: own }, 'DE').referenceRate).toEqual(own);
    const none = letterProfile({ ...DEFAULT_PROFILE, referenceRate: own }, 'US');
    expect(none.lateInterestLaw).toBe('none');
    expect(none.referenceRate).toBeUndefined();
  });

  it('carries voice, sender form, Nepali calendar and sender details', () => {
    const profile = { ...DEFAULT_PROFILE, senderName: 'Ana', signatureLine: '+386 1 234', voice: 'we', senderForm: 'female', nepaliCalendar: 'ad' } as const;
    expect(letterProfile(profile, undefined)).toMatchObject({ senderName: 'Ana', signatureLine: '+386 1 234', voice: 'we', senderForm: 'female', nepaliCalendar: 'ad', lateInterestLaw: 'none' });
  });

  it('gives a Nepali letter the calendar the profile chose', () => {
    const scenario = findScenario('pay-friendly-reminder')!;
    const render = (nepaliCalendar: 'bs' | 'ad') =>
      renderLetter({ scenario, lang: 'ne', template: { subject: 's', body: '{{dueDate}}' }, values: { clientName: 'A', senderName: 'B', invoiceNumber: '1', amount: '1', currency: 'NPR', dueDate: '2025-01-15' }, profile: letterProfile({ ...DEFAULT_PROFILE, nepaliCalendar }, 'NP'), today: '2025-02-01' }).text;
    expect(render('ad')).toBe('२०२५ जनवरी १५');
    expect(render('bs')).not.toContain('२०२५');
  });

  it('lets statutory interest into a letter only with a law in force', () => {
    const scenario = findScenario('pay-friendly-reminder')!;
    const values = { clientName: 'A', senderName: 'B', invoiceNumber: '1', amount: '1000', currency: 'EUR', dueDate: '2026-01-01', statutoryInterest: true };
    const template = { subject: 's', body: '{{#statutoryInterest}}{{interestRate}} {{interestAmount}}{{/statutoryInterest}}' };
    const text = (region: string) => renderLetter({ scenario, lang: 'en', template, values, profile: letterProfile(DEFAULT_PROFILE, region), today: '2026-02-01' }).text;
    expect(text('SI')).toBe('10.15% €8.62');
    expect(text('US')).toBe('');
  });
});
