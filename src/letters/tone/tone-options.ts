import type { ToneOptions } from './types';

/** Where stating consequences (court, collection, lawyers) is expected: the final stage of each track. */
export const FINAL_STAGES: ReadonlySet<string> = new Set(['pay-final-notice', 'end-non-payment']);

/**
 * The tone check's view of a situation: what its stage allows and which legal claims the user
 * chose in the form. `part` is 'field' for one typed value, which need not carry the whole letter.
 */
export function toneOptionsFor(scenarioId: string, values: Readonly<Record<string, unknown>>, part: 'letter' | 'field' = 'letter'): ToneOptions {
  const respondBy = values['respondBy'];
  return {
    finalStage: FINAL_STAGES.has(scenarioId),
    statutoryInterest: values['statutoryInterest'] === true,
    ...(part === 'letter' && scenarioId === 'pay-final-notice' && { finalNotice: { hasDate: typeof respondBy === 'string' && respondBy.trim() !== '' } }),
  };
}
