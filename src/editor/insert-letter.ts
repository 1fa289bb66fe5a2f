import type { RenderedLetter } from '../letters/render';
import type { ComposeTarget } from './compose-target';
import { execCommandInsert } from './exec-command-insert';
import { fillSubject } from './fill-subject';
import { insertionPoint, isEmptyLine } from './insertion-point';
import { letterFragment, pasteFragment } from './letter-fragment';
import { lineEdges } from './line-edges';
import { pasteInsert } from './paste-insert';

export type InsertOutcome = { ok: true; subjectFilled: boolean } | { ok: false; reason: 'no-body' | 'not-inserted' };

/** Put a rendered letter into a compose window, following the insertion rules in docs/architecture.md. */
export async function insertLetter(target: ComposeTarget, letter: RenderedLetter): Promise<InsertOutcome> {
  const body = target.body();
  if (!body?.isConnected) return { ok: false, reason: 'no-body' };
  const { adapter, root } = target;
  const { range, beforeFence } = insertionPoint(body, target.caret.get(), adapter.protectedNodes(body));
  const edges = lineEdges(body, range);
  // Right above the signature or quote, a blank line keeps them apart from the letter (two
  // breaks when the letter fills an empty line, whose own break the browser drops).
  const blankLine = beforeFence ? (isEmptyLine(range.startContainer) ? '<br><br>' : '<br>') : '';
  const inserted =
    adapter.insertion === 'paste-event'
      ? await pasteInsert(body, range, pasteFragment(letter, edges), letter.text)
      : execCommandInsert(body, range, letterFragment(letter, edges, adapter.isPlainText(root)) + blankLine);
  if (!inserted) return { ok: false, reason: 'not-inserted' };
  const subject = adapter.visibleSubject(root);
  return { ok: true, subjectFilled: subject ? fillSubject(subject, letter.subject) : false };
}
