import type { i18n } from 'i18next';
import type { LetterPiece, RenderedLetter } from '../letters/render';

function Piece({ piece, rtl }: { piece: LetterPiece; rtl: boolean }) {
  if (piece.kind === 'missing') return <mark data-tactful-missing="">{piece.text}</mark>;
  if (piece.kind === 'value' && rtl) return <bdi>{piece.text}</bdi>;
  return <>{piece.text}</>;
}

/** The letter as it will be inserted, drawn from its pieces (text only, never an HTML string). */
export function LetterPreview({ i18n, letter }: { i18n: i18n; letter: RenderedLetter }) {
  const t = i18n.t;
  const rtl = letter.dir === 'rtl';
  return (
    <section class="preview-box" aria-labelledby="tactful-preview-title">
      <h3 id="tactful-preview-title">{t('panel.preview')}</h3>
      <p class="preview-subject">
        <span class="label">{t('panel.subject')}: </span>
        <bdi dir={letter.dir} lang={letter.lang}>{letter.subject}</bdi>
      </p>
      <div class="preview" data-tactful="preview" dir={letter.dir} lang={letter.lang}>
        {letter.pieces.map((lines, p) => (
          <p key={p}>
            {lines.map((line, l) => (
              <>
                {l > 0 && <br />}
                {line.map((piece, i) => (
                  <Piece key={i} piece={piece} rtl={rtl} />
                ))}
              </>
            ))}
          </p>
        ))}
      </div>
    </section>
  );
}
