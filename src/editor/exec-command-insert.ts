/**
 * Gmail: insert through the browser's editing command, which keeps its undo stack (one Ctrl+Z
 * removes the letter), then nudge Gmail's editor, which saves drafts on key events only.
 */
export function execCommandInsert(body: HTMLElement, range: Range, html: string): boolean {
  selectRange(body, range);
  const before = body.innerHTML;
  const done = document.execCommand('insertHTML', false, html);
  if (!done || body.innerHTML === before) return false;
  // On the next tick, as InboxSDK does: a synchronous key event made Gmail type a character.
  setTimeout(() => {
    for (const type of ['keydown', 'keypress', 'keyup']) {
      body.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, key: '.', code: 'Period', keyCode: 190, which: 190 } as KeyboardEventInit));
    }
  }, 0);
  return true;
}

export function selectRange(body: HTMLElement, range: Range): void {
  body.focus({ preventScroll: true });
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
