import { checkToneWith } from '../letters/tone/check-tone-with';
import { toneOptionsFor } from '../letters/tone/tone-options';
import type { Scenario } from '../letters/types';
import type { FormValues } from './initial-values';
import type { RulePack, ToneFinding } from '../letters/tone/types';

export interface PlacedFinding {
  finding: ToneFinding;
  /** The field the wording was typed in, or null when it is in the letter text itself. */
  fieldId: string | null;
}

const FREE_TEXT = new Set(['text', 'longText', 'list']);
/** Names and ids are not prose: checking them only makes noise. */
const NOT_PROSE = new Set(['clientName', 'senderName', 'businessName', 'projectName', 'invoiceNumber']);

/**
 * Findings in what the user typed point at the field, where a rewrite can be applied; the rest
 * are in the letter text. A finding in a field also shows up in the letter: report it once.
 */
export function findToneIssues(pack: RulePack, scenario: Scenario, letterText: string, values: FormValues): PlacedFinding[] {
  const inFields: PlacedFinding[] = [];
  for (const field of scenario.fields) {
    const value = values[field.id];
    if (!FREE_TEXT.has(field.type) || NOT_PROSE.has(field.id) || typeof value !== 'string' || value.trim() === '') continue;
    for (const finding of checkToneWith(pack, value, toneOptionsFor(scenario.id, values, 'field'))) inFields.push({ finding, fieldId: field.id });
  }
  const fromFields = new Set(inFields.map(({ finding }) => `${finding.ruleId}:${finding.text}`));
  const inLetter = checkToneWith(pack, letterText, toneOptionsFor(scenario.id, values))
    .filter((finding) => !fromFields.has(`${finding.ruleId}:${finding.text}`))
    .map((finding) => ({ finding, fieldId: null }));
  return [...inFields, ...inLetter];
}
