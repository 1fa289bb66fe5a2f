import { escapeHtml } from '../letters/escape-html';
import type { RenderedLetter } from '../letters/render';
import type { LineEdges } from './line-edges';

const RLM = '\u200f';

/**
 * The letter as inline lines joined by `<br>`: dropped at a caret, it starts and ends a line of
 * its own without splitting or merging the user's paragraphs (Chrome merges block fragments
 * into the surrounding lines). Right-to-left letters get one block that sets the direction.
 * Plain-text mode gets only text and `<br>`.
 */
export function letterFragment(letter: RenderedLetter, edges: LineEdges, plainText: boolean): string {
  const rtl = letter.dir === 'rtl';
  const paragraphs = plainText
    ? letter.text.split('\n\n').map((p) => p.split('\n').map((line) => (rtl ? RLM : '') + escapeHtml(line)))
    : letter.htmlLines;
  let inner = paragraphs.map((lines) => lines.join('<br>')).join('<br><br>');
  if (rtl && !plainText) inner = `<span dir="rtl" lang="${letter.lang}" style="display:block">${inner}</span>`;
  return (edges.atLineStart ? '' : '<br>') + inner + (edges.atLineEnd ? '' : '<br>');
}

/**
 * For editors that merge pasted paragraphs into the ones around the caret (roosterjs joins the
 * first pasted paragraph to the text before the caret and the last to the text after it): empty
 * paragraphs outside the letter take those joins, so the user's lines and the letter stay apart.
 */
export function pasteFragment(letter: RenderedLetter, edges: LineEdges): string {
  const empty = '<div><br></div>';
  return (edges.atLineStart ? '' : empty) + letter.html + (edges.atLineEnd ? '' : empty);
}
