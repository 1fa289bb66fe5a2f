import { defaultLateInterestLaw, type LateInterestLaw, type ReferenceRate } from '../letters/late-interest';
import { SHIPPED_REFERENCE_RATES } from '../letters/reference-rates';
import type { SenderProfile } from '../letters/types';
import type { Profile } from './schema';

/**
 * The region a locale names, or the one it most likely means ("sl" → "SI", "en" → "US"):
 * where the sender probably works, for the statutory-interest default.
 */
export function localeRegion(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return new Intl.Locale(locale).maximize().region;
  } catch {
    return undefined;
  }
}

/** The late-payment law in use: the one the user chose, else the one of their region. */
export function effectiveLateInterestLaw(profile: Pick<Profile, 'lateInterestLaw'>, region: string | undefined): LateInterestLaw {
  return profile.lateInterestLaw ?? defaultLateInterestLaw(region);
}

/** The reference rate in use for a law: the user's own, else the one Tactful ships; none without a law. */
export function effectiveReferenceRate(profile: Pick<Profile, 'referenceRate'>, law: LateInterestLaw): ReferenceRate | undefined {
  if (law === 'none') return undefined;
  return profile.referenceRate ?? SHIPPED_REFERENCE_RATES[law];
}

/** The profile as the letters see it, with "not chosen" resolved for the sender's region. */
export function letterProfile(profile: Profile, region: string | undefined): SenderProfile {
  const lateInterestLaw = effectiveLateInterestLaw(profile, region);
  const referenceRate = effectiveReferenceRate(profile, lateInterestLaw);
  return {
    senderName: profile.senderName,
    businessName: profile.businessName,
    currency: profile.currency,
    signatureLine: profile.signatureLine,
    voice: profile.voice,
    senderForm: profile.senderForm,
    nepaliCalendar: profile.nepaliCalendar,
    lateInterestLaw,
    ...(referenceRate ? { referenceRate: { ...referenceRate } } : {}),
  };
}
