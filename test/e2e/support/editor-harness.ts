// Bundled into a plain page by insertion.property.e2e.ts: the editor code the Gmail path runs.
import { execCommandInsert } from '../../../src/editor/exec-command-insert';
import { insertionPoint, isEmptyLine } from '../../../src/editor/insertion-point';
import { letterFragment } from '../../../src/editor/letter-fragment';
import { lineEdges } from '../../../src/editor/line-edges';
import type { RenderedLetter } from '../../../src/letters/render';

const letter: RenderedLetter = {
  lang: 'en',
  dir: 'ltr',
  calendar: 'ad',
  subject: 'S',
  text: 'Dear Jordan,\n\nLETTER LINE\n\nKind regards,\nAna',
  html: '',
  htmlLines: [['Dear Jordan,'], ['LETTER LINE'], ['Kind regards,', 'Ana']],
  pieces: [],
  missing: [],
  invalid: [],
};

/** Insert the sample letter at a saved caret (or none) the way the Gmail path does. */
function insert(body: HTMLElement, saved: Range | null): boolean {
  const protectedNodes = [...body.querySelectorAll('.gmail_signature_prefix, .gmail_signature, .gmail_quote')];
  const { range, beforeFence } = insertionPoint(body, saved, protectedNodes);
  const blankLine = beforeFence ? (isEmptyLine(range.startContainer) ? '<br><br>' : '<br>') : '';
  return execCommandInsert(body, range, letterFragment(letter, lineEdges(body, range), false) + blankLine);
}

(window as unknown as { tactfulEditor: unknown }).tactfulEditor = { insert, letterText: letter.text.replace(/\n/g, '') };
