import * as v from 'valibot';
import { addDays, todayIso } from '../letters/dates';
import { DEFAULT_REMINDER_OFFSETS, REMINDER_STAGES, type ReminderStage } from '../letters/reminder-stage';
import type { ScenarioGroup } from '../letters/types';
import { daysBetween } from '../letters/values';
import type { StorageArea } from './areas';
import { writeError } from './write-error';

/**
 * The case log: one record per letter Tactful inserted, kept in storage.local only. Cases are
 * not stored; they are the letters grouped by recipient and invoice (see `casesOf`).
 */
export const CASE_LOG_KEY = 'caseLog';
/** At most this many letters are kept; the oldest go first, those of closed cases before others. */
export const MAX_LETTERS = 200;
/** A closed case is forgotten this many days after it was closed. */
export const CLOSED_CASE_DAYS = 365;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const timestamp = v.pipe(v.string(), v.isoTimestamp());

export const CASE_VALUE_FIELDS = ['invoiceNumber', 'amount', 'currency', 'dueDate', 'amountPaid'] as const;
export type CaseValueField = (typeof CASE_VALUE_FIELDS)[number];

export const LetterRecordSchema = v.object({
  id: text(40),
  scenarioId: text(80),
  group: v.picklist(['ending', 'before-ending', 'payment']),
  sentAt: timestamp,
  recipientAddress: v.optional(text(320)),
  recipientName: v.optional(text(200)),
  invoiceNumber: v.optional(text(200)),
  amount: v.optional(text(40)),
  currency: v.optional(text(3)),
  dueDate: v.optional(isoDate),
  amountPaid: v.optional(text(40)),
});
export type LetterRecord = v.InferOutput<typeof LetterRecordSchema>;

