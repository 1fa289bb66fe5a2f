/** Letters and sample values shared by the built-in letter tests (test-only module). */
import en from '../../locales/en/letters.json';
import ms from '../../locales/ms/letters.json';
import ne from '../../locales/ne/letters.json';
import sl from '../../locales/sl/letters.json';
import ur from '../../locales/ur/letters.json';
import { SCENARIOS } from './catalogue';
import type { FieldValues, GreetingTemplates, LetterEntry, LetterLanguage, Scenario, SenderProfile } from './types';
import { greetingTemplates, letterEntry } from './voice';

export const LETTER_FILES: Record<LetterLanguage, unknown> = { en, ne, ur, sl, ms };

export function entriesOf(lang: LetterLanguage): Map<string, LetterEntry> {
  const file = LETTER_FILES[lang];
  return new Map(SCENARIOS.map((s) => [s.id, letterEntry(file, s.id)!]));
}

export function greetingsOf(lang: LetterLanguage): GreetingTemplates {
  return greetingTemplates(LETTER_FILES[lang])!;
}

export const TODAY = '2025-02-20';

const SAMPLE: Record<string, string | boolean> = {
  addressForm: 'neutral',
  clientName: 'Jordan Lee',
  senderName: 'Ana Novak',
  businessName: 'Novak Design',
  projectName: 'Website relaunch',
  afterCall: true,
  reason: 'Several requests went beyond the agreed scope.',
  refund: 'a refund of the last invoice',
  referrals: 'Studio Mira\nBright Pixel',
  effectiveDate: '2025-03-15',
  contractEndDate: '2025-03-15',
  noticeDays: '30',
  handover: 'Design files\nHosting access',
  handoverDate: '2025-03-20',
  finalReportLink: 'https://example.com/report',
  outstandingAmount: '2500',
  returnMaterials: true,
  rightsOnPayment: true,
  confidentiality: true,
  invoiceNumber: 'INV-2025-042',
  invoiceDate: '2025-01-01',
  amount: '1234567.5',
  currency: 'EUR',
  amountPaid: '1000',
  dueDate: '2025-01-15',
  paymentLink: 'https://pay.example.com/42',
  lateFee: '40',
  lateFeeRate: '1.5',
  statutoryInterest: true,
  pausedDate: '2025-02-01',
  respondBy: '2025-02-28',
  lastContactDate: '2025-01-10',
};

/** A plausible value for every field, so each optional section is shown. */
export function fullValues(scenario: Scenario, overrides: Record<string, string | boolean> = {}): FieldValues {
  return Object.fromEntries(scenario.fields.map((field) => [field.id, overrides[field.id] ?? SAMPLE[field.id] ?? 'x']));
}

export function requiredValues(scenario: Scenario, overrides: Record<string, string | boolean> = {}): FieldValues {
  const full = fullValues(scenario, overrides);
  return Object.fromEntries(scenario.fields.filter((field) => field.required).map((field) => [field.id, full[field.id]]));
}

export const FULL_PROFILE: SenderProfile = { lateInterestLaw: 'eu', referenceRate: { percent: 3.15, from: '2025-01-01' } };
