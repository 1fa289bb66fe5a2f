import { selectRange } from './exec-command-insert';

const SETTLE_MS = 1000;

function changed(body: HTMLElement, before: string): Promise<boolean> {
  return new Promise((resolve) => {
    if (body.innerHTML !== before) return resolve(true);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(body.innerHTML !== before);
    }, SETTLE_MS);
    observer.observe(body, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * Outlook: roosterjs takes a paste event itself (it cancels the default, reads the clipboard
 * items and merges them), taking an undo snapshot and raising content-changed, so the draft is
 * saved and one Ctrl+Z removes the letter. The content lands a tick later.
 */
export async function pasteInsert(body: HTMLElement, range: Range, html: string, text: string): Promise<boolean> {
  selectRange(body, range);
  // roosterjs pastes at the selection it cached from the last selectionchange event, which the
  // browser fires as a separate task: let it arrive first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const before = body.innerHTML;
  const event = pasteEvent(body, html, text);
  body.dispatchEvent(event);
  if (!event.defaultPrevented) return false;
  return changed(body, before);
}

/** Firefox content scripts see the page through Xray wrappers; `wrappedJSObject` is the page's own view. */
interface FirefoxContentWindow {
  wrappedJSObject?: typeof globalThis;
}
declare function cloneInto<T>(value: T, target: object): T;

function pasteEvent(body: HTMLElement, html: string, text: string): ClipboardEvent {
  const page = (body.ownerDocument.defaultView as FirefoxContentWindow | null)?.wrappedJSObject;
  if (!page) {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', text);
    return new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  }
  // Firefox: ClipboardEventInit takes `dataType`/`data`, not `clipboardData`; and data set from
  // the content script carries the extension's principal, so the page reads it back empty
  // (Mozilla bug 1654724). Built in the page's world, the data belongs to the page.
  const init = cloneInto({ bubbles: true, cancelable: true, dataType: 'text/html', data: html }, page);
  const event = new page.ClipboardEvent('paste', init as ClipboardEventInit);
  event.clipboardData?.setData('text/plain', text);
  return event;
}
