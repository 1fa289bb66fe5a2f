import type { RenderedLetter } from '../letters/render';
import type { ComposeTarget } from './compose-target';
import { execCommandInsert } from './exec-command-insert';
import { fillSubject } from './fill-subject';
import { insertionPoint } from './insertion-point';
import { letterFragment, pasteFragment } from './letter-fragment';
import { lineEdges } from './line-edges';
import { pasteInsert } from './paste-insert';

export type InsertOutcome = { ok: true; subjectFilled: boolean } | { ok: false; reason: 'no-body' | 'not-inserted' };

/** Put a rendered letter into a compose window, following design.md's insertion rules. */
export async function insertLetter(target: ComposeTarget, letter: RenderedLetter): Promise<InsertOutcome> {
  const body = target.body();
  if (!body?.isConnected) return { ok: false, reason: 'no-body' };
  const { adapter, root } = target;
  const range = insertionPoint(body, target.caret.get(), adapter.protectedNodes(body));
  const edges = lineEdges(body, range);
  const inserted =
    adapter.insertion === 'paste-event'
      ? await pasteInsert(body, range, pasteFragment(letter, edges), letter.text)
      : execCommandInsert(body, range, letterFragment(letter, edges, adapter.isPlainText(root)));
  if (!inserted) return { ok: false, reason: 'not-inserted' };
  const subject = adapter.visibleSubject(root);
  return { ok: true, subjectFilled: subject ? fillSubject(subject, letter.subject) : false };
}
