import { daysBetween } from './values';

/** Payment stages in order of escalation, each sent this many days after the due date. */
export const REMINDER_STAGES = ['pay-before-due', 'pay-friendly-reminder', 'pay-overdue-followup', 'pay-work-paused', 'pay-final-notice'] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

/** Freelancer practice (docs/letter-advice.md, "Reminder stages"): 3 days before, then 1, 7, 14 and 30 days after. */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [-3, 1, 7, 14, 30];

/**
 * The stage that fits today: the latest one whose offset has been reached. Null when it is too
 * early for any reminder, or the date is not a date.
 */
export function proposeStage(dueDate: string, today: string, offsets: readonly number[] = DEFAULT_REMINDER_OFFSETS): ReminderStage | null {
  const days = daysBetween(dueDate, today);
  if (days === undefined) return null;
  let stage: ReminderStage | null = null;
  REMINDER_STAGES.forEach((candidate, index) => {
    const offset = offsets[index];
    if (offset !== undefined && days >= offset) stage = candidate;
  });
  return stage;
}
