import type { FieldSpec, FieldValue, FieldValues, Scenario } from './types';
import { parseAmount, parseCurrency, parseIsoDate } from './values';

export type FieldProblem = 'required' | 'date' | 'money' | 'percent' | 'currency' | 'days' | 'tooLong' | 'afterLastDay' | 'withStatutoryInterest';

/**
 * Situations where ending before the contract runs out is the point: the agreement may run
 * past the last day of work (the letter says it ends early).
 */
export const ENDS_EARLY: ReadonlySet<string> = new Set(['end-abusive-conduct', 'end-unethical-requests', 'end-unresponsive', 'end-non-payment']);

/** A field longer than this is a paste gone wrong, not a letter detail. */
export const MAX_FIELD_LENGTH = 5000;

function text(value: FieldValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.join('\n').trim();
  return '';
}

function problemOf(field: FieldSpec, value: FieldValue | undefined): FieldProblem | null {
  if (field.type === 'yesNo' || field.type === 'choice') return null;
  const raw = text(value);
  if (raw.length > MAX_FIELD_LENGTH) return 'tooLong';
  if (raw === '') return field.required ? 'required' : null;
  switch (field.type) {
    case 'date':
      return parseIsoDate(raw) === undefined ? 'date' : null;
    case 'money':
      return parseAmount(raw) === undefined ? 'money' : null;
    case 'percent': {
      const percent = parseAmount(raw.replace(/\s*%$/, ''));
      return percent === undefined || percent > 100 ? 'percent' : null;
    }
    case 'currency':
      return parseCurrency(raw) === undefined ? 'currency' : null;
    case 'days':
      return /^\d{1,4}$/.test(raw) ? null : 'days';
    default:
      return null;
  }
}

/** What stands between these values and a letter that can be sent, field by field. */
export function validateFields(scenario: Scenario, values: FieldValues): Map<string, FieldProblem> {
  const problems = new Map<string, FieldProblem>();
  for (const field of scenario.fields) {
    const problem = problemOf(field, values[field.id]);
    if (problem) problems.set(field.id, problem);
  }
  // "We end on X" and "we honour the contract until a later Y" cannot both be true, except
  // where the letter ends the agreement early on purpose.
  const lastDay = parseIsoDate(text(values.effectiveDate));
  const contractEnd = parseIsoDate(text(values.contractEndDate));
  if (!ENDS_EARLY.has(scenario.id) && !problems.has('contractEndDate') && lastDay !== undefined && contractEnd !== undefined && contractEnd > lastDay) {
    problems.set('contractEndDate', 'afterLastDay');
  }
  // The law's late-payment interest applies only where the contract sets no rate: a letter with
  // both would claim interest twice. The contract's rate is the field that comes second.
  if (values.statutoryInterest === true && !problems.has('lateFeeRate') && text(values.lateFeeRate) !== '') {
    problems.set('lateFeeRate', 'withStatutoryInterest');
  }
  return problems;
}
