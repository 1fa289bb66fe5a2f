import { describe, expect, it } from 'vitest';
import { MemoryArea } from './areas';
import {
  caseFieldsOf,
  caseValues,
  casesOf,
  closeCase,
  emptyCaseLog,
  lettersTo,
  MAX_LETTERS,
  mergeCaseLogs,
  nextStage,
  nextStepDate,
  openPaymentCases,
  parseCaseLog,
  pruneCaseLog,
  readCaseLog,
  recordLetter,
  reopenCase,
  type CaseLog,
  type LetterRecord,
} from './case-log';

const JORDAN = { recipientAddress: 'jordan@example.com', recipientName: 'Jordan Lee' };
let n = 0;
function letter(scenarioId: string, sentAt: string, extra: Partial<LetterRecord> = {}): LetterRecord {
  const group = scenarioId.startsWith('pay-') ? 'payment' : scenarioId.startsWith('nudge-') ? 'before-ending' : 'ending';
  return { id: `l${n++}`, scenarioId, group, sentAt: `${sentAt}T10:00:00.000Z`, ...JORDAN, ...extra };
}
const log = (...letters: LetterRecord[]): CaseLog => ({ letters, closed: {} });

describe('cases', () => {
  it('groups payment letters by recipient and invoice, and endings and nudges by recipient', () => {
    const cases = casesOf(
      log(
        letter('pay-friendly-reminder', '2025-01-16', { invoiceNumber: 'INV-1' }),
        letter('pay-overdue-followup', '2025-01-23', { invoiceNumber: 'INV-1' }),
        letter('pay-friendly-reminder', '2025-01-20', { invoiceNumber: 'INV-2' }),
        letter('pay-friendly-reminder', '2025-01-21', { invoiceNumber: 'INV-1', recipientAddress: 'mira@example.com', recipientName: 'Mira' }),
        letter('nudge-unresponsive', '2025-02-01'),
        letter('end-unresponsive', '2025-02-10'),
      ),
    );
    expect(cases.map((c) => [c.recipient.address, c.topic, c.invoiceNumber ?? null, c.letters.length])).toEqual(
      expect.arrayContaining([
        ['jordan@example.com', 'payment', 'INV-1', 2],
        ['jordan@example.com', 'payment', 'INV-2', 1],
        ['mira@example.com', 'payment', 'INV-1', 1],
        ['jordan@example.com', 'relationship', null, 2],
      ]),
    );
    expect(cases).toHaveLength(4);
  });

  it('matches a letter recorded without an address to the same name, case and spacing aside', () => {
    const l = log(letter('pay-friendly-reminder', '2025-01-16', { invoiceNumber: 'INV-1' }), letter('pay-overdue-followup', '2025-01-23', { invoiceNumber: 'INV-1', recipientAddress: undefined, recipientName: ' jordan  lee ' }));
    expect(casesOf(l)).toHaveLength(1);
    expect(lettersTo(l, { address: 'JORDAN@example.com' }).map((x) => x.scenarioId)).toEqual(['pay-overdue-followup', 'pay-friendly-reminder']);
    expect(lettersTo(l, { name: 'Someone else' })).toEqual([]);
  });

  it('proposes the next stage from the furthest one sent, and nothing after the final notice', () => {
    const friendly = letter('pay-friendly-reminder', '2025-01-16', { invoiceNumber: 'INV-1', dueDate: '2025-01-15', amount: '1250.50', currency: 'EUR' });
    expect(nextStage(casesOf(log(friendly))[0]!)).toBe('pay-overdue-followup');
    const followUp = letter('pay-overdue-followup', '2025-01-23', { invoiceNumber: 'INV-1' });
    expect(nextStage(casesOf(log(friendly, followUp))[0]!)).toBe('pay-work-paused');
    const partial = letter('pay-partial-received', '2025-01-25', { invoiceNumber: 'INV-1', amountPaid: '250' });
    const withPartial = casesOf(log(friendly, followUp, partial))[0]!;
    expect(nextStage(withPartial)).toBe('pay-work-paused');
    expect(caseValues(withPartial)).toEqual({ invoiceNumber: 'INV-1', amount: '1250.50', currency: 'EUR', dueDate: '2025-01-15', amountPaid: '250' });
    expect(nextStage(casesOf(log(letter('pay-final-notice', '2025-02-20', { invoiceNumber: 'INV-1' })))[0]!)).toBeNull();
    expect(nextStage(casesOf(log(letter('end-general', '2025-02-20')))[0]!)).toBeNull();
  });

  it('dates the next step by the reminder offsets, never sooner after the last letter than stages are apart', () => {
    const offsets = [-3, 1, 7, 14, 30];
    const onTime = casesOf(log(letter('pay-friendly-reminder', '2025-01-16', { invoiceNumber: 'A', dueDate: '2025-01-15' })))[0]!;
    expect(nextStepDate(onTime, offsets)).toBe('2025-01-22');
    const late = casesOf(log(letter('pay-friendly-reminder', '2025-02-01', { invoiceNumber: 'A', dueDate: '2025-01-15' })))[0]!;
    expect(nextStepDate(late, offsets)).toBe('2025-02-07');
  });

  it('a closed case is not open; a newer letter opens it again; a thank-you closes it', async () => {
    const area = new MemoryArea();
    await recordLetter(area, { scenarioId: 'pay-friendly-reminder', group: 'payment', ...JORDAN, invoiceNumber: 'INV-1' }, new Date('2025-01-16T10:00:00Z'));
    const [item] = casesOf(await readCaseLog(area));
    await closeCase(area, item!.id, 'settled', new Date('2025-01-17T10:00:00Z'));
    expect(openPaymentCases(await readCaseLog(area), { address: 'jordan@example.com' })).toEqual([]);
    expect(casesOf(await readCaseLog(area))[0]!.closed).toEqual({ at: '2025-01-17T10:00:00.000Z', how: 'settled' });
    await reopenCase(area, item!.id, new Date('2025-01-17T11:00:00Z'));
    expect(openPaymentCases(await readCaseLog(area), { address: 'jordan@example.com' })).toHaveLength(1);
    await closeCase(area, item!.id, 'paid', new Date('2025-01-18T10:00:00Z'));
    await recordLetter(area, { scenarioId: 'pay-overdue-followup', group: 'payment', ...JORDAN, invoiceNumber: 'INV-1' }, new Date('2025-01-23T10:00:00Z'));
    expect(openPaymentCases(await readCaseLog(area), { address: 'jordan@example.com' })).toHaveLength(1);
    await recordLetter(area, { scenarioId: 'pay-thank-you', group: 'payment', ...JORDAN, invoiceNumber: 'INV-1' }, new Date('2025-01-30T10:00:00Z'));
    expect(casesOf(await readCaseLog(area))[0]!.closed?.how).toBe('paid');
  });
});

