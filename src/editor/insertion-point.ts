function first(nodes: readonly Node[]): Node | undefined {
  return [...nodes].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
}

/** A block holding nothing but the `<br>` that gives an empty line its height. */
export function isEmptyLine(node: Node): boolean {
  return node instanceof HTMLElement && node.tagName !== 'BR' && node.childNodes.length === 1 && node.firstChild?.nodeName === 'BR';
}

/**
 * The last caret position before `fence` that belongs to the user's text. A caret placed right
 * before the signature or the quote is pulled into them by the browser's editing, so the letter
 * goes at the end of the line before (or into the empty line before) instead.
 */
function pointBefore(body: HTMLElement, fence: Node, range: Range): void {
  let node: Node = fence;
  while (node !== body && !node.previousSibling) node = node.parentNode!;
  let previous = node === body ? null : node.previousSibling;
  while (previous && !isEmptyLine(previous) && previous.lastChild) previous = previous.lastChild;
  if (!previous) range.setStartBefore(fence);
  else if (isEmptyLine(previous)) range.setStart(previous, 0);
  else if (previous.nodeName === 'BR') range.setStartBefore(previous);
  else if (previous.nodeType === Node.TEXT_NODE) range.setStart(previous, (previous as Text).length);
  else range.setStartAfter(previous);
}

export interface InsertionPoint {
  range: Range;
  /** Only empty lines stand between the letter and the signature or quote: keep a blank line. */
  beforeFence: boolean;
}

/**
 * Where the letter goes: at the caret the user left in the body, unless that caret is inside or
 * below the signature or the quote (the letter stays above them); with no caret, at the top.
 * A selection is collapsed to its end: selected text is kept, never replaced.
 */
export function insertionPoint(body: HTMLElement, saved: Range | null, protectedNodes: readonly Node[]): InsertionPoint {
  const range = document.createRange();
  if (saved && body.contains(saved.endContainer)) range.setStart(saved.endContainer, saved.endOffset);
  else range.setStart(body, 0);
  range.collapse(true);
  const fence = first(protectedNodes.filter((node) => body.contains(node)));
  if (!fence) return { range, beforeFence: false };
  // comparePoint ≤ 0: the fence starts at or before the caret, so the caret is inside or below it.
  if (range.comparePoint(fence, 0) <= 0) pointBefore(body, fence, range);
  // An empty line right at the caret is where the browser will write: say so up front.
  const next = range.startContainer.childNodes[range.startOffset];
  if (next && isEmptyLine(next)) range.setStart(next, 0);
  range.collapse(true);
  const between = document.createRange();
  between.setStart(range.startContainer, range.startOffset);
  between.setEndBefore(fence);
  return { range, beforeFence: between.toString().trim() === '' };
}
