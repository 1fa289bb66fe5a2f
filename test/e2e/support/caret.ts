/**
 * Runs in the page (Playwright or Puppeteer `evaluate`): put the caret in a compose body the
 * way a click would — focus, then a collapsed selection `offset` characters into `needle`.
 * Self-contained on purpose: the function's source is sent to the browser.
 */
export function caretInBody(body: HTMLElement, [needle, offset]: readonly [string, number]): void {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(needle);
    if (at < 0) continue;
    body.focus();
    const range = document.createRange();
    range.setStart(node, at + offset);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return;
  }
  throw new Error(`text not found in body: ${needle}`);
}
