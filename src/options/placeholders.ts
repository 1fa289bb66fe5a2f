import type { Scenario } from '../letters/types';

export interface Placeholder {
  name: string;
  /** May be empty in a letter: the template rules want it inside its own section. */
  optional: boolean;
  /** Computed by the renderer (daysOverdue, amountDue) rather than typed. */
  derived: boolean;
}

/** What a letter of this situation can name: its fields, and the derived values it can compute. */
export function placeholdersFor(scenario: Scenario): Placeholder[] {
  const fields = new Map(scenario.fields.map((field) => [field.id, field]));
  const list: Placeholder[] = scenario.fields.map((field) => ({ name: field.id, optional: !field.required, derived: false }));
  const dueDate = fields.get('dueDate');
  if (dueDate) list.push({ name: 'daysOverdue', optional: !dueDate.required, derived: true });
  const needed = ['amount', 'amountPaid', 'currency'].map((id) => fields.get(id));
  if (needed.every((field) => field !== undefined)) list.push({ name: 'amountDue', optional: needed.some((field) => !field.required), derived: true });
  return list;
}

/**
 * The text with a placeholder put at the caret (replacing any selection). An optional one comes
 * inside its own section, caret after the opening tag, ready for the words that lead into it.
 */
export function insertPlaceholder(text: string, start: number, end: number, placeholder: Placeholder): { text: string; caret: number } {
  const { name, optional } = placeholder;
  const open = optional ? `{{#${name}}}` : '';
  const inserted = `${open}{{${name}}}${optional ? `{{/${name}}}` : ''}`;
  const caret = start + (optional ? open.length : inserted.length);
  return { text: text.slice(0, start) + inserted + text.slice(end), caret };
}
