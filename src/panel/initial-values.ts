import { addDays } from '../letters/dates';
import type { Scenario } from '../letters/types';
import type { Profile } from '../storage/schema';

export type FormValues = Record<string, string | boolean>;

/** A currency that fits the browser's region when the profile names none. */
function regionCurrency(locale: string): string {
  const region = locale.split(/[-_]/)[1]?.toUpperCase();
  const byRegion: Record<string, string> = { US: 'USD', GB: 'GBP', NP: 'NPR', PK: 'PKR', MY: 'MYR', IN: 'INR', AU: 'AUD', CA: 'CAD', SG: 'SGD' };
  return (region && byRegion[region]) ?? 'EUR';
}

/** Sensible starting values: the recipient, the profile, and dates a letter usually needs. */
export function initialValues(scenario: Scenario, context: { profile: Profile; recipient?: string; today: string; locale: string }): FormValues {
  const { profile, recipient, today } = context;
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
  for (const field of scenario.fields) values[field.id] = defaults[field.id] ?? (field.type === 'yesNo' ? false : '');
  return values;
}
