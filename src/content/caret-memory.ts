/** The caret the user left in a compose body, kept for when the panel has taken focus. */
export class CaretMemory {
  private range: Range | null = null;

  constructor(private readonly body: () => HTMLElement | null) {}

  /** Take the current selection if it is inside the body. */
  capture(): void {
    const body = this.body();
    const selection = document.getSelection();
    if (!body || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (body.contains(range.startContainer) && body.contains(range.endContainer)) this.range = range.cloneRange();
  }

  /** The remembered caret, if it still points into the current body. */
  get(): Range | null {
    const body = this.body();
    const range = this.range;
    if (!body || !range || !body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
    return range;
  }
}
