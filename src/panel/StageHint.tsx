import type { i18n } from 'i18next';
import { formatDays } from '../letters/format';
import { proposeStage, REMINDER_STAGES } from '../letters/reminder-stage';
import { daysBetween } from '../letters/values';
import { matchLanguage } from '../i18n/languages';

interface Props {
  i18n: i18n;
  scenarioId: string;
  dueDate: string | boolean | undefined;
  today: string;
  offsets: readonly number[];
  onSwitch(id: string): void;
}

/** For reminders: from the due date, which stage fits today, with a one-click switch. */
export function StageHint({ i18n, scenarioId, dueDate, today, offsets, onSwitch }: Props) {
  if (!(REMINDER_STAGES as readonly string[]).includes(scenarioId) || typeof dueDate !== 'string') return null;
  const days = daysBetween(dueDate, today);
  if (days === undefined) return null;
  const stage = proposeStage(dueDate, today, offsets);
  const t = i18n.t;
  if (!stage) return <p class="stage-hint">{t('stage.notYet')}</p>;
  if (stage === scenarioId) return null;
  const key = days > 0 ? 'stage.proposal' : days < 0 ? 'stage.proposalUpcoming' : 'stage.proposalToday';
  return (
    <p class="stage-hint" data-tactful="stage-hint" data-stage={stage}>
      {t(key, { days: formatDays(Math.abs(days), matchLanguage(i18n.language)), stage: t(`scenarios.${stage}.name`) })}{' '}
      <button type="button" class="link" onClick={() => onSwitch(stage)}>{t('stage.switch')}</button>
    </p>
  );
}
