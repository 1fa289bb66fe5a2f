import { LANGUAGE_TABLE } from './languages';

/** Letter languages; the letter language is chosen per letter, independent of the UI. */
export type LetterLanguage = (typeof LANGUAGE_TABLE)[number]['code'];
export const LETTER_LANGUAGES: readonly LetterLanguage[] = LANGUAGE_TABLE.map((language) => language.code);

export type ScenarioGroup = 'ending' | 'before-ending' | 'payment';

/**
 * Advice steps (docs/letter-advice.md): G gratitude · F facts not opinions · W goodwill ·
 * A apology for the fit · R referrals · E effective date, final · C contract honoured or refund ·
 * H handover · P suggest calling first · N general reason · S specific business reason.
 */
export type AdviceStep = 'G' | 'F' | 'W' | 'A' | 'R' | 'E' | 'C' | 'H' | 'P' | 'N' | 'S';

export type Tone = 'warm' | 'neutral' | 'firm' | 'formal';

/**
 * text: one line · longText: several lines · date: ISO yyyy-mm-dd · money: a decimal amount
 * (formatted with the scenario's `currency` field) · currency: ISO 4217 code · list: one item
 * per line · yesNo: a checkbox · days: a whole number of days · link: a URL or bank details,
 * kept exactly as typed · choice: one of the field's `options` (never printed: it drives the
 * grammar booleans and the greeting) · percent: a decimal percentage, e.g. a rate per month.
 */
export type FieldType = 'text' | 'longText' | 'date' | 'money' | 'currency' | 'list' | 'yesNo' | 'days' | 'link' | 'choice' | 'percent';

/** Where a field's initial value comes from when the user has not typed one. */
export type FieldSource = 'recipient' | 'profile' | 'today';

export interface FieldSpec {
  id: string;
  type: FieldType;
  required: boolean;
  source?: FieldSource;
  /** The values a `choice` field allows (UI labels: `fields.<id>Options.<option>`). */
  options?: readonly string[];
  /** The value a `choice` field has when nobody picked one. */
  default?: string;
}

/** How a person is addressed, or how the writer's grammar is marked. */
export const GRAMMATICAL_FORMS = ['female', 'male', 'neutral'] as const;
export type GrammaticalForm = (typeof GRAMMATICAL_FORMS)[number];

/**
 * Yes/no values the renderer derives for grammar: exactly one of each trio is present. They
 * may be used only as sections (`{{#recipientFemale}}…{{/recipientFemale}}`), never as text.
 */
export const GRAMMAR_BOOLEANS = ['recipientFemale', 'recipientMale', 'recipientNeutral', 'senderFemale', 'senderMale', 'senderNeutral'] as const;

/** Yes/no values the renderer derives from dates and amounts: sections only, never text. */
export const MECHANIC_BOOLEANS = ['notYetDue', 'dueToday', 'overdue', 'pausedInFuture', 'partPaid'] as const;

/** Values computed by the renderer; letters may use them like fields but nobody types them. */
export const DERIVED_VALUES = [
  'greeting',
  'daysOverdue',
  'daysUntilDue',
  'amountDue',
  'interestAmount',
  'interestRate',
  'interestDays',
  'compensation',
  ...MECHANIC_BOOLEANS,
  ...GRAMMAR_BOOLEANS,
] as const;
export type DerivedValue = (typeof DERIVED_VALUES)[number];

/** Derived names that may only open a section. */
export const SECTION_ONLY: readonly string[] = [...MECHANIC_BOOLEANS, ...GRAMMAR_BOOLEANS];

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
  /** A freelancer writes "I", a small business "we" (default "i"). */
  voice?: Voice;
  /** Only for grammar that marks the writer's gender (sl past tense, ur verbs); default neutral. */
  senderForm?: GrammaticalForm;
  /** Nepali letters: Bikram Sambat or Gregorian dates. */
  nepaliCalendar?: 'bs' | 'ad';
  /** Which statutory late-payment interest applies to the sender's business invoices. */
  lateInterestLaw?: 'none' | 'eu' | 'uk';
  /** The central-bank reference rate the law adds to, in percent, and the ISO date it applies from. */
  referenceRate?: { percent: number; from: string };
}

export type Voice = 'i' | 'we';
export const VOICES: readonly Voice[] = ['i', 'we'];

export interface LetterTemplate {
  subject: string;
  body: string;
}

/**
 * One built-in letter in `locales/<lng>/letters.json`: the top-level subject and body are the
 * writer's "I" voice, `we` the small-business voice.
 */
export interface LetterEntry extends LetterTemplate {
  we?: LetterTemplate;
}

/** The greeting of a language (`_greeting` in letters.json), one template per address form. */
export type GreetingTemplates = Readonly<Record<GrammaticalForm, string>>;

/** The reserved key of letters.json that holds the greeting, not a scenario. */
export const GREETING_KEY = '_greeting';
