import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/setup';
import { issueMessage, issueTarget } from './issue-messages';

describe('template problems in words', () => {
  it('say what is wrong and where, without touching the braces', async () => {
    const { t } = await createI18n('en');
    expect(issueMessage(t, { kind: 'empty-subject' })).toBe('The subject is empty.');
    expect(issueMessage(t, { kind: 'unknown-placeholder', name: 'clientNmae', where: 'body' })).toBe('Letter text: “clientNmae” is not a detail of this situation.');
    expect(issueMessage(t, { kind: 'optional-outside-section', name: 'invoiceDate', where: 'subject' })).toContain('{{#invoiceDate}} … {{/invoiceDate}}');
    expect(issueTarget({ kind: 'bad-tag', tag: '{{', where: 'subject' })).toBe('subject');
  });
});
