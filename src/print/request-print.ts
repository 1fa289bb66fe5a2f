import { browser } from '../platform/browser-api';
import type { PrintRequest } from '../platform/messages';
import { printDocument, type PrintInput } from './print-document';
import type { PrintReply } from './print-worker';

/** Ask the service worker to open the letter on the print page; false when it could not. */
export async function requestPrint(input: PrintInput): Promise<boolean> {
  const message: PrintRequest = { type: 'tactful:print', document: printDocument(input) };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as PrintReply | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}
