/** Letter languages; the letter language is chosen per letter, independent of the UI. */
export const LETTER_LANGUAGES = ['en', 'ne', 'ur', 'sl', 'ms'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export type ScenarioGroup = 'ending' | 'before-ending' | 'payment';

/**
 * Advice steps from facts/letters.md: G gratitude · F facts not opinions · W goodwill ·
 * A apology for the fit · R referrals · E effective date, final · C contract honoured or refund ·
 * H handover · P suggest calling first · N general reason · S specific business reason.
 */
export type AdviceStep = 'G' | 'F' | 'W' | 'A' | 'R' | 'E' | 'C' | 'H' | 'P' | 'N' | 'S';

export type Tone = 'warm' | 'neutral' | 'firm' | 'formal';

/**
 * text: one line · longText: several lines · date: ISO yyyy-mm-dd · money: a decimal amount
 * (formatted with the scenario's `currency` field) · currency: ISO 4217 code · list: one item
 * per line · yesNo: a checkbox · days: a whole number of days · link: a URL or bank details,
 * kept exactly as typed.
 */
export type FieldType = 'text' | 'longText' | 'date' | 'money' | 'currency' | 'list' | 'yesNo' | 'days' | 'link';

/** Where a field's initial value comes from when the user has not typed one. */
export type FieldSource = 'recipient' | 'profile' | 'today';

export interface FieldSpec {
  id: string;
  type: FieldType;
  required: boolean;
  source?: FieldSource;
}

/** Values computed by the renderer; letters may use them like fields but nobody types them. */
export const DERIVED_VALUES = ['daysOverdue', 'amountDue'] as const;
export type DerivedValue = (typeof DERIVED_VALUES)[number];

export interface Scenario {
  id: string;
  group: ScenarioGroup;
  steps: readonly AdviceStep[];
  tone: Tone;
  fields: readonly FieldSpec[];
  /** Keys of guidance notes (texts live in the UI namespace under `guidance.<key>`). */
  guidance: readonly string[];
}

export type FieldValue = string | boolean | readonly string[];
export type FieldValues = Readonly<Record<string, FieldValue | undefined>>;

export interface SenderProfile {
  senderName?: string;
  businessName?: string;
  /** ISO 4217 code used when a letter's currency field is left empty. */
  currency?: string;
  /** A line the sender puts under every letter (phone, website); added after the sign-off. */
  signatureLine?: string;
}

export interface LetterTemplate {
  subject: string;
  body: string;
}
