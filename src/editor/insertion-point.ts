function first(nodes: readonly Node[]): Node | undefined {
  return [...nodes].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
}

/**
 * Where the letter goes: at the caret the user left in the body, unless that caret is inside or
 * below the signature or the quote (the letter stays above them); with no caret, at the top.
 * A selection is collapsed to its end: selected text is kept, never replaced.
 */
export function insertionPoint(body: HTMLElement, saved: Range | null, protectedNodes: readonly Node[]): Range {
  const range = document.createRange();
  if (!saved || !body.contains(saved.endContainer)) {
    range.setStart(body, 0);
    range.collapse(true);
    return range;
  }
  range.setStart(saved.endContainer, saved.endOffset);
  const fence = first(protectedNodes.filter((node) => body.contains(node)));
  // comparePoint ≤ 0: the fence starts at or before the caret, so the caret is inside or below it.
  if (fence && range.comparePoint(fence, 0) <= 0) range.setStartBefore(fence);
  range.collapse(true);
  return range;
}
