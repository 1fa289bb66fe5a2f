import { collectNames, parseTemplate, type TemplateNode } from './template';
import { DERIVED_VALUES, SECTION_ONLY, type LetterTemplate, type Scenario } from './types';

export type TemplateIssue =
  | { kind: 'empty-subject' }
  | { kind: 'empty-body' }
  | { kind: 'unknown-placeholder'; name: string; where: 'subject' | 'body' }
  | { kind: 'unbalanced'; name: string; where: 'subject' | 'body' }
  | { kind: 'bad-tag'; tag: string; where: 'subject' | 'body' }
  | { kind: 'optional-outside-section'; name: string; where: 'subject' | 'body' };

/** Names a template prints as values (not only as sections). */
export function valueNames(nodes: readonly TemplateNode[]): Set<string> {
  const names = new Set<string>();
  const visit = (list: readonly TemplateNode[]) => {
    for (const node of list) {
      if (node.kind === 'value') names.add(node.name);
      else if (node.kind === 'section') visit(node.children);
    }
  };
  visit(nodes);
  return names;
}

/** What must be fixed in an edited letter before it can be saved. */
export function validateTemplate(scenario: Scenario, template: LetterTemplate): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  if (template.subject.trim() === '') issues.push({ kind: 'empty-subject' });
  if (template.body.trim() === '') issues.push({ kind: 'empty-body' });
  const fields = new Map(scenario.fields.map((field) => [field.id, field]));
  for (const where of ['subject', 'body'] as const) {
    const parsed = parseTemplate(template[where]);
    for (const problem of parsed.problems) {
      if (problem.kind === 'bad-tag') issues.push({ kind: 'bad-tag', tag: problem.tag, where });
      else issues.push({ kind: 'unbalanced', name: problem.name, where });
    }
    const asText = valueNames(parsed.nodes);
    for (const [name, use] of collectNames(parsed.nodes)) {
      const field = fields.get(name);
      // A grammar or mechanics yes/no has no text: as a value it is as unknown as a typo.
      if (SECTION_ONLY.includes(name) && asText.has(name)) issues.push({ kind: 'unknown-placeholder', name, where });
      else if (!field && !(DERIVED_VALUES as readonly string[]).includes(name)) issues.push({ kind: 'unknown-placeholder', name, where });
      else if (field && !field.required && !use.guarded) issues.push({ kind: 'optional-outside-section', name, where });
    }
  }
  return issues;
}
