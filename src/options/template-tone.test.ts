import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../letters/catalogue';
import { entriesOf } from '../letters/letter-fixtures';
import { LETTER_LANGUAGES, VOICES } from '../letters/types';
import { pickVoice } from '../letters/voice';
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

  it.each(LETTER_LANGUAGES)('finds nothing in any built-in %s letter as written', (lang) => {
    const entries = entriesOf(lang);
    const found = SCENARIOS.flatMap((scenario) =>
      VOICES.flatMap((voice) =>
        templateToneFindings(pickVoice(entries.get(scenario.id)!, voice), lang, scenario.id === 'pay-final-notice').map(({ finding }) => `${scenario.id} (${voice}): ${finding.ruleId} "${finding.text}"`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('asks a final notice for a date and a next step, inserted before the closing', () => {
    const template = { subject: 'Final notice', body: '{{greeting}}\n\nPlease pay soon.\n\nKind regards,\n{{senderName}}' };
    const findings = templateToneFindings(template, 'en', true);
    expect(findings.map(({ where, finding }) => `${where} ${finding.ruleId}`)).toEqual(['body en-final-date', 'body en-final-next-step']);
    const fixed = findings.reduceRight((current, finding) => applyRewrite(current, finding), template);
    expect(fixed.body).toMatch(/^\{\{greeting\}\}\n\nPlease pay soon\.\n\nPlease arrange payment by \{\{respondBy\}\}\.\n\n.*next step.*\n\nKind regards,/su);
    expect(templateToneFindings(fixed, 'en', true)).toEqual([]);
  });

  it('lets an interest claim through only inside its {{#statutoryInterest}} section', () => {
    const claim = 'Statutory interest applies.';
    expect(templateToneFindings({ subject: 'Invoice', body: claim }, 'en', false).map(({ finding }) => finding.ruleId)).toEqual(['en-legal-statutory-interest']);
    expect(templateToneFindings({ subject: 'Invoice', body: `{{#statutoryInterest}}${claim}{{/statutoryInterest}}` }, 'en', false)).toEqual([]);
  });

  it('finds nothing in a built-in letter', () => {
    expect(templateToneFindings({ subject: 'Friendly reminder: invoice {{invoiceNumber}}', body: 'Dear {{clientName}},\n\nI hope all is well.' }, 'en', false)).toEqual([]);
  });
});
