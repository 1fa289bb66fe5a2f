import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, ProfileSchema } from '../storage/schema';
import { formFromProfile, parseOffset, parsePercent, readProfileForm, sameForm, withLateInterestLaw } from './profile-form';
import { SHIPPED_REFERENCE_RATES } from '../letters/reference-rates';

const US = 'US';
const form = () => formFromProfile(DEFAULT_PROFILE, US);

describe('the profile form', () => {
  it('reads back the profile it was made from', () => {
    const profile = { ...DEFAULT_PROFILE, senderName: 'Ana Novak', currency: 'EUR', uiLanguage: 'ur' as const };
    expect(readProfileForm(formFromProfile(profile, US), US)).toEqual({ ok: true, profile });
    expect(form().reminderOffsets).toEqual(['-3', '1', '7', '14', '30']);
  });

  it('tidies what was typed into a profile the schema accepts', () => {
    const result = readProfileForm({ ...form(), senderName: '  Ana  ', currency: ' myr ', letterLanguage: 'ms', reminderOffsets: ['−5', '+0', '3', '10', '45'] }, US);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile).toMatchObject({ senderName: 'Ana', currency: 'MYR', letterLanguage: 'ms', uiLanguage: null, reminderOffsets: [-5, 0, 3, 10, 45] });
    expect(v.safeParse(ProfileSchema, result.profile).success).toBe(true);
  });

  it('parses day numbers strictly', () => {
    expect(parseOffset(' 7 ')).toBe(7);
    expect(parseOffset('-3')).toBe(-3);
    expect(parseOffset('1.5')).toBeUndefined();
    expect(parseOffset('')).toBeUndefined();
    expect(parseOffset('seven')).toBeUndefined();
  });

  it('names each problem by its control', () => {
    const result = readProfileForm({ ...form(), businessName: 'x'.repeat(201), currency: 'EURO', reminderOffsets: ['-3', 'x', '7', '5', '400'] }, US);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.problems)).toEqual({
      businessName: { kind: 'tooLong', max: 200 },
      currency: { kind: 'currency' },
      'reminderOffsets.1': { kind: 'offsetNumber' },
      'reminderOffsets.3': { kind: 'offsetOrder' },
      'reminderOffsets.4': { kind: 'offsetRange', min: -60, max: 365 },
    });
  });

  it('refuses offsets that do not increase, and a currency that is not a code', () => {
    const result = readProfileForm({ ...form(), currency: 'E1R', reminderOffsets: ['1', '1', '7', '14', '30'] }, US);
    expect(result.ok ? [] : [...result.problems.keys()]).toEqual(['currency', 'reminderOffsets.1']);
  });

  it('compares forms by content', () => {
    expect(sameForm(form(), form())).toBe(true);
    expect(sameForm(form(), { ...form(), currency: 'EUR' })).toBe(false);
  });

  it('starts with the letter settings’ defaults and reads them back', () => {
    expect(form()).toMatchObject({ voice: 'i', senderForm: 'neutral', nepaliCalendar: 'bs', lateInterestLaw: '', referenceRate: '', referenceRateFrom: '' });
    const result = readProfileForm({ ...form(), voice: 'we', senderForm: 'female', nepaliCalendar: 'ad', lateInterestLaw: 'none' }, US);
    expect(result.ok && result.profile).toMatchObject({ voice: 'we', senderForm: 'female', nepaliCalendar: 'ad', lateInterestLaw: 'none', referenceRate: null });
  });

  it('shows the shipped rate of the law in use, and stores it as "shipped"', () => {
    const slovenia = formFromProfile(DEFAULT_PROFILE, 'SI');
    expect(slovenia).toMatchObject({ lateInterestLaw: '', referenceRate: String(SHIPPED_REFERENCE_RATES.eu.percent), referenceRateFrom: SHIPPED_REFERENCE_RATES.eu.from });
    const result = readProfileForm(slovenia, 'SI');
    expect(result.ok && result.profile).toMatchObject({ lateInterestLaw: null, referenceRate: null });
  });

  it('stores a rate the user typed, with its date', () => {
    const result = readProfileForm({ ...formFromProfile(DEFAULT_PROFILE, 'SI'), referenceRate: '2,4', referenceRateFrom: '2026-07-01' }, 'SI');
    expect(result.ok && result.profile.referenceRate).toEqual({ percent: 2.4, from: '2026-07-01' });
    const back = formFromProfile({ ...DEFAULT_PROFILE, referenceRate: { percent: 2.4, from: '2026-07-01' } }, 'SI');
    expect(back).toMatchObject({ referenceRate: '2.4', referenceRateFrom: '2026-07-01' });
  });

  it('lets an untouched rate follow the law chosen, and keeps one the user typed', () => {
    const slovenia = formFromProfile(DEFAULT_PROFILE, 'SI');
    expect(withLateInterestLaw(slovenia, 'uk', 'SI')).toMatchObject({ lateInterestLaw: 'uk', referenceRate: '3.75', referenceRateFrom: '2026-01-01' });
    expect(withLateInterestLaw(slovenia, 'none', 'SI')).toMatchObject({ referenceRate: '', referenceRateFrom: '' });
    expect(withLateInterestLaw(form(), 'eu', US)).toMatchObject({ referenceRate: '2.15', referenceRateFrom: '2026-01-01' });
    const typed = { ...slovenia, referenceRate: '2.4', referenceRateFrom: '2026-07-01' };
    expect(withLateInterestLaw(typed, 'uk', 'SI')).toMatchObject({ lateInterestLaw: 'uk', referenceRate: '2.4', referenceRateFrom: '2026-07-01' });
  });

  it('names a rate or date that is not one', () => {
    const result = readProfileForm({ ...form(), referenceRate: 'two', referenceRateFrom: '2026-02-30' }, US);
    expect(result.ok ? {} : Object.fromEntries(result.problems)).toEqual({ referenceRate: { kind: 'percent' }, 'referenceRate.from': { kind: 'rateDate' } });
    const half = readProfileForm({ ...form(), referenceRate: '2', referenceRateFrom: '' }, US);
    expect(half.ok ? [] : [...half.problems.keys()]).toEqual(['referenceRate.from']);
  });

  it('parses percentages as people type them', () => {
    expect([parsePercent('2.15'), parsePercent(' 2,15 % '), parsePercent('−0.5'), parsePercent('+4'), parsePercent('120'), parsePercent(''), parsePercent('1.2.3')]).toEqual([2.15, 2.15, -0.5, 4, undefined, undefined, undefined]);
  });
});
