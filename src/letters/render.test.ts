import { describe, expect, it } from 'vitest';
import { findScenario } from './catalogue';
import { renderLetter, type RenderInput } from './render';

const reminder = findScenario('pay-friendly-reminder')!;
const template = {
  subject: 'Invoice {{invoiceNumber}}',
  body: [
    'Dear {{clientName}},',
    'Invoice {{invoiceNumber}} for {{amount}} was due on {{dueDate}} ({{daysOverdue}} ago).{{#paymentLink}} You can pay here: {{paymentLink}}{{/paymentLink}}',
    '{{#invoiceDate}}It was sent on {{invoiceDate}}.{{/invoiceDate}}',
    'Kind regards,\n{{senderName}}{{#businessName}}\n{{businessName}}{{/businessName}}',
  ].join('\n\n'),
};

function render(values: RenderInput['values'], overrides: Partial<RenderInput> = {}) {
  return renderLetter({ scenario: reminder, lang: 'en', template, values, profile: { senderName: 'Ana Novak' }, today: '2025-01-22', ...overrides });
}

const full = { clientName: 'Jordan', invoiceNumber: 'INV-042', amount: '1234.5', currency: 'EUR', dueDate: '2025-01-15' };

describe('renderLetter', () => {
  it('fills placeholders, formats money and dates, and computes days overdue', () => {
    const letter = render(full);
    expect(letter.subject).toBe('Invoice INV-042');
    expect(letter.text).toBe(
      'Dear Jordan,\n\nInvoice INV-042 for €1,234.50 was due on 15 January 2025 (7 days ago).\n\nKind regards,\nAna Novak',
    );
    expect(letter.missing).toEqual([]);
    expect(letter.html).toBe(
      '<div>Dear Jordan,</div><div><br></div><div>Invoice INV-042 for €1,234.50 was due on 15 January 2025 (7 days ago).</div>' +
        '<div><br></div><div>Kind regards,</div><div>Ana Novak</div>',
    );
  });

  it('drops an optional paragraph and sentence without leaving blank lines or double spaces', () => {
    const letter = render({ ...full, paymentLink: 'https://pay.example/42', invoiceDate: '2025-01-01', businessName: 'Novak Design' });
    expect(letter.text).toContain('(7 days ago). You can pay here: https://pay.example/42\n\nIt was sent on 1 January 2025.');
    expect(letter.text.endsWith('Ana Novak\nNovak Design')).toBe(true);
    expect(render(full).text).not.toMatch(/\n{3}| {2}/);
  });

  it('adds the sender\'s signature line under the sign-off, as text', () => {
    const letter = render(full, { profile: { senderName: 'Ana Novak', signatureLine: 'novak.design · <b>+386</b>' } });
    expect(letter.text.endsWith('Ana Novak\nnovak.design · <b>+386</b>')).toBe(true);
    expect(letter.html).toContain('<div>novak.design · &lt;b&gt;+386&lt;/b&gt;</div>');
  });

  it('reports missing required values instead of printing them', () => {
    const letter = render({ ...full, clientName: '', amount: undefined }, { missingLabel: (name) => `[${name}]` });
    expect(letter.missing.sort()).toEqual(['amount', 'clientName']);
    expect(letter.text).toContain('Dear [clientName],');
    expect(letter.html).toContain('<mark data-tactful-missing="">[clientName]</mark>');
    expect(letter.pieces[0]).toEqual([[{ kind: 'text', text: 'Dear ' }, { kind: 'missing', text: '[clientName]' }, { kind: 'text', text: ',' }]]);
    expect(letter.text).not.toMatch(/\{\{|undefined|NaN|\[object/);
  });

  it('reports unreadable dates and amounts as invalid', () => {
    const letter = render({ ...full, dueDate: '2025-02-30', amount: '12abc' });
    expect(letter.invalid.sort()).toEqual(['amount', 'daysOverdue', 'dueDate']);
    expect(letter.text).not.toMatch(/NaN|Invalid Date|undefined/);
  });

  it('does not double a full stop the user typed at the end of a value', () => {
    const letter = render(full, { template: { subject: 's', body: 'Dear {{clientName}}. Thanks {{clientName}}.' } });
    expect(render({ ...full, clientName: 'Jordan Lee Ltd.' }, { template: { subject: 's', body: 'Thanks {{clientName}}. Bye.' } }).text).toBe('Thanks Jordan Lee Ltd. Bye.');
    expect(letter.text).toBe('Dear Jordan. Thanks Jordan.');
  });

  it('keeps markup typed into a field as text', () => {
    const letter = render({ ...full, clientName: '<img src=x onerror=alert(1)>' });
    expect(letter.html).toContain('Dear &lt;img src=x onerror=alert(1)&gt;,');
    expect(letter.html).not.toContain('<img');
    expect(letter.text).toContain('Dear <img src=x onerror=alert(1)>,');
  });

  it('does not evaluate template syntax typed into a field', () => {
    const letter = render({ ...full, clientName: "{{constructor.constructor('x')()}} {{senderName}}" });
    expect(letter.text).toContain("Dear {{constructor.constructor('x')()}} {{senderName}},");
  });

  it('wraps Urdu in a right-to-left element and isolates each value', () => {
    const letter = render(full, { lang: 'ur', template: { subject: 'انوائس {{invoiceNumber}}', body: 'محترم {{clientName}}،\n\nانوائس {{invoiceNumber}} کی رقم {{amount}} ہے۔' } });
    expect(letter.dir).toBe('rtl');
    expect(letter.html.startsWith('<div dir="rtl" lang="ur">')).toBe(true);
    expect(letter.html).toContain('<bdi>INV-042</bdi>');
    expect(letter.html).toContain('<bdi>€1,234.50</bdi>');
    expect(letter.text).toContain('\u2068INV-042\u2069');
  });
});
