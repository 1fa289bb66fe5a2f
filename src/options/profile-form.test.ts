import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, ProfileSchema } from '../storage/schema';
import { formFromProfile, parseOffset, readProfileForm, sameForm } from './profile-form';

const form = () => formFromProfile(DEFAULT_PROFILE);

describe('the profile form', () => {
  it('reads back the profile it was made from', () => {
    const profile = { ...DEFAULT_PROFILE, senderName: 'Ana Novak', currency: 'EUR', uiLanguage: 'ur' as const };
    expect(readProfileForm(formFromProfile(profile))).toEqual({ ok: true, profile });
    expect(form().reminderOffsets).toEqual(['-3', '1', '7', '14', '30']);
  });

  it('tidies what was typed into a profile the schema accepts', () => {
    const result = readProfileForm({ ...form(), senderName: '  Ana  ', currency: ' myr ', letterLanguage: 'ms', reminderOffsets: ['−5', '+0', '3', '10', '45'] });
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
    const result = readProfileForm({ ...form(), businessName: 'x'.repeat(201), currency: 'EURO', reminderOffsets: ['-3', 'x', '7', '5', '400'] });
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
    const result = readProfileForm({ ...form(), currency: 'E1R', reminderOffsets: ['1', '1', '7', '14', '30'] });
    expect(result.ok ? [] : [...result.problems.keys()]).toEqual(['currency', 'reminderOffsets.1']);
  });

  it('compares forms by content', () => {
    expect(sameForm(form(), form())).toBe(true);
    expect(sameForm(form(), { ...form(), currency: 'EUR' })).toBe(false);
  });
});
