/**
 * The reference rates Tactful ships, each with the first day it applies from. They change twice a
 * year, so they are defaults the user can see and edit, never a rate the letter claims on its own.
 * Known as of early 2026: later central-bank decisions are not reflected here.
 */
import type { LateInterestLaw, ReferenceRate } from './late-interest';

export const SHIPPED_REFERENCE_RATES: Readonly<Record<Exclude<LateInterestLaw, 'none'>, ReferenceRate>> = {
  /**
   * EU (Directive 2011/7/EU, euro area): the ECB main refinancing operations rate in force on
   * 1 January (for January–June) or 1 July (for July–December). The ECB set it at 2.15 % from
   * 11 June 2025, so 2.15 % applied from 2025-07-01, and it was still 2.15 % on 1 January 2026
   * (held in December 2025 and again on 5 February 2026): 2.15 % from 2026-01-01. Whether it was
   * still 2.15 % on 1 July 2026 was not confirmed when this was written; the user can edit it.
   * EU members outside the euro use their own central bank's rate instead.
   */
  eu: { percent: 2.15, from: '2026-01-01' },
  /**
   * UK (Late Payment of Commercial Debts (Interest) Act 1998): the Bank of England base rate in
   * force on 31 December (for January–June) or 30 June (for July–December). Bank Rate was cut to
   * 3.75 % on 18 December 2025, so 3.75 % was in force on 31 December 2025 and applies from
   * 2026-01-01 (held at 3.75 % on 5 February 2026). The rate on 30 June 2026 was not confirmed
   * when this was written; the user can edit it.
   */
  uk: { percent: 3.75, from: '2026-01-01' },
};
