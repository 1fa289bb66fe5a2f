const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE', 'TR', 'TD', 'PRE', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE']);

const isBlock = (node: Node) => node instanceof Element && BLOCKS.has(node.tagName);
const hasText = (text: string) => /[^\s\u200b\ufeff]/.test(text);

/** The node a boundary point sits before (or the node to step out of when there is none). */
function nodeAfter(container: Node, offset: number): Node | null {
  if (container.nodeType === Node.TEXT_NODE) return null;
  return container.childNodes[offset] ?? null;
}

/**
 * Does the line continue with visible text after (forward) or before (backward) the point?
 * A line ends at a `<br>`, at the start or end of a block, or at the editor's edge.
 */
function textOnLine(root: Node, container: Node, offset: number, forward: boolean): boolean {
  if (container.nodeType === Node.TEXT_NODE) {
    const data = (container as Text).data;
    if (hasText(forward ? data.slice(offset) : data.slice(0, offset))) return true;
  }
  let node: Node | null = container.nodeType === Node.TEXT_NODE ? container : forward ? nodeAfter(container, offset) : (container.childNodes[offset - 1] ?? null);
  let parent: Node | null = node ? node.parentNode : container;
  // Start with the node itself only when the point sits before/after it (not inside text).
  let visitSelf = container.nodeType !== Node.TEXT_NODE;
  while (parent) {
    if (node && visitSelf) {
      if (node.nodeName === 'BR' || isBlock(node)) return false;
      if (node.nodeType === Node.TEXT_NODE && hasText((node as Text).data)) return true;
      if (node.nodeName === 'IMG') return true;
      if (node.firstChild) {
        parent = node;
        node = forward ? node.firstChild : node.lastChild!;
        continue;
      }
    }
    visitSelf = true;
    const next: Node | null = node ? (forward ? node.nextSibling : node.previousSibling) : null;
    if (next) {
      node = next;
      continue;
    }
    // Stepping out of an element: a block or the editor itself ends the line.
    if (parent === root || isBlock(parent)) return false;
    node = parent;
    parent = parent.parentNode;
    visitSelf = false;
  }
  return false;
}

export interface LineEdges {
  atLineStart: boolean;
  atLineEnd: boolean;
}

/** Where a collapsed caret stands on its visual line, so an insertion can start a line of its own. */
export function lineEdges(root: Node, range: Range): LineEdges {
  return {
    atLineStart: !textOnLine(root, range.startContainer, range.startOffset, false),
    atLineEnd: !textOnLine(root, range.endContainer, range.endOffset, true),
  };
}
