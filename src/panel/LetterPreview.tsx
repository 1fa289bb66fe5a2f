import type { i18n } from 'i18next';
import type { RenderedLetter } from '../letters/render';

/** The letter as it will be inserted: the renderer's escaped HTML, right-to-left for Urdu. */
export function LetterPreview({ i18n, letter }: { i18n: i18n; letter: RenderedLetter }) {
  const t = i18n.t;
  return (
    <section class="preview-box" aria-labelledby="tactful-preview-title">
      <h3 id="tactful-preview-title">{t('panel.preview')}</h3>
      <p class="preview-subject" dir={letter.dir} lang={letter.lang}>
        <span class="label">{t('panel.subject')}: </span>
        {letter.subject}
      </p>
      {/* Built by the renderer from escaped text only: no user markup can reach it. */}
      <div class="preview" data-tactful="preview" dir={letter.dir} lang={letter.lang} dangerouslySetInnerHTML={{ __html: letter.html }} />
    </section>
  );
}
