import { addDays } from '../letters/dates';
import type { FieldSpec, Scenario } from '../letters/types';
import type { Profile } from '../storage/schema';

export type FormValues = Record<string, string | boolean>;

/** A currency that fits the browser's region when the profile names none. */
function regionCurrency(locale: string): string {
  const region = locale.split(/[-_]/)[1]?.toUpperCase();
  const byRegion: Record<string, string> = { US: 'USD', GB: 'GBP', NP: 'NPR', PK: 'PKR', MY: 'MYR', IN: 'INR', AU: 'AUD', CA: 'CAD', SG: 'SGD' };
  return (region && byRegion[region]) ?? 'EUR';
}

/**
 * Details that stay the same from one letter to the next (how to pay, whom to recommend);
 * names, amounts and dates belong to one letter and start fresh.
 */
const STICKY_FIELDS = new Set(['currency', 'paymentLink', 'lateFee', 'lateFeeRate', 'referrals', 'handover', 'finalReportLink', 'projectName']);

/** What a field holds before anyone fills it: unticked, its default choice, or nothing. */
function emptyValue(field: FieldSpec): string | boolean {
  if (field.type === 'yesNo') return false;
  if (field.type === 'choice') return field.default ?? field.options?.[0] ?? '';
  return '';
}

/** Sensible starting values: the recipient, the profile, what was used last time, useful dates. */
export function initialValues(
  scenario: Scenario,
  context: { profile: Profile; recipient?: string; today: string; locale: string; lastValues?: FormValues },
): FormValues {
  const { profile, recipient, today, lastValues = {} } = context;
  const defaults: FormValues = {
    clientName: recipient ?? '',
    senderName: profile.senderName,
    businessName: profile.businessName,
    currency: profile.currency || regionCurrency(context.locale),
    effectiveDate: addDays(today, 14),
    pausedDate: today,
    respondBy: addDays(today, 7),
  };
  const values: FormValues = {};
  for (const field of scenario.fields) {
    const last = STICKY_FIELDS.has(field.id) ? lastValues[field.id] : undefined;
    values[field.id] = last !== undefined && last !== '' ? last : (defaults[field.id] ?? emptyValue(field));
  }
  return values;
}