export const CLOSE_REASONS = ['paid', 'settled', 'ended'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const ClosureSchema = v.object({ at: timestamp, how: v.picklist(CLOSE_REASONS) });
export type Closure = v.InferOutput<typeof ClosureSchema>;

export const CaseLogSchema = v.object({
  letters: v.pipe(v.array(LetterRecordSchema), v.maxLength(MAX_LETTERS * 2)),
  closed: v.record(text(800), ClosureSchema),
});
export type CaseLog = v.InferOutput<typeof CaseLogSchema>;

export const emptyCaseLog = (): CaseLog => ({ letters: [], closed: {} });

export interface Recipient {
  address?: string;
  name?: string;
}

export interface Case {
  /** Stable while letters are added: recipient, topic and invoice number. */
  id: string;
  recipient: Recipient;
  /** Payment letters of one invoice (or without one), or the relationship (before-ending and ending letters). */
  topic: 'payment' | 'relationship';
  invoiceNumber?: string;
  /** Newest first. */
  letters: LetterRecord[];
  /** Null while the case is open. */
  closed: Closure | null;
}

/** Read the stored log; anything unreadable gives an empty log rather than an error. */
export function parseCaseLog(raw: unknown): CaseLog {
  const result = v.safeParse(CaseLogSchema, raw);
  if (result.success) return result.output;
  // One damaged record must not hide the others.
  const letters = Array.isArray((raw as { letters?: unknown } | null)?.letters) ? (raw as { letters: unknown[] }).letters : [];
  const closedRaw = (raw as { closed?: unknown } | null)?.closed;
  const closed: Record<string, Closure> = {};
  if (typeof closedRaw === 'object' && closedRaw !== null) {
    for (const [id, closure] of Object.entries(closedRaw)) {
      const parsed = v.safeParse(ClosureSchema, closure);
      if (parsed.success) closed[id] = parsed.output;
    }
  }
  return {
    letters: letters.flatMap((letter) => {
      const parsed = v.safeParse(LetterRecordSchema, letter);
      return parsed.success ? [parsed.output] : [];
    }),
    closed,
  };
}

const normalise = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Whether two recipients are the same person: by address when both have one, else by name. */
export function sameRecipient(a: Recipient, b: Recipient): boolean {
  if (a.address && b.address) return normalise(a.address) === normalise(b.address);
  return !!a.name && !!b.name && normalise(a.name) === normalise(b.name);
}

/** The key a recipient is remembered under: the address, or the name when there is none. */
export function recipientKey(recipient: Recipient): string | null {
  if (recipient.address) return normalise(recipient.address);
  if (recipient.name) return `name:${normalise(recipient.name)}`;
  return null;
}

const topicOf = (group: ScenarioGroup): Case['topic'] => (group === 'payment' ? 'payment' : 'relationship');

/** The letters grouped into cases, most recently active first. */
export function casesOf(log: CaseLog): Case[] {
  // A letter recorded without an address joins the cases of the same name that have one.
  const addressByName = new Map<string, string>();
  for (const letter of log.letters) if (letter.recipientAddress && letter.recipientName) addressByName.set(normalise(letter.recipientName), letter.recipientAddress);
  const byId = new Map<string, Case>();
  const newestFirst = [...log.letters].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  for (const letter of newestFirst) {
    const recipient: Recipient = {
      address: letter.recipientAddress ?? (letter.recipientName ? addressByName.get(normalise(letter.recipientName)) : undefined),
      name: letter.recipientName,
    };
    const key = recipientKey(recipient);
    if (!key) continue;
    const topic = topicOf(letter.group);
    const invoiceNumber = topic === 'payment' && letter.invoiceNumber?.trim() ? letter.invoiceNumber.trim() : undefined;
    const id = `${key}|${topic}|${invoiceNumber ?? ''}`;
    const existing = byId.get(id);
    if (existing) {
      existing.letters.push(letter);
      existing.recipient.name ??= letter.recipientName;
    } else byId.set(id, { id, recipient, topic, invoiceNumber, letters: [letter], closed: null });
  }
  const cases = [...byId.values()];
  for (const item of cases) item.closed = closureOf(item, log.closed[item.id]);
  return cases;
}

/** A closure counts until a newer letter reopens the case; a thank-you for paying closes it by itself. */
function closureOf(item: Case, stored: Closure | undefined): Closure | null {
  const last = item.letters[0]!;
  if (stored && stored.at >= last.sentAt) return stored;
  if (last.scenarioId === 'pay-thank-you') return { at: last.sentAt, how: 'paid' };
  return null;
}

/** The earlier letters to this recipient, newest first. */
export function lettersTo(log: CaseLog, recipient: Recipient): LetterRecord[] {
  return casesOf(log)
    .filter((item) => sameRecipient(item.recipient, recipient))
    .flatMap((item) => item.letters)
    .sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}

/** The open payment cases of this recipient, most recently active first. */
export function openPaymentCases(log: CaseLog, recipient: Recipient): Case[] {
  return casesOf(log).filter((item) => item.topic === 'payment' && !item.closed && sameRecipient(item.recipient, recipient));
}

const stageIndex = (scenarioId: string) => (REMINDER_STAGES as readonly string[]).indexOf(scenarioId);

/**
 * The reminder that comes next in a payment case: the stage after the furthest one already sent
 * (a part payment does not step back). Null when the case is closed, is not about a payment,
 * or the final notice has gone out.
 */
export function nextStage(item: Case): ReminderStage | null {
  if (item.topic !== 'payment' || item.closed) return null;
  const furthest = Math.max(...item.letters.map((letter) => stageIndex(letter.scenarioId)));
  if (furthest < 0) return null;
  return REMINDER_STAGES[furthest + 1] ?? null;
}

/**
 * When the next reminder is due: its offset after the due date, and never sooner after the last
 * letter than the stages are apart. Null when there is no next stage.
 */
export function nextStepDate(item: Case, offsets: readonly number[] = DEFAULT_REMINDER_OFFSETS): string | null {
  const next = nextStage(item);
  if (!next) return null;
  const nextIndex = stageIndex(next);
  const sent = item.letters.find((letter) => stageIndex(letter.scenarioId) === nextIndex - 1) ?? item.letters[0]!;
  const sentDay = todayIso(new Date(sent.sentAt));
  const gap = Math.max(1, (offsets[nextIndex] ?? 0) - (offsets[nextIndex - 1] ?? 0));
  const afterLast = addDays(sentDay, gap);
  const dueDate = caseValues(item).dueDate;
  if (!dueDate) return afterLast;
  const byOffset = addDays(dueDate, offsets[nextIndex] ?? 0);
  return (daysBetween(byOffset, afterLast) ?? 0) > 0 ? afterLast : byOffset;
}

/** What the next letter of a case starts with: each value from the newest letter that had it. */
export function caseValues(item: Case): Partial<Record<CaseValueField, string>> {
  const values: Partial<Record<CaseValueField, string>> = {};
  for (const field of CASE_VALUE_FIELDS) {
    const found = item.letters.find((letter) => letter[field] !== undefined && letter[field] !== '');
    if (found) values[field] = found[field];
  }
  return values;
}

/**
 * Closed cases older than a year age out, then the oldest letters go until at most `max` are
 * left: those of closed cases first. Closures of cases with no letters left are dropped.
 */
export function pruneCaseLog(log: CaseLog, now: Date, max = MAX_LETTERS): CaseLog {
  const cutoff = new Date(now.getTime() - CLOSED_CASE_DAYS * 86_400_000).toISOString();
  const cases = casesOf(log);
  const closedIds = new Set<string>();
  const forgotten = new Set<string>();
  const caseOfLetter = new Map<string, Case>();
  for (const item of cases) {
    for (const letter of item.letters) caseOfLetter.set(letter.id, item);
    if (item.closed) closedIds.add(item.id);
    if (item.closed && item.closed.at < cutoff) forgotten.add(item.id);
  }
  let letters = log.letters.filter((letter) => !forgotten.has(caseOfLetter.get(letter.id)?.id ?? ''));
  if (letters.length > max) {
    const closedFirst = (letter: LetterRecord) => (closedIds.has(caseOfLetter.get(letter.id)?.id ?? '') ? 0 : 1);
    const dropOrder = [...letters].sort((a, b) => closedFirst(a) - closedFirst(b) || a.sentAt.localeCompare(b.sentAt));
    const dropped = new Set(dropOrder.slice(0, letters.length - max).map((letter) => letter.id));
    letters = letters.filter((letter) => !dropped.has(letter.id));
  }
  const kept = new Set(casesOf({ letters, closed: {} }).map((item) => item.id));
  const closed = Object.fromEntries(Object.entries(log.closed).filter(([id]) => kept.has(id)));
  return { letters, closed };
}

export async function readCaseLog(area: StorageArea): Promise<CaseLog> {
  return parseCaseLog((await area.get(CASE_LOG_KEY))[CASE_LOG_KEY]);
}

/**
 * Write the log; when storage is full, older letters are given up (half the log, closed cases
 * first) before the write is reported as failed. Throws StorageWriteError.
 */
async function writeCaseLog(area: StorageArea, log: CaseLog, now: Date): Promise<CaseLog> {
  let next = pruneCaseLog(log, now);
  try {
    await area.set({ [CASE_LOG_KEY]: next });
    return next;
  } catch (error) {
    const failure = writeError(error);
    if (failure.kind !== 'quota' || next.letters.length < 2) throw failure;
  }
  next = pruneCaseLog(next, now, Math.floor(next.letters.length / 2));
  try {
    await area.set({ [CASE_LOG_KEY]: next });
    return next;
  } catch (error) {
    throw writeError(error);
  }
}

export type NewLetter = Omit<LetterRecord, 'id' | 'sentAt'>;

const newId = (now: Date) => `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** What the log keeps of each case field; a value it cannot keep is left out, never the letter. */
const FIELD_FITS: Record<CaseValueField, (value: string) => boolean> = {
  invoiceNumber: (value) => value.length <= 200,
  amount: (value) => value.length <= 40,
  amountPaid: (value) => value.length <= 40,
  currency: (value) => /^[A-Z]{3}$/.test(value),
  dueDate: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
};

/** Only the case fields, trimmed, and only those with a value the log can keep. */
export function caseFieldsOf(values: Record<string, string | boolean | undefined>): Partial<Record<CaseValueField, string>> {
  const out: Partial<Record<CaseValueField, string>> = {};
  for (const field of CASE_VALUE_FIELDS) {
    const value = values[field];
    if (typeof value === 'string' && value.trim() !== '' && FIELD_FITS[field](value.trim())) out[field] = value.trim();
  }
  return out;
}

/** Add a letter that was just inserted. Call only after a successful insert. */
export async function recordLetter(area: StorageArea, letter: NewLetter, now = new Date()): Promise<CaseLog> {
  const record = v.parse(LetterRecordSchema, { ...letter, id: newId(now), sentAt: now.toISOString() });
  const log = await readCaseLog(area);
  return writeCaseLog(area, { ...log, letters: [...log.letters, record] }, now);
}

/** Close a case (paid, settled, ended); a later letter in it opens it again. */
export async function closeCase(area: StorageArea, caseId: string, how: CloseReason, now = new Date()): Promise<CaseLog> {
  const log = await readCaseLog(area);
  return writeCaseLog(area, { ...log, closed: { ...log.closed, [caseId]: { at: now.toISOString(), how } } }, now);
}

/** Open a closed case again (the undo of closing it). */
export async function reopenCase(area: StorageArea, caseId: string, now = new Date()): Promise<CaseLog> {
  const log = await readCaseLog(area);
  const closed = { ...log.closed };
  delete closed[caseId];
  return writeCaseLog(area, { ...log, closed }, now);
}

/** Imported letters join the stored ones (by id); nothing stored is lost. */
export function mergeCaseLogs(stored: CaseLog, incoming: CaseLog): CaseLog {
  const ids = new Set(stored.letters.map((letter) => letter.id));
  const letters = [...stored.letters, ...incoming.letters.filter((letter) => !ids.has(letter.id))];
  const closed = { ...stored.closed };
  for (const [id, closure] of Object.entries(incoming.closed)) if (!closed[id] || closed[id].at < closure.at) closed[id] = closure;
  return { letters, closed };
}

export async function importCaseLog(area: StorageArea, incoming: CaseLog, now = new Date()): Promise<CaseLog> {
  return writeCaseLog(area, mergeCaseLogs(await readCaseLog(area), incoming), now);
}
