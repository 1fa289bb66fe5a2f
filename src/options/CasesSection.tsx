import type { i18n } from 'i18next';
import { useState } from 'preact/hooks';
import type { StorageArea } from '../storage/areas';
import { casesOf, closeCase, CLOSE_REASONS, nextStage, nextStepDate, reopenCase, type Case, type CaseLog, type CloseReason } from '../storage/case-log';
import type { UserData } from '../storage/user-data';
import type { LetterLibrary } from '../ui/letter-library';
import { downloadText } from './export-file';
import { writeFailureKey, type Notify } from './notice';
import { uiLocale } from '../i18n/languages';

interface Props {
  i18n: i18n;
  data: UserData;
  library: LetterLibrary;
  /** storage.local, where the case log lives. */
  area: StorageArea;
  /** The log as written, so the page shows it at once. */
  onCaseLog(log: CaseLog): void;
  notify: Notify;
}

const isolate = (text: string) => `\u2068${text}\u2069`;

/** A calendar entry for the day the next step is due: a file the user opens, no permission needed. */
export function calendarText(id: string, date: string, summary: string, now: Date): string {
  const escape = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  let uid = 0;
  for (const char of id) uid = (uid * 31 + char.charCodeAt(0)) >>> 0;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tactful//Follow-through//EN',
    'BEGIN:VEVENT',
    `UID:${uid.toString(36)}-${date}@tactful.invalid`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${date.replace(/-/g, '')}`,
    `SUMMARY:${escape(summary)}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}


/** The open cases: whom, the last letter and its date, when the next step is due, and closing one. */
export function CasesSection({ i18n, data, library, area, onCaseLog, notify }: Props) {
  const t = i18n.t;
  const [how, setHow] = useState<Record<string, CloseReason>>({});
  const open = casesOf(data.caseLog).filter((item) => !item.closed);
  const known = new Set(library.scenarios.map((scenario) => scenario.id));
  const name = (id: string) => (known.has(id) ? library.name(id) : t('history.removedSituation'));
  const dayFormat = new Intl.DateTimeFormat(uiLocale(i18n.language), { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00Z`));
  const dateFormat = new Intl.DateTimeFormat(uiLocale(i18n.language), { dateStyle: 'medium' });
  const who = (item: Case) => item.recipient.name || item.recipient.address || '';
  const defaultHow = (item: Case): CloseReason => (item.topic === 'payment' ? 'paid' : 'ended');

  const close = async (item: Case) => {
    const reason = how[item.id] ?? defaultHow(item);
    try {
      onCaseLog(await closeCase(area, item.id, reason));
    } catch (error) {
      notify({ kind: 'alert', text: t(writeFailureKey(error)) });
      return;
    }
    const undo = async () => {
      try {
        onCaseLog(await reopenCase(area, item.id));
        notify({ kind: 'status', text: t('cases.reopened', { name: isolate(who(item)) }) });
      } catch (error) {
        notify({ kind: 'alert', text: t(writeFailureKey(error)) });
      }
    };
    notify({ kind: 'status', text: t(`cases.closed.${reason}`, { name: isolate(who(item)) }), undo: () => void undo() });
  };

  const saveCalendar = (item: Case, stage: string, date: string) => {
    const summary = item.invoiceNumber
      ? t('cases.calendarInvoice', { stage: name(stage), name: who(item), invoice: item.invoiceNumber })
      : t('cases.calendar', { stage: name(stage), name: who(item) });
    downloadText(`tactful-${date}.ics`, calendarText(item.id, date, summary, new Date()), document, 'text/calendar');
  };

  return (
    <section id="cases" class="card" aria-labelledby="cases-title">
      <h2 id="cases-title">{t('cases.title')}</h2>
      <p class="intro">{t('cases.intro')}</p>
      {open.length === 0 ? (
        <p data-tactful="no-cases">{t('cases.none')}</p>
      ) : (
        <ul class="case-list">
          {open.map((item) => {
            const last = item.letters[0]!;
            const stage = nextStage(item);
            const due = stage ? nextStepDate(item, data.profile.reminderOffsets) : null;
            const selectId = `close-how-${item.id.replace(/[^a-z0-9]/gi, '-')}`;
            return (
              <li key={item.id} class="case" data-tactful="case" data-case-id={item.id} data-invoice={item.invoiceNumber}>
                <h3>
                  <bdi>{who(item)}</bdi>
                  {item.recipient.address && item.recipient.name && <span class="hint"> <bdi>{item.recipient.address}</bdi></span>}
                </h3>
                {item.invoiceNumber && <p>{t('cases.invoice', { invoice: isolate(item.invoiceNumber) })}</p>}
                <p data-tactful="case-last">
                  {t('cases.last', { situation: name(last.scenarioId), date: dateFormat.format(new Date(last.sentAt)) })}
                </p>
                <p data-tactful="case-next">
                  {stage && due ? t('cases.nextDue', { stage: name(stage), date: day(due) }) : t('cases.noNextStep')}
                  {stage && due && (
                    <>
                      {' '}
                      <button type="button" class="link" data-tactful="case-calendar" onClick={() => saveCalendar(item, stage, due)}>
                        {t('cases.addToCalendar')}
                      </button>
                    </>
                  )}
                </p>
                <div class="form-actions">
                  <label for={selectId}>{t('cases.closeAs')}</label>
                  <select id={selectId} name="closeHow" value={how[item.id] ?? defaultHow(item)} onChange={(event) => setHow((now) => ({ ...now, [item.id]: event.currentTarget.value as CloseReason }))}>
                    {CLOSE_REASONS.map((reason) => (
                      <option key={reason} value={reason}>
                        {t(`cases.how.${reason}`)}
                      </option>
                    ))}
                  </select>
                  <button type="button" data-tactful="close-case" onClick={() => void close(item)}>
                    {t('cases.close')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
