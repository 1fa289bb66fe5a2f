import { describe, expect, it } from 'vitest';
import { SCENARIOS } from './catalogue';
import { entriesOf } from './letter-fixtures';
import { parseTemplate, type TemplateNode } from './template';
import { GRAMMAR_BOOLEANS, VOICES, type LetterTemplate } from './types';
import { pickVoice } from './voice';

/**
 * Every translation says what the English says: the same placeholders and the same sections
 * (with the same nesting), in the same voice. Grammar booleans (recipient*, sender*) are the
 * translator's own and are ignored, their contents kept.
 */
function shape(nodes: readonly TemplateNode[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.kind === 'value') out.push(node.name);
    else if (node.kind === 'section') {
      const inner = shape(node.children);
      if ((GRAMMAR_BOOLEANS as readonly string[]).includes(node.name)) out.push(...inner);
      else out.push(`${node.inverted ? '^' : '#'}${node.name}(${[...new Set(inner)].sort().join(' ')})`);
    }
  }
  return out;
}

const usage = (template: LetterTemplate) => ({
  subject: [...new Set(shape(parseTemplate(template.subject).nodes))].sort(),
  body: [...new Set(shape(parseTemplate(template.body).nodes))].sort(),
});

const english = entriesOf('en');

describe.each(['ne', 'ur', 'sl', 'ms'] as const)('%s letters match the English ones', (lang) => {
  const entries = entriesOf(lang);
  it.each(VOICES.flatMap((voice) => SCENARIOS.map((s) => [s.id, voice] as const)))('%s (%s): same placeholders and sections', (id, voice) => {
    expect(usage(pickVoice(entries.get(id)!, voice))).toEqual(usage(pickVoice(english.get(id)!, voice)));
  });
});
