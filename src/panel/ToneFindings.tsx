import type { i18n } from 'i18next';
import type { ToneFinding } from '../letters/tone/types';

export interface PlacedFinding {
  finding: ToneFinding;
  /** The field the wording was typed in, or null when it is in the letter text itself. */
  fieldId: string | null;
}

interface Props {
  i18n: i18n;
  findings: readonly PlacedFinding[];
  onApply(placed: PlacedFinding): void;
}

/** The tone check's findings, each with why and a better wording; a field's can be applied. */
export function ToneFindings({ i18n, findings, onApply }: Props) {
  const t = i18n.t;
  return (
    <section class="tone" aria-labelledby="tactful-tone-title">
      <h3 id="tactful-tone-title">{t('tone.title')}</h3>
      {findings.length === 0 ? (
        <p class="tone-clean">{t('tone.clean')}</p>
      ) : (
        <ul>
          {findings.map((placed) => {
            const { finding, fieldId } = placed;
            return (
              <li key={`${fieldId}-${finding.ruleId}-${finding.start}`} data-tactful="tone-issue" data-category={finding.category} class={`tone-${finding.severity}`}>
                <strong>{t(`tone.categories.${finding.category}`)}</strong>
                {fieldId && <span class="tone-where"> · {t('tone.inField', { field: t(`fields.${fieldId}`) })}</span>}
                <q>{finding.text}</q>
                <span class="tone-why">{finding.explanation}</span>
                <span class="tone-rewrite">→ {finding.rewrite}</span>
                {fieldId && (
                  <button type="button" class="link" onClick={() => onApply(placed)}>
                    {t('tone.apply')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
