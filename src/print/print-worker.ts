import { browser, type Runtime, type Storage } from '../platform/browser-api';
import type { PrintDocument } from '../platform/messages';
import { printStore } from './print-store';

/** The print page's address inside the extension (built as an input in vite.config.ts). */
export const PRINT_PAGE = 'src/print/index.html';

export interface PrintReply {
  ok: boolean;
}

const store = printStore((browser.storage as Partial<Storage.Static>).session);

/**
 * Keep the letter under a one-time id and open the print page for it in a new tab right after the
 * mail tab the panel is in. tabs.create needs no permission.
 */
export async function openPrintPage(document: PrintDocument, from: Runtime.MessageSender['tab']): Promise<PrintReply> {
  try {
    const id = await store.keep(document);
    const url = browser.runtime.getURL(`${PRINT_PAGE}?id=${encodeURIComponent(id)}`);
    await browser.tabs.create(from?.id === undefined ? { url } : { url, windowId: from.windowId, index: from.index + 1, openerTabId: from.id });
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

/** The print page's letter, handed out once. */
export function takePrintDocument(id: string): Promise<PrintDocument | null> {
  return store.take(id);
}
