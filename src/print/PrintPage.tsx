import type { i18n } from 'i18next';
import { Fragment } from 'preact';
import { formatDate } from '../letters/format';
import type { LetterPiece } from '../letters/render';
import { LETTER_LANGUAGES, type LetterLanguage } from '../letters/types';
import type { PrintDocument } from '../platform/messages';
import { letterBlocks } from './letter-blocks';

interface Props {
  i18n: i18n;
  /** The letter, or null when its id is unknown (already printed and the tab's memory gone). */
  doc: PrintDocument | null;
  onPrint(): void;
}

/** Values are isolated in a right-to-left letter, as in the preview, so ids and sums read right. */
function Value({ text, rtl }: { text: string; rtl: boolean }) {
  return rtl ? <bdi>{text}</bdi> : <>{text}</>;
}

function Line({ line, rtl }: { line: readonly LetterPiece[]; rtl: boolean }) {
  return (
    <>
      {line.map((piece, i) =>
        piece.kind === 'missing' ? <mark key={i}>{piece.text}</mark> : piece.kind === 'value' ? <Value key={i} text={piece.text} rtl={rtl} /> : piece.text,
      )}
    </>
  );
}

function letterDate(doc: PrintDocument): string | undefined {
  const lang = doc.letter.lang as LetterLanguage;
  if (!LETTER_LANGUAGES.includes(lang)) return undefined;
  return formatDate(doc.date, lang, { calendar: doc.calendar });
}

/** The letter laid out as a formal letter on a sheet, with a Print button above it on screen. */
export function PrintPage({ i18n, doc, onPrint }: Props) {
  const t = i18n.t;
  if (!doc) {
    return (
      <main class="print-page">
        <p class="gone" role="alert">{t('print.gone')}</p>
      </main>
    );
  }
  const { letter, sender } = doc;
  const rtl = letter.dir === 'rtl';
  const date = letterDate(doc);
  const senderLines = [sender.name, sender.business].filter((line) => line !== '');
  return (
    <main class="print-page">
      <div class="toolbar">
        <p>{t('print.hint')}</p>
        <button type="button" class="primary" data-tactful="print-again" onClick={onPrint}>{t('print.button')}</button>
      </div>
      <article class="sheet" data-tactful="printed-letter" dir={letter.dir} lang={letter.lang}>
        {senderLines.length > 0 && (
          <address class="sender" data-tactful="print-sender">
            {senderLines.map((line, i) => (
              <div key={i} class={i === 0 ? 'sender-name' : undefined}><Value text={line} rtl={rtl} /></div>
            ))}
          </address>
        )}
        {date && <p class="date" data-tactful="print-date"><time dateTime={doc.date}>{date}</time></p>}
        {doc.recipient && <p class="recipient" data-tactful="print-recipient"><Value text={doc.recipient} rtl={rtl} /></p>}
        <h1 class="subject" data-tactful="print-subject">{letter.subject}</h1>
        <div class="body" data-tactful="print-body">
          {letter.pieces.map((paragraph, p) => (
            <div key={p} class="paragraph">
              {letterBlocks(paragraph).map((block, b) =>
                block.kind === 'list' ? (
                  <ul key={b}>{block.items.map((item, i) => <li key={i}><Line line={item} rtl={rtl} /></li>)}</ul>
                ) : (
                  <p key={b}>{block.lines.map((line, l) => <Fragment key={l}>{l > 0 && <br />}<Line line={line} rtl={rtl} /></Fragment>)}</p>
                ),
              )}
            </div>
          ))}
        </div>
      </article>
    </main>
  );
}
