import { describe, expect, it } from 'vitest';
import { applyRewrite, templateToneFindings } from './template-tone';

describe('the tone check on a letter being edited', () => {
  it('finds blaming wording in the subject and the body and rewrites it in place', () => {
    const template = { subject: 'You failed to pay', body: 'Dear {{clientName}},\n\nYou failed to pay invoice {{invoiceNumber}}.' };
    const findings = templateToneFindings(template, 'en', false);
    expect(findings.map((f) => f.where)).toEqual(['subject', 'body']);
    const fixed = applyRewrite(template, findings[1]!);
    expect(fixed.subject).toBe(template.subject);
    expect(fixed.body).not.toContain('You failed to pay');
    expect(fixed.body).toContain('{{invoiceNumber}}');
  });

  it('finds nothing in a built-in letter', () => {
    expect(templateToneFindings({ subject: 'Friendly reminder: invoice {{invoiceNumber}}', body: 'Dear {{clientName}},\n\nI hope all is well.' }, 'en', false)).toEqual([]);
  });
});
