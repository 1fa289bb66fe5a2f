import type { TFunction } from 'i18next';
import type { TemplateIssue } from '../letters/validate-template';

/** A template problem in the user's words, saying where it is. */
export function issueMessage(t: TFunction, issue: TemplateIssue): string {
  switch (issue.kind) {
    case 'empty-subject':
    case 'empty-body':
      return t(`options.issues.${issue.kind}`);
    case 'bad-tag':
      return t('options.issues.bad-tag', { where: t(`options.letters.${issue.where}`), tag: issue.tag });
    case 'optional-outside-section':
      return t('options.issues.optional-outside-section', { where: t(`options.letters.${issue.where}`), name: issue.name, open: `{{#${issue.name}}}`, close: `{{/${issue.name}}}` });
    default:
      return t(`options.issues.${issue.kind}`, { where: t(`options.letters.${issue.where}`), name: issue.name });
  }
}

/** Which input an issue belongs to, for aria-invalid. */
export function issueTarget(issue: TemplateIssue): 'subject' | 'body' {
  if (issue.kind === 'empty-subject') return 'subject';
  if (issue.kind === 'empty-body') return 'body';
  return issue.where;
}
