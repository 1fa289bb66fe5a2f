import { addDays } from '../letters/dates';
import type { FieldSpec, FieldValues, Scenario } from '../letters/types';
import type { Profile } from '../storage/schema';

/** Prose samples come in the letter's language (ui.json `options.sample.<id>`). */
const TRANSLATED_SAMPLES = ['clientName', 'senderName', 'businessName', 'projectName', 'reason', 'refund', 'referrals', 'handover'] as const;
type TranslatedSample = (typeof TRANSLATED_SAMPLES)[number];

/** Days from today for each date field: a letter written a week after the due date. */
const DATE_OFFSETS: Record<string, number> = {
  dueDate: -7,
  invoiceDate: -37,
  lastContactDate: -21,
  pausedDate: 0,
  respondBy: 7,
  effectiveDate: 14,
  contractEndDate: 30,
};

const FIXED: Record<string, string> = {
  invoiceNumber: 'INV-2025-042',
  amount: '1250.00',
  amountPaid: '500.00',
  lateFee: '50.00',
  paymentLink: 'https://pay.example.com/INV-2025-042',
  finalReportLink: 'https://example.com/final-report',
  noticeDays: '14',
  lateFeeRate: '1.5',
};

function sampleFor(field: FieldSpec, context: { today: string; profile: Profile; sample(id: TranslatedSample): string }): FieldValues[string] {
  const { profile, sample, today } = context;
  if (field.id === 'senderName' && profile.senderName) return profile.senderName;
  if (field.id === 'businessName' && profile.businessName) return profile.businessName;
  if ((TRANSLATED_SAMPLES as readonly string[]).includes(field.id)) return sample(field.id as TranslatedSample);
  if (field.id in FIXED) return FIXED[field.id];
  switch (field.type) {
    case 'date':
      return addDays(today, DATE_OFFSETS[field.id] ?? 0);
    case 'currency':
      return profile.currency || 'EUR';
    case 'money':
      return '100.00';
    case 'days':
      return '14';
    case 'yesNo':
      return true;
    case 'choice':
      return field.default ?? field.options?.[0];
    case 'percent':
      return '1.5';
    default:
      // A field added to the vocabulary later still shows where it goes.
      return field.id;
  }
}

/** Values that show every part of a letter in the preview, optional sections included. */
export function sampleValues(scenario: Scenario, context: { today: string; profile: Profile; sample(id: TranslatedSample): string }): FieldValues {
  return Object.fromEntries(scenario.fields.map((field) => [field.id, sampleFor(field, context)]));
}
