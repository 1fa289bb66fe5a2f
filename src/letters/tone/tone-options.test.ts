import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../catalogue';
import { FINAL_STAGES, toneOptionsFor } from './tone-options';

describe('toneOptionsFor', () => {
  it('names only real situations as final stages', () => {
    for (const id of FINAL_STAGES) expect(SCENARIOS.some((scenario) => scenario.id === id), id).toBe(true);
  });

  it('allows consequences in the final notice and when ending for non-payment, nowhere else', () => {
    const final = SCENARIOS.filter((scenario) => toneOptionsFor(scenario.id, {}).finalStage).map((scenario) => scenario.id);
    expect(final.sort()).toEqual(['end-non-payment', 'pay-final-notice']);
  });

  it('knows whether the user ticked statutory interest', () => {
    expect(toneOptionsFor('pay-overdue-followup', { statutoryInterest: true }).statutoryInterest).toBe(true);
    expect(toneOptionsFor('pay-overdue-followup', { statutoryInterest: false }).statutoryInterest).toBe(false);
    expect(toneOptionsFor('pay-overdue-followup', {}).statutoryInterest).toBe(false);
  });

  it('asks the whole text of a final notice, not a typed field, for a reply-by date', () => {
    expect(toneOptionsFor('pay-final-notice', { respondBy: '2025-03-15' }).finalNotice).toEqual({ hasDate: true });
    expect(toneOptionsFor('pay-final-notice', { respondBy: ' ' }).finalNotice).toEqual({ hasDate: false });
    expect(toneOptionsFor('pay-final-notice', {}, 'field').finalNotice).toBeUndefined();
    expect(toneOptionsFor('end-non-payment', { respondBy: '' }).finalNotice).toBeUndefined();
  });
});
