import type { LetterPiece } from '../letters/render';
import type { PrintDocument, PrintDocumentRequest, PrintRequest } from '../platform/messages';

// The print messages' checks live here, not in platform/messages.ts: the eager content script
// loads that file, and has no use for them.

const isText = (value: unknown): value is string => typeof value === 'string';

function isPieces(value: unknown): value is LetterPiece[][][] {
  return (
    Array.isArray(value) &&
    value.every(
      (lines) =>
        Array.isArray(lines) &&
        lines.every(
          (line) =>
            Array.isArray(line) &&
            line.every((piece: Partial<LetterPiece> | null) => ['text', 'value', 'missing'].includes(piece?.kind as string) && isText(piece?.text)),
        ),
    )
  );
}

export function isPrintDocument(value: unknown): value is PrintDocument {
  const doc = value as Partial<PrintDocument> | null;
  const letter = doc?.letter;
  const sender = doc?.sender;
  return (
    !!letter &&
    isText(letter.lang) &&
    (letter.dir === 'ltr' || letter.dir === 'rtl') &&
    isText(letter.subject) &&
    isPieces(letter.pieces) &&
    !!sender &&
    isText(sender.name) &&
    isText(sender.business) &&
    isText(doc.recipient) &&
    isText(doc.date) &&
    (doc.calendar === 'bs' || doc.calendar === 'ad') &&
    isText(doc.uiLanguage)
  );
}

export function isPrintRequest(value: unknown): value is PrintRequest {
  const message = value as Partial<PrintRequest> | null;
  return message?.type === 'tactful:print' && isPrintDocument(message.document);
}

export function isPrintDocumentRequest(value: unknown): value is PrintDocumentRequest {
  const message = value as Partial<PrintDocumentRequest> | null;
  return message?.type === 'tactful:print-document' && isText(message.id);
}
