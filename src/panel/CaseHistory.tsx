import type { i18n } from 'i18next';
import { useMemo } from 'preact/hooks';
import type { ComposeTarget } from '../editor/compose-target';
import type { Scenario } from '../letters/types';
import { browser } from '../platform/browser-api';
import {
  caseFieldsOf,
  caseValues,
  lettersTo,
  nextStage,
  nextStepDate,
  openPaymentCases,
  recipientKey,
  recordLetter,
  type Case,
  type CaseLog,
  type Recipient,
} from '../storage/case-log';
import { isAddressForm, rememberAddressForm, type RecipientMemory } from '../storage/recipient-memory';
import { StorageWriteError } from '../storage/write-error';
import type { LetterLibrary } from '../ui/letter-library';
import type { FormValues } from './initial-values';
import { showToast } from './toast';
import { uiLocale } from '../i18n/languages';

/** What the panel knows of earlier letters to this compose window's recipient. */
export interface FollowThrough {
  recipient: Recipient;
  log: CaseLog;
  memory: RecipientMemory;
}

const HISTORY_SHOWN = 5;

/**
 * The first To recipient and what was sent to them before: the case log and greetings come with
 * the user data the panel was opened with (read once, and again whenever storage changes).
 */
export function useFollowThrough(target: ComposeTarget, recipientName: string | undefined, log: CaseLog, memory: RecipientMemory): FollowThrough {
  const recipient = useMemo<Recipient>(() => ({ address: target.adapter.recipientAddress(target.root) ?? undefined, name: recipientName }), [target, recipientName]);
  return { recipient, log, memory };
}

/** The open payment cases of this recipient, most recently active first. */
export function openCasesOf(follow: FollowThrough): Case[] {
  return follow.recipient.address || follow.recipient.name ? openPaymentCases(follow.log, follow.recipient) : [];
}

/**
 * Values a situation starts with for this recipient: the greeting chosen last time, and for a
 * payment letter the invoice details of the case (the given one, else the most recent open one).
 */
export function prefillFor(scenario: Scenario, follow: FollowThrough, fromCase?: Case): FormValues {
  const fields = new Set(scenario.fields.map((field) => field.id));
  const values: FormValues = {};
  const key = recipientKey(follow.recipient);
  const remembered = key ? follow.memory[key]?.addressForm : undefined;
  if (remembered && fields.has('addressForm')) values.addressForm = remembered;
  const item = fromCase ?? (scenario.group === 'payment' ? openCasesOf(follow)[0] : undefined);
  if (item) for (const [field, value] of Object.entries(caseValues(item))) if (fields.has(field)) values[field] = value;
  return values;
}

/**
 * After a successful insert only: add the letter to the case log and remember the greeting.
 * A failed write is said in a translated alert; the inserted letter is not affected.
 */
export async function recordInsert(i18n: i18n, follow: Pick<FollowThrough, 'recipient'>, scenario: Scenario, values: FormValues): Promise<void> {
  const area = browser.storage.local;
  const clientName = typeof values.clientName === 'string' ? values.clientName.trim() : '';
  const recipient: Recipient = { address: follow.recipient.address, name: follow.recipient.name || clientName || undefined };
  const key = recipientKey(recipient);
  if (!key) return;
  try {
    await recordLetter(area, {
      scenarioId: scenario.id,
      group: scenario.group,
      recipientAddress: recipient.address?.slice(0, 320),
      recipientName: recipient.name?.slice(0, 200),
      ...caseFieldsOf(values),
    });
    if (isAddressForm(values.addressForm)) await rememberAddressForm(area, key, values.addressForm);
  } catch (error) {
    const quota = error instanceof StorageWriteError && error.kind === 'quota';
    showToast(i18n.t(quota ? 'history.errors.quota' : 'history.errors.unavailable'), 'alert');
  }
}

interface Props {
  i18n: i18n;
  library: LetterLibrary;
  follow: FollowThrough;
  offsets: readonly number[];
  /** Start the next letter of a case, prefilled from it. */
  onNext(stage: string, item: Case): void;
}

/** Earlier letters to this recipient, newest first, and the next step of each open payment case. */
export function CaseHistory({ i18n, library, follow, offsets, onNext }: Props) {
  const t = i18n.t;
  const letters = follow.recipient.address || follow.recipient.name ? lettersTo(follow.log, follow.recipient) : [];
  if (letters.length === 0) return null;
  const dateFormat = new Intl.DateTimeFormat(uiLocale(i18n.language), { dateStyle: 'medium' });
  const dayFormat = new Intl.DateTimeFormat(uiLocale(i18n.language), { dateStyle: 'medium', timeZone: 'UTC' });
  const known = new Set(library.scenarios.map((scenario) => scenario.id));
  const name = (id: string) => (known.has(id) ? library.name(id) : t('history.removedSituation'));
  const who = follow.recipient.name || follow.recipient.address || '';
  const nextSteps = openCasesOf(follow).flatMap((item) => {
    const stage = nextStage(item);
    return stage && known.has(stage) ? [{ item, stage, date: nextStepDate(item, offsets) }] : [];
  });

  const entry = (letter: (typeof letters)[number]) => (
    <li key={letter.id} data-tactful="history-item" data-situation={letter.scenarioId} data-invoice={letter.invoiceNumber}>
      {name(letter.scenarioId)}
      {letter.invoiceNumber && <> · <bdi>{letter.invoiceNumber}</bdi></>}
      {' · '}
      <time dateTime={letter.sentAt}>{dateFormat.format(new Date(letter.sentAt))}</time>
    </li>
  );

  return (
    <section class="history" data-tactful="history" aria-labelledby="tactful-history-title">
      <h3 id="tactful-history-title">
        {t('history.title', { name: '\u2068' + who + '\u2069' })}
      </h3>
      {nextSteps.map(({ item, stage, date }) => (
        <p key={item.id} class="stage-hint" data-tactful="case-next" data-stage={stage} data-invoice={item.invoiceNumber}>
          {item.invoiceNumber
            ? t('history.nextForInvoice', { stage: name(stage), invoice: '\u2068' + item.invoiceNumber + '\u2069' })
            : t('history.next', { stage: name(stage) })}
          {date && <> {t('history.dueBy', { date: dayFormat.format(new Date(`${date}T00:00:00Z`)) })}</>}{' '}
          <button type="button" class="link" data-tactful="use-next" onClick={() => onNext(stage, item)}>
            {t('history.prepare')}
          </button>
        </p>
      ))}
      <ol class="history-list">{letters.slice(0, HISTORY_SHOWN).map(entry)}</ol>
      {letters.length > HISTORY_SHOWN && (
        <details>
          <summary>{t('history.older')}</summary>
          <ol class="history-list">{letters.slice(HISTORY_SHOWN).map(entry)}</ol>
        </details>
      )}
    </section>
  );
}
