import type { i18n } from 'i18next';
import type { LetterLanguage } from '../letters/types';
import type { TemplateFinding } from './template-tone';

interface Props {
  i18n: i18n;
  /** The letter's language: findings quote it and explain in it. */
  lang: LetterLanguage;
  findings: readonly TemplateFinding[];
  onApply(finding: TemplateFinding): void;
}

/** The tone check's findings in the letter being edited, each with a rewrite to apply. */
export function TemplateTone({ i18n, lang, findings, onApply }: Props) {
  const t = i18n.t;
  return (
    <section class="tone" aria-labelledby="options-tone-title">
      <h3 id="options-tone-title">{t('tone.title')}</h3>
      {findings.length === 0 ? (
        <p class="tone-clean">{t('tone.clean')}</p>
      ) : (
        <ul>
          {findings.map((placed) => {
            const { where, finding } = placed;
            return (
              <li key={`${where}-${finding.ruleId}-${finding.start}`} data-tactful="tone-issue" data-category={finding.category} class={`tone-${finding.severity}`}>
                <span>
                  <strong>{t(`tone.categories.${finding.category}`)}</strong>
                  <span class="tone-where"> · {t(`options.letters.${where}`)}</span>
                </span>
                <q lang={lang}>{finding.text}</q>
                <span class="tone-why" lang={lang}>{finding.explanation}</span>
                <span class="tone-rewrite" lang={lang}>→ {finding.rewrite}</span>
                <button type="button" class="link" onClick={() => onApply(placed)}>
                  {t('tone.apply')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
