import * as v from 'valibot';
import { GRAMMATICAL_FORMS, LETTER_LANGUAGES, VOICES } from '../letters/types';
import { DEFAULT_REMINDER_OFFSETS } from '../letters/reminder-stage';
import { parseIsoDate } from '../letters/values';
import { CaseLogSchema } from './case-log';
import { RecipientMemorySchema } from './recipient-memory';

/** Bumped when the stored layout changes; migrations.ts carries older data forward. */
export const STORAGE_VERSION = 1;

const MAX_TEXT = 5000;
const MAX_TEMPLATE = 20_000;

const language = v.picklist(LETTER_LANGUAGES);
const shortText = v.pipe(v.string(), v.maxLength(200));

export const ProfileSchema = v.object({
  senderName: v.optional(shortText, ''),
  businessName: v.optional(shortText, ''),
  signatureLine: v.optional(shortText, ''),
  currency: v.optional(v.pipe(v.string(), v.regex(/^([A-Z]{3})?$/)), ''),
  letterLanguage: v.optional(v.nullable(language), null),
  uiLanguage: v.optional(v.nullable(language), null),
  reminderOffsets: v.optional(
    v.pipe(
      v.array(v.pipe(v.number(), v.integer(), v.minValue(-60), v.maxValue(365))),
      v.length(5),
      v.check((days) => days.every((day, i) => i === 0 || day > days[i - 1]!), 'offsets must increase'),
    ),
    () => [...DEFAULT_REMINDER_OFFSETS],
  ),
  /** "i": a freelancer writing for herself; "we": a small business. */
  voice: v.optional(v.picklist(VOICES), 'i'),
  /** How the writer's own grammar is marked, where a language marks it. */
  senderForm: v.optional(v.picklist(GRAMMATICAL_FORMS), 'neutral'),
  /** Dates in Nepali letters: Bikram Sambat or Gregorian. */
  nepaliCalendar: v.optional(v.picklist(['bs', 'ad']), 'bs'),
  /** Statutory late-payment interest; null: not chosen, taken from the browser's region when used. */
  lateInterestLaw: v.optional(v.nullable(v.picklist(['none', 'eu', 'uk'])), null),
  /** The reference rate the law adds to; null: the rate Tactful ships for the law. */
  referenceRate: v.optional(
    v.nullable(
      v.object({
        percent: v.pipe(v.number(), v.minValue(-10), v.maxValue(50)),
        from: v.pipe(v.string(), v.check((date) => parseIsoDate(date) !== undefined, 'a real ISO date')),
      }),
    ),
    null,
  ),
});
export type Profile = v.InferOutput<typeof ProfileSchema>;

export const DEFAULT_PROFILE: Profile = v.parse(ProfileSchema, {});

/** An edit of one voice of a letter: only the parts that differ from the built-in text. */
const LetterPartSchema = v.object({
  subject: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
  body: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEMPLATE))),
});
export type LetterPart = v.InferOutput<typeof LetterPartSchema>;

/**
 * The user's version of one letter in one language: only what differs from the built-in text.
 * The top level edits the "I" voice, `we` the small-business voice.
 */
export const LetterOverrideSchema = v.object({
  ...LetterPartSchema.entries,
  we: v.optional(LetterPartSchema),
});
export type LetterOverride = v.InferOutput<typeof LetterOverrideSchema>;

/** Per scenario: its overrides by letter language. */
export const ScenarioOverridesSchema = v.record(language, LetterOverrideSchema);
export type ScenarioOverrides = v.InferOutput<typeof ScenarioOverridesSchema>;

export const CUSTOM_ID = /^custom-[a-z0-9-]{1,60}$/;

/** A situation the user made from a built-in one: own name, own fields, own letters. */
export const CustomScenarioSchema = v.object({
  id: v.pipe(v.string(), v.regex(CUSTOM_ID)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120)),
  baseId: v.pipe(v.string(), v.maxLength(60)),
  fieldIds: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9]*$/))), v.maxLength(40)),
  letters: v.record(language, v.object({ subject: v.pipe(v.string(), v.maxLength(MAX_TEXT)), body: v.pipe(v.string(), v.maxLength(MAX_TEMPLATE)) })),
});
export type CustomScenario = v.InferOutput<typeof CustomScenarioSchema>;

export const EXPORT_FORMAT = 'tactful-export';
export const MAX_IMPORT_BYTES = 1024 * 1024;

/**
 * The export file's own version. 1: profile, letters and own situations. 2 adds the case log and
 * the greeting remembered per recipient, both optional, so a version 1 file still imports.
 */
export const EXPORT_VERSION = 2;
export const EXPORT_VERSIONS: readonly number[] = [1, 2];

/** The file written by Export and read by Import. */
export const ExportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.picklist([1, 2]),
  exportedAt: v.optional(v.string()),
  profile: ProfileSchema,
  letters: v.record(v.pipe(v.string(), v.maxLength(60)), ScenarioOverridesSchema),
  custom: v.array(CustomScenarioSchema),
  caseLog: v.optional(CaseLogSchema),
  recipientMemory: v.optional(RecipientMemorySchema),
});
export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

export { MAX_TEXT };
