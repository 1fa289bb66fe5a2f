import type { TFunction } from 'i18next';
import type { LateInterestLaw, ReferenceRate } from '../letters/late-interest';

/** Percentage points the statutes add to the reference rate (late-interest.ts). */
const STATUTORY_MARGIN = 8;

const percent = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);

/**
 * The note under "Add statutory late-payment interest", in the UI language: between businesses
 * only, only where the contract sets no other rate, and the rate used with the day it applies
 * from; or, with no law chosen, that none is set.
 */
export function interestNote(t: TFunction, locale: string, law: LateInterestLaw, rate: ReferenceRate | undefined): string {
  if (law === 'none' || !rate) return t('panel.interestNoLaw');
  const from = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${rate.from}T00:00:00Z`));
  return t('panel.interestNote', {
    rate: percent(rate.percent + STATUTORY_MARGIN, locale),
    reference: percent(rate.percent, locale),
    from,
    law: t(`options.profile.lateInterestLawOptions.${law}`),
  });
}
