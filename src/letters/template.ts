/**
 * The letter template language (docs/letter-templates.md): `{{name}}` placeholders and
 * `{{#name}}…{{/name}}` / `{{^name}}…{{/name}}` sections. Deliberately tiny: no expressions,
 * no partials, no lookups into objects — a template can only name a value.
 */
export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'section'; name: string; inverted: boolean; children: TemplateNode[] };

export type TemplateProblem =
  | { kind: 'unclosed'; name: string }
  | { kind: 'unopened'; name: string }
  | { kind: 'mismatched'; name: string; expected: string }
  | { kind: 'bad-tag'; tag: string };

export interface ParsedTemplate {
  nodes: TemplateNode[];
  problems: TemplateProblem[];
}

const TAG = /\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export function parseTemplate(source: string): ParsedTemplate {
  const root: TemplateNode[] = [];
  const stack: { name: string; inverted: boolean; children: TemplateNode[] }[] = [];
  const problems: TemplateProblem[] = [];
  const current = () => stack.at(-1)?.children ?? root;
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const [whole, sigil = '', name = ''] = match;
    if (match.index > last) current().push({ kind: 'text', text: source.slice(last, match.index) });
    last = match.index + whole.length;
    if (!NAME.test(name)) {
      problems.push({ kind: 'bad-tag', tag: whole });
      continue;
    }
    if (sigil === '#' || sigil === '^') {
      stack.push({ name, inverted: sigil === '^', children: [] });
    } else if (sigil === '/') {
      const open = stack.pop();
      if (!open) {
        problems.push({ kind: 'unopened', name });
        continue;
      }
      if (open.name !== name) problems.push({ kind: 'mismatched', name, expected: open.name });
      current().push({ kind: 'section', name: open.name, inverted: open.inverted, children: open.children });
    } else {
      current().push({ kind: 'value', name });
    }
  }
  if (last < source.length) current().push({ kind: 'text', text: source.slice(last) });
  // Close what was left open so the template still renders; the problem is reported.
  while (stack.length > 0) {
    const open = stack.pop()!;
    problems.push({ kind: 'unclosed', name: open.name });
    current().push({ kind: 'section', name: open.name, inverted: open.inverted, children: open.children });
  }
  if (/\{\{|\}\}/.test(source.replace(TAG, ''))) problems.push({ kind: 'bad-tag', tag: '{{' });
  return { nodes: root, problems };
}

/** Every name a template refers to, with whether it is used outside any section of its own. */
export function collectNames(nodes: readonly TemplateNode[], guards: readonly string[] = []): Map<string, { guarded: boolean }> {
  const names = new Map<string, { guarded: boolean }>();
  const visit = (list: readonly TemplateNode[], inside: readonly string[]) => {
    for (const node of list) {
      if (node.kind === 'text') continue;
      if (node.kind === 'value') {
        const guarded = inside.includes(node.name);
        const seen = names.get(node.name);
        names.set(node.name, { guarded: (seen?.guarded ?? true) && guarded });
        continue;
      }
      if (!names.has(node.name)) names.set(node.name, { guarded: true });
      visit(node.children, node.inverted ? inside : [...inside, node.name]);
    }
  };
  visit(nodes, guards);
  return names;
}
