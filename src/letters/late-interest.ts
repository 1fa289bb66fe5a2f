/**
 * Statutory interest and fixed compensation on a late business-to-business payment.
 *
 * - EU (Directive 2011/7/EU, e.g. Slovenia's ZPreZP-1): reference rate + 8 percentage points,
 *   and EUR 40 per invoice for recovery costs, owed without a reminder.
 * - UK (Late Payment of Commercial Debts (Interest) Act 1998): Bank of England base rate + 8 %,
 *   and a fixed sum of GBP 40 (debt under 1,000), 70 (under 10,000) or 100.
 *
 * Simple interest: amount × annual rate × days late / 365, a leap year too. Pure: the caller
 * passes today and the reference rate (the shipped ones are in reference-rates.ts).
 */
import { daysBetween, parseIsoDate } from './values';

/** Which statute a letter may cite; 'none' where there is no general statutory rate (MY, NP, PK, US …). */
export type LateInterestLaw = 'none' | 'eu' | 'uk';

/** A central-bank rate in percent and the first day (ISO date) it applies to late payments. */
export interface ReferenceRate {
  percent: number;
  from: string;
}

export interface StatutoryInterestInput {
  law: 'eu' | 'uk';
  /** What is still owed: the invoice amount less any part payment. */
  principal: number;
  /** ISO 4217 code of the principal. */
  currency: string;
  dueDate: string;
  today: string;
  referenceRate: ReferenceRate;
}

export interface StatutoryInterest {
  /** Days from the day after the due date up to and including today. */
  daysLate: number;
  /** Reference rate + 8. */
  annualRatePercent: number;
  /** In the principal's currency, rounded half up to its minor unit. */
  interest: number;
  /** The fixed sum for recovery costs, in compensationCurrency whatever the invoice currency. */
  compensation: number;
  compensationCurrency: 'EUR' | 'GBP';
}

/** Percentage points the statutes add to the reference rate. */
const STATUTORY_MARGIN = 8;
/** Rates are taken to four decimal places (hundredths of a basis point) and computed as integers. */
const RATE_SCALE = 10_000;

function minorDigits(currency: string): number | undefined {
  if (!/^[A-Za-z]{3}$/.test(currency)) return undefined;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return undefined;
  }
}

/**
 * UK fixed sum by the size of the debt. The Act's bands are in sterling; the principal is
 * compared as given, so for a debt in another currency the caller converts it first.
 */
function ukCompensation(principal: number): number {
  if (principal < 1_000) return 40;
  if (principal < 10_000) return 70;
  return 100;
}

/** Interest and compensation, or null when the payment is not (yet) late or an input is invalid. */
export function statutoryInterest(input: StatutoryInterestInput): StatutoryInterest | null {
  const { law, principal, currency, dueDate, today, referenceRate } = input;
  if (law !== 'eu' && law !== 'uk') return null;
  const digits = minorDigits(currency);
  if (digits === undefined || !Number.isFinite(principal) || principal <= 0) return null;
  if (!Number.isFinite(referenceRate.percent) || parseIsoDate(referenceRate.from) === undefined) return null;
  const daysLate = daysBetween(dueDate, today);
  if (daysLate === undefined || daysLate <= 0) return null;

  const rateScaled = Math.round((referenceRate.percent + STATUTORY_MARGIN) * RATE_SCALE);
  if (rateScaled < 0) return null;
  const unit = 10 ** digits;
  const principalMinor = BigInt(Math.round(principal * unit));
  // interest (minor units) = principal × rate / 100 × days / 365, half up, exactly in integers.
  const numerator = principalMinor * BigInt(rateScaled) * BigInt(daysLate);
  const denominator = BigInt(100 * RATE_SCALE * 365);
  const interestMinor = (2n * numerator + denominator) / (2n * denominator);

  return {
    daysLate,
    annualRatePercent: rateScaled / RATE_SCALE,
    interest: Number(interestMinor) / unit,
    compensation: law === 'eu' ? 40 : ukCompensation(principal),
    compensationCurrency: law === 'eu' ? 'EUR' : 'GBP',
  };
}

/** EU member states by ISO 3166-1 code (Greece also as EL, the EU's own code). */
const EU_MEMBERS = new Set(
  'AT BE BG CY CZ DE DK EE EL ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/**
 * The statute that fits the sender's region: EU members → 'eu', GB (or UK) → 'uk', anywhere else
 * 'none'. Members outside the euro (CZ, DK, HU, PL, RO, SE) apply their own central bank's rate
 * as the reference, so the user has to set it there.
 */
export function defaultLateInterestLaw(region: string | undefined): LateInterestLaw {
  const code = region?.trim().toUpperCase();
  if (!code) return 'none';
  if (code === 'GB' || code === 'UK') return 'uk';
  return EU_MEMBERS.has(code) ? 'eu' : 'none';
}
