import { GRAMMAR_BOOLEANS, type Scenario } from '../letters/types';

export interface Placeholder {
  name: string;
  /** May be empty in a letter: the template rules want it inside its own section. */
  optional: boolean;
  /** Computed by the renderer (greeting, daysOverdue, amountDue) rather than typed. */
  derived: boolean;
  /** A yes/no with no text (grammar, due-date mechanics): it only opens a section. */
  sectionOnly?: boolean;
}

const derived = (name: string, optional: boolean): Placeholder => ({ name, optional, derived: true });
const section = (name: string): Placeholder => ({ name, optional: true, derived: true, sectionOnly: true });

/**
 * What a letter of this situation can name: its fields (a choice such as the greeting form is
 * never printed), the values it can derive, then the yes/no sections for grammar and dates.
 */
export function placeholdersFor(scenario: Scenario): Placeholder[] {
  const fields = new Map(scenario.fields.map((field) => [field.id, field]));
  const has = (id: string) => fields.has(id);
  const list: Placeholder[] = scenario.fields.filter((field) => field.type !== 'choice').map((field) => ({ name: field.id, optional: !field.required, derived: false }));
  list.push(derived('greeting', false));
  const sections: Placeholder[] = [];
  if (has('dueDate')) {
    // Only one of them is present for any due date: each is used inside its own section.
    list.push(derived('daysOverdue', true), derived('daysUntilDue', true));
    sections.push(section('notYetDue'), section('dueToday'), section('overdue'));
  }
  const money = ['amount', 'currency'].map((id) => fields.get(id));
  if (money.every((field) => field !== undefined)) list.push(derived('amountDue', money.some((field) => !field.required)));
  if (has('amountPaid')) sections.push(section('partPaid'));
  if (has('pausedDate')) sections.push(section('pausedInFuture'));
  // Present only when ticked, the profile names a law and the invoice is overdue.
  if (has('statutoryInterest')) for (const name of ['interestAmount', 'interestRate', 'interestDays', 'compensation']) list.push(derived(name, true));
  for (const name of GRAMMAR_BOOLEANS) sections.push(section(name));
  return [...list, ...sections];
}

/**
 * The text with a placeholder put at the caret (replacing any selection). An optional one comes
 * inside its own section, caret after the opening tag, ready for the words that lead into it;
 * a section-only yes/no comes as an empty section, caret inside it.
 */
export function insertPlaceholder(text: string, start: number, end: number, placeholder: Placeholder): { text: string; caret: number } {
  const { name, optional, sectionOnly } = placeholder;
  const open = optional ? `{{#${name}}}` : '';
  const inserted = `${open}${sectionOnly ? '' : `{{${name}}}`}${optional ? `{{/${name}}}` : ''}`;
  const caret = start + (optional ? open.length : inserted.length);
  return { text: text.slice(0, start) + inserted + text.slice(end), caret };
}
