import { describe, expect, it } from 'vitest';
import { findScenario } from './catalogue';
import { validateTemplate } from './validate-template';

const reminder = findScenario('pay-friendly-reminder')!;

describe('validateTemplate', () => {
  it('accepts a letter that uses declared fields properly', () => {
    expect(validateTemplate(reminder, { subject: 'Invoice {{invoiceNumber}}', body: 'Dear {{clientName}},\n\n{{#paymentLink}}Pay: {{paymentLink}}{{/paymentLink}} {{daysOverdue}}' })).toEqual([]);
  });

  it('reports an empty subject and body', () => {
    expect(validateTemplate(reminder, { subject: '  ', body: '' }).map((i) => i.kind)).toEqual(['empty-subject', 'empty-body']);
  });

  it('reports unknown placeholders, unbalanced sections and optional fields outside their section', () => {
    const issues = validateTemplate(reminder, { subject: 'Hi {{nickname}}', body: '{{#paymentLink}}x{{paymentLink}} {{/dueDate}} {{#invoiceDate}}open' });
    expect(issues).toContainEqual({ kind: 'unknown-placeholder', name: 'nickname', where: 'subject' });
    expect(issues).toContainEqual({ kind: 'unbalanced', name: 'dueDate', where: 'body' });
    expect(issues).toContainEqual({ kind: 'unbalanced', name: 'invoiceDate', where: 'body' });
    expect(validateTemplate(reminder, { subject: 'x', body: 'Pay at {{paymentLink}}' })).toContainEqual({ kind: 'optional-outside-section', name: 'paymentLink', where: 'body' });
  });

  it('reports stray braces', () => {
    expect(validateTemplate(reminder, { subject: 'x', body: 'Dear {{clientName},' }).map((i) => i.kind)).toContain('bad-tag');
  });
});
