import type { PrintDocument, PrintDocumentRequest } from '../platform/messages';
import { isPrintDocument } from './print-messages';

const tabKey = (id: string) => `tactful-print:${id}`;

/** The id in the page's address (`?id=…`), set by the service worker when it opened the page. */
export function printId(search: string): string | null {
  return new URLSearchParams(search).get('id');
}

/**
 * The letter for this tab. The worker hands it out once; the tab keeps its own copy in
 * sessionStorage (this tab only, gone with it) so that a reload still shows the letter. `ask`
 * sends the request to the worker.
 */
export async function loadDocument(id: string, ask: (request: PrintDocumentRequest) => Promise<unknown>, tabStorage: Storage = sessionStorage): Promise<PrintDocument | null> {
  try {
    const copy: unknown = JSON.parse(tabStorage.getItem(tabKey(id)) ?? 'null');
    if (isPrintDocument(copy)) return copy;
  } catch {
    // A damaged copy: ask the worker as if there were none.
  }
  const request: PrintDocumentRequest = { type: 'tactful:print-document', id };
  const doc = await ask(request).catch(() => null);
  if (!isPrintDocument(doc)) return null;
  try {
    tabStorage.setItem(tabKey(id), JSON.stringify(doc));
  } catch {
    // Without the tab's copy only a reload loses the letter.
  }
  return doc;
}
