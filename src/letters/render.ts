import { escapeHtml } from './escape-html';
import { letterLocale } from './letter-locale';
import type { NepaliCalendar } from './letter-calendar';
import { calendarOf, grammaticalForm, resolveValues, type Resolved, type ResolveInput } from './resolve-values';
import { parseTemplate, type TemplateNode } from './template';
import type { GreetingTemplates, LetterLanguage, LetterTemplate } from './types';

export interface RenderInput extends ResolveInput {
  template: LetterTemplate;
  /**
   * The language's greeting (`_greeting` of its letters.json, see `greetingTemplates`), used
   * for `{{greeting}}`. Without it the greeting is the client's name and a comma.
   */
  greetings?: GreetingTemplates;
  /** Text shown in place of a value that is missing (the preview passes the field's label). */
  missingLabel?: (name: string) => string;
}

export interface RenderedLetter {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The calendar its dates are written in (Nepali: Bikram Sambat unless AD), for dating it on paper. */
  calendar: NepaliCalendar;
  subject: string;
  /** Plain text: lines joined by \n, paragraphs by a blank line. */
  text: string;
  /** Escaped HTML: a `<div>` per line, `<div><br></div>` between paragraphs, RTL wrapped. */
  html: string;
  /** The same escaped HTML line by line, for editors that lay lines out themselves. */
  htmlLines: string[][];
  /** Paragraphs of lines of pieces, for drawing the letter without HTML strings (the preview). */
  pieces: LetterPiece[][][];
  /** Required fields without a value, and placeholders the template used without a value. */
  missing: string[];
  /** Fields whose value could not be read (a date, amount or currency that is not one). */
  invalid: string[];
}

/** A run of a line: template text, a value (isolated in right-to-left letters), or a missing value. */
export interface LetterPiece {
  kind: 'text' | 'value' | 'missing';
  text: string;
}

// Private-use code points mark where a value starts and ends inside the rendered string, so
// values can be isolated (bidi) and missing ones highlighted after the text is split into lines.
const VALUE_START = '\uE000';
const VALUE_END = '\uE001';
const MISSING_START = '\uE002';
const MISSING_END = '\uE003';
const MARKERS = /[\uE000-\uE003]/g;
const FSI = '\u2068';
const PDI = '\u2069';

function isShown(value: Resolved | undefined, inverted: boolean): boolean {
  return (value?.state === 'present') !== inverted;
}

/** Template nodes that stand in for a derived value (the greeting), rendered in its place. */
type Expansions = ReadonlyMap<string, readonly TemplateNode[]>;

function evaluate(nodes: readonly TemplateNode[], values: Map<string, Resolved>, onMissing: (name: string) => string, expansions: Expansions = new Map()): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text.replace(MARKERS, '');
    else if (node.kind === 'section') {
      if (isShown(values.get(node.name), node.inverted)) out += evaluate(node.children, values, onMissing, expansions);
    } else if (expansions.has(node.name)) {
      // The greeting's own text is the language's, not a value: it may not expand itself.
      const inner = new Map(expansions);
      inner.delete(node.name);
      out += evaluate(expansions.get(node.name)!, values, onMissing, inner);
    } else {
      const value = values.get(node.name);
      if (value?.state === 'present') {
        out += value.lines.map((line) => VALUE_START + line.replace(MARKERS, '') + VALUE_END).join('\n');
      } else {
        out += MISSING_START + onMissing(node.name).replace(MARKERS, '') + MISSING_END;
      }
    }
  }
  return out;
}

/** Paragraphs of lines, with what sections left empty or doubled cleaned away. */
function toParagraphs(rendered: string): string[][] {
  return rendered
    .replace(/\r\n?/g, '\n')
    // A value that ends its own sentence ("a refund of €400.") before the template's full stop.
    .replace(/([.!?۔])\uE001[.۔]/g, '$1\uE001')
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
        .filter((line, index, lines) => line !== '' || (index > 0 && index < lines.length - 1)),
    )
    .filter((lines) => lines.some((line) => line.replace(MARKERS, '') !== '' || line.includes(MISSING_START)));
}

function lineToHtml(line: string, rtl: boolean): string {
  return escapeHtml(line)
    .replaceAll(VALUE_START, rtl ? '<bdi>' : '')
    .replaceAll(VALUE_END, rtl ? '</bdi>' : '')
    .replaceAll(MISSING_START, '<mark data-tactful-missing="">')
    .replaceAll(MISSING_END, '</mark>');
}

function lineToPieces(line: string): LetterPiece[] {
  const pieces: LetterPiece[] = [];
  for (const [, start, inner, text] of line.matchAll(/([\uE000\uE002])([^\uE000-\uE003]*)[\uE001\uE003]|([^\uE000-\uE003]+)/g)) {
    if (text !== undefined) pieces.push({ kind: 'text', text });
    else pieces.push({ kind: start === VALUE_START ? 'value' : 'missing', text: inner ?? '' });
  }
  return pieces;
}

function lineToText(line: string, rtl: boolean): string {
  return line
    .replaceAll(VALUE_START, rtl ? FSI : '')
    .replaceAll(VALUE_END, rtl ? PDI : '')
    .replace(/[\uE002\uE003]/g, '');
}

/** Without the language's greeting: the name and the language's comma. */
function fallbackGreeting(lang: LetterLanguage): string {
  return lang === 'ur' ? '{{clientName}}،' : '{{clientName}},';
}

/** The greeting template for the recipient's address form (`addressForm`, default neutral). */
export function greetingTemplate(input: Pick<RenderInput, 'lang' | 'values' | 'greetings'>): string {
  const form = grammaticalForm(input.values.addressForm);
  return input.greetings?.[form] ?? fallbackGreeting(input.lang);
}

export function renderLetter(input: RenderInput): RenderedLetter {
  const { scenario, lang, template } = input;
  const { dir } = letterLocale(lang);
  const rtl = dir === 'rtl';
  const values = resolveValues(input);
  const missing = new Set(scenario.fields.filter((f) => f.required && values.get(f.id)?.state === 'absent').map((f) => f.id));
  const invalid = [...values].filter(([, value]) => value.state === 'invalid').map(([name]) => name);
  const onMissing = (name: string) => {
    if (values.get(name)?.state !== 'invalid') missing.add(name);
    return input.missingLabel?.(name) ?? '';
  };

  const expansions: Expansions = new Map([['greeting', parseTemplate(greetingTemplate(input)).nodes]]);

  const subjectSource = evaluate(parseTemplate(template.subject).nodes, values, onMissing, expansions);
  const subject = lineToText(subjectSource.replace(/\s+/g, ' ').trim(), rtl);
  const paragraphs = toParagraphs(evaluate(parseTemplate(template.body).nodes, values, onMissing, expansions));
  const signatureLine = input.profile.signatureLine?.replace(MARKERS, '').trim();
  if (signatureLine) paragraphs.at(-1)?.push(VALUE_START + signatureLine + VALUE_END);

  const text = paragraphs.map((lines) => lines.map((line) => lineToText(line, rtl)).join('\n')).join('\n\n');
  const htmlLines = paragraphs.map((lines) => lines.map((line) => lineToHtml(line, rtl)));
  const body = htmlLines
    .map((lines) => lines.map((line) => `<div>${line === '' ? '<br>' : line}</div>`).join(''))
    .join('<div><br></div>');
  const html = rtl ? `<div dir="rtl" lang="${lang}">${body}</div>` : body;
  const pieces = paragraphs.map((lines) => lines.map(lineToPieces));
  return { lang, dir, calendar: calendarOf(input), subject, text, html, htmlLines, pieces, missing: [...missing], invalid };
}