describe('the log’s limits', () => {
  it('keeps at most 200 letters, giving up those of closed cases first, then the oldest', () => {
    const letters = Array.from({ length: MAX_LETTERS + 5 }, (_, i) => letter('pay-friendly-reminder', `2024-0${1 + (i % 9)}-1${i % 10}`, { invoiceNumber: `INV-${i}` }));
    const closedOne = letters.at(-1)!;
    const closed = { [casesOf(log(closedOne))[0]!.id]: { at: '2024-12-01T00:00:00.000Z', how: 'paid' as const } };
    const pruned = pruneCaseLog({ letters, closed }, new Date('2025-01-01T00:00:00Z'));
    expect(pruned.letters).toHaveLength(MAX_LETTERS);
    expect(pruned.letters.some((l) => l.id === closedOne.id)).toBe(false);
    expect(Object.keys(pruned.closed)).toEqual([]);
    const oldestKept = [...pruned.letters].sort((a, b) => a.sentAt.localeCompare(b.sentAt))[0]!.sentAt;
    const dropped = letters.filter((l) => !pruned.letters.includes(l) && l !== closedOne);
    expect(dropped.every((l) => l.sentAt <= oldestKept)).toBe(true);
  });

  it('forgets closed cases a year after closing, and keeps open ones however old', () => {
    const old = letter('pay-friendly-reminder', '2023-01-10', { invoiceNumber: 'OLD' });
    const openOld = letter('pay-friendly-reminder', '2023-01-10', { invoiceNumber: 'OPEN' });
    const recent = letter('pay-friendly-reminder', '2024-06-10', { invoiceNumber: 'NEW' });
    const ids = Object.fromEntries(casesOf(log(old, recent)).map((c) => [c.invoiceNumber, c.id]));
    const closed = { [ids.OLD!]: { at: '2023-02-01T00:00:00.000Z', how: 'paid' as const }, [ids.NEW!]: { at: '2024-07-01T00:00:00.000Z', how: 'paid' as const } };
    const pruned = pruneCaseLog({ letters: [old, openOld, recent], closed }, new Date('2025-01-01T00:00:00Z'));
    expect(pruned.letters.map((l) => l.invoiceNumber)).toEqual(['OPEN', 'NEW']);
    expect(Object.keys(pruned.closed)).toEqual([ids.NEW]);
  });

  it('makes room when storage is full, and reports a write that still fails', async () => {
    const area = new MemoryArea();
    await recordLetter(area, { scenarioId: 'end-general', group: 'ending', ...JORDAN });
    area.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await expect(recordLetter(area, { scenarioId: 'end-general', group: 'ending', ...JORDAN })).rejects.toMatchObject({ kind: 'quota' });
    expect((await readCaseLog(area)).letters).toHaveLength(1);
  });

  it('reads a damaged log record by record', () => {
    const good = letter('end-general', '2025-01-01');
    expect(parseCaseLog({ letters: [good, { id: 3 }], closed: { x: { at: 'no' } } })).toEqual({ letters: [good], closed: {} });
    expect(parseCaseLog('nonsense')).toEqual(emptyCaseLog());
  });

  it('merges an imported log without losing stored letters', () => {
    const a = letter('end-general', '2025-01-01');
    const b = letter('end-general', '2025-01-02');
    expect(mergeCaseLogs(log(a), log(a, b)).letters).toEqual([a, b]);
  });

  it('keeps only case values it can store, so an odd value never loses the letter', () => {
    expect(caseFieldsOf({ invoiceNumber: ' INV-1 ', currency: 'euro', dueDate: 'soon', amount: '12', clientName: 'x', amountPaid: '' })).toEqual({ invoiceNumber: 'INV-1', amount: '12' });
  });
});
