import { describe, expect, it } from 'vitest';
import { proposeStage } from './reminder-stage';

describe('proposeStage', () => {
  const due = '2025-03-10';
  it.each([
    ['2025-02-20', null],
    ['2025-03-07', 'pay-before-due'],
    ['2025-03-10', 'pay-before-due'],
    ['2025-03-11', 'pay-friendly-reminder'],
    ['2025-03-16', 'pay-friendly-reminder'],
    ['2025-03-17', 'pay-overdue-followup'],
    ['2025-03-24', 'pay-work-paused'],
    ['2025-04-09', 'pay-final-notice'],
    ['2026-01-01', 'pay-final-notice'],
  ])('on %s proposes %s', (today, stage) => {
    expect(proposeStage(due, today)).toBe(stage);
  });

  it('follows custom offsets', () => {
    expect(proposeStage(due, '2025-03-12', [-1, 2, 5, 10, 20])).toBe('pay-friendly-reminder');
    expect(proposeStage(due, '2025-03-15', [-1, 2, 5, 10, 20])).toBe('pay-overdue-followup');
  });

  it('gives no stage for a date that is not one', () => {
    expect(proposeStage('2025-02-30', '2025-03-10')).toBeNull();
    expect(proposeStage('soon', '2025-03-10')).toBeNull();
  });
});
