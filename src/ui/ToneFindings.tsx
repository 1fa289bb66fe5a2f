import type { i18n } from 'i18next';
import type { ToneFinding } from '../letters/tone/types';

/** One finding as shown: where it is (a field, the subject…) and, when possible, how to fix it. */
export interface ToneItem {
  key: string;
  finding: ToneFinding;
  /** Where the wording is, already translated; none when it is in the letter text itself. */
  where?: string;
  /** Replaces the wording with the rewrite; none when it cannot be applied there. */
  apply?: () => void;
}

interface Props {
  i18n: i18n;
  /** The letter's language: findings quote it and explain in it. */
  lang: string;
  items: readonly ToneItem[];
}

/** The tone check's findings, each with why and a better wording (the panel's and the options page's). */
export function ToneFindings({ i18n, lang, items }: Props) {
  const t = i18n.t;
  return (
    <section class="tone" aria-labelledby="tactful-tone-title">
      <h3 id="tactful-tone-title">{t('tone.title')}</h3>
      {items.length === 0 ? (
        <p class="tone-clean">{t('tone.clean')}</p>
      ) : (
        <ul>
          {items.map(({ key, finding, where, apply }) => (
            <li key={key} data-tactful="tone-issue" data-category={finding.category} class={`tone-${finding.severity}`}>
              <span>
                <strong>{t(`tone.categories.${finding.category}`)}</strong>
                {where && <span class="tone-where"> · {where}</span>}
              </span>
              {finding.text && <q lang={lang}>{finding.text}</q>}
              <span class="tone-why" lang={lang}>{finding.explanation}</span>
              <span class="tone-rewrite" lang={lang}>→ {finding.rewrite}</span>
              {apply && (
                <button type="button" class="link" onClick={apply}>
                  {t('tone.apply')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
