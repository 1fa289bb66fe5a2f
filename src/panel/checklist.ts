import type { FieldValue, FieldValues, Scenario } from '../letters/types';

/** What an ending letter should close out, and the fields that say it. */
export const CHECKLIST_ITEMS = [
  { id: 'effectiveDate', fields: ['effectiveDate'] },
  { id: 'notice', fields: ['noticeDays', 'contractEndDate'] },
  { id: 'outstanding', fields: ['outstandingAmount'] },
  { id: 'handover', fields: ['handover', 'handoverDate'] },
  { id: 'materials', fields: ['returnMaterials'] },
  { id: 'rights', fields: ['rightsOnPayment'] },
  { id: 'confidentiality', fields: ['confidentiality'] },
] as const;

export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number]['id'];

export interface ChecklistItem {
  id: ChecklistItemId;
  /** The item's fields this situation has, in order: the first is where to fill it in. */
  fields: readonly string[];
  /** Its fields say something, or the user ticked "not needed". */
  done: boolean;
  /** Done because the user said it is not needed (not because a field says it). */
  notNeeded: boolean;
}

/** Does a field say something: a non-empty text or list, or a ticked box? */
export function saysSomething(value: FieldValue | undefined): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim() !== '';
  return value !== undefined && value.some((item) => item.trim() !== '');
}

/**
 * The checklist of an ending situation, or null for other situations. It guides and never
 * blocks: an item is done when one of its fields says something or the user ticked it as not
 * needed. Items whose fields the situation lacks (an own situation) are left out.
 */
export function checklist(scenario: Scenario, values: FieldValues, notNeeded: ReadonlySet<string>): ChecklistItem[] | null {
  if (scenario.group !== 'ending') return null;
  const has = new Set(scenario.fields.map((field) => field.id));
  return CHECKLIST_ITEMS.flatMap((item) => {
    const fields = item.fields.filter((id) => has.has(id));
    if (fields.length === 0) return [];
    const said = fields.some((id) => saysSomething(values[id]));
    const skipped = notNeeded.has(item.id);
    return [{ id: item.id, fields, done: said || skipped, notNeeded: skipped && !said }];
  });
}

/** The "not needed" ticks with one item toggled. */
export function toggled(notNeeded: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(notNeeded);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
