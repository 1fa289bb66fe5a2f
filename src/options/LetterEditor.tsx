import type { i18n } from 'i18next';
import { useMemo, useRef } from 'preact/hooks';
import { LANGUAGES, languageDir } from '../i18n/languages';
import { renderLetter } from '../letters/render';
import type { GreetingTemplates, LetterLanguage, LetterTemplate, Scenario } from '../letters/types';
import { validateTemplate } from '../letters/validate-template';
import { LetterPreview } from '../ui/LetterPreview';
import type { Profile } from '../storage/schema';
import { letterProfile, localeRegion } from '../storage/letter-profile';
import { issueMessage, issueTarget } from './issue-messages';
import { tabId } from './LanguageTabs';
import { PlaceholderList, placeholderLabel } from './PlaceholderList';
import { insertPlaceholder, placeholdersFor, type Placeholder } from './placeholders';
import { sampleValues } from './sample-values';
import { applyRewrite, templateToneFindings } from './template-tone';
import { ToneFindings } from '../ui/ToneFindings';

interface Props {
  i18n: i18n;
  scenario: Scenario;
  lang: LetterLanguage;
  /** What the editor shows: the draft, else the saved letter. */
  template: LetterTemplate;
  profile: Profile;
  /** The language's greeting per address form (undefined while its letters load). */
  greetings: GreetingTemplates | undefined;
  today: string;
  /** The stage where stating consequences is expected: the tone check allows it there. */
  finalStage: boolean;
  hasUnsaved: boolean;
  canReset: { thisLanguage: boolean; allLanguages: boolean };
  onEdit(template: LetterTemplate): void;
  onSave(): void;
  onRevert(): void;
  onReset(scope: 'thisLanguage' | 'allLanguages'): void;
}

export const EDITOR_ID = 'letter-editor';

/** One letter in one language: subject and text, with placeholders, problems, preview and tone. */
export function LetterEditor({ i18n, scenario, lang, template, profile, greetings, today, finalStage, hasUnsaved, canReset, onEdit, onSave, onRevert, onReset }: Props) {
  const t = i18n.t;
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const dir = languageDir(lang);
  const placeholders = useMemo(() => placeholdersFor(scenario), [scenario]);
  const issues = useMemo(() => validateTemplate(scenario, template), [scenario, template]);
  const tone = useMemo(() => templateToneFindings(template, lang, finalStage), [template, lang, finalStage]);
  const sender = useMemo(() => letterProfile(profile, localeRegion(navigator.language)), [profile]);
  const letter = useMemo(() => {
    const sample = i18n.getFixedT(lang, 'ui');
    const values = sampleValues(scenario, { today, profile, sample: (id) => sample(`options.sample.${id}`) });
    return renderLetter({ scenario, lang, template, values, profile: sender, greetings, today, missingLabel: (name) => `[${placeholderLabel(t, name)}]` });
  }, [i18n, scenario, lang, template, sender, profile, greetings, today, t]);
  const invalid = (part: 'subject' | 'body') => (issues.some((issue) => issueTarget(issue) === part) ? 'true' : undefined);
  const describedBy = issues.length > 0 ? 'letter-issues' : undefined;

  const insert = (placeholder: Placeholder) => {
    const body = bodyRef.current;
    const start = body?.selectionStart ?? template.body.length;
    const end = body?.selectionEnd ?? start;
    const next = insertPlaceholder(template.body, start, end, placeholder);
    onEdit({ ...template, body: next.text });
    requestAnimationFrame(() => {
      body?.focus();
      body?.setSelectionRange(next.caret, next.caret);
    });
  };

  const languageName = LANGUAGES.find((language) => language.code === lang)?.nativeName ?? lang;

  return (
    <div class="editor-grid">
      <div data-tactful="letter-editor" data-scenario-id={scenario.id} data-lang={lang} role="tabpanel" id={EDITOR_ID} aria-labelledby={tabId(lang)} class="letter-editor">
        <div class="field">
          <label for="letter-subject">{t('options.letters.subject')}</label>
          <input
            id="letter-subject"
            name="subject"
            dir={dir}
            lang={lang}
            value={template.subject}
            aria-invalid={invalid('subject')}
            aria-describedby={describedBy}
            onInput={(event) => onEdit({ ...template, subject: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="letter-body">{t('options.letters.body')}</label>
          <PlaceholderList i18n={i18n} placeholders={placeholders} onInsert={insert} />
          <textarea
            id="letter-body"
            name="body"
            ref={bodyRef}
            rows={18}
            dir={dir}
            lang={lang}
            value={template.body}
            aria-invalid={invalid('body')}
            aria-describedby={['letter-body-hint', describedBy].filter(Boolean).join(' ')}
            onInput={(event) => onEdit({ ...template, body: event.currentTarget.value })}
          />
          <p id="letter-body-hint" class="hint">
            {t('options.letters.bodyHint', { example: '{{clientName}}' })}
          </p>
        </div>
        {issues.length > 0 && (
          <div id="letter-issues" class="issues">
            <h3>{t('options.letters.issuesTitle')}</h3>
            <ul>
              {issues.map((issue, index) => (
                <li key={index} data-tactful="template-issue" data-kind={issue.kind}>
                  {issueMessage(t, issue)}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="editor-actions">
          <button type="button" class="primary" data-tactful="save" onClick={onSave}>
            {t('options.letters.save')}
          </button>
          <button type="button" data-tactful="revert" disabled={!hasUnsaved} onClick={onRevert}>
            {t('options.letters.revert')}
          </button>
        </div>
        <div class="reset-actions" role="group" aria-labelledby="letter-reset-title">
          <span id="letter-reset-title" class="reset-title">
            {t('options.letters.resetTitle')}
          </span>
          <button type="button" data-tactful="reset" disabled={!canReset.thisLanguage} onClick={() => onReset('thisLanguage')}>
            {t('options.letters.reset', { language: languageName })}
          </button>
          <button type="button" data-tactful="reset-all" disabled={!canReset.allLanguages} onClick={() => onReset('allLanguages')}>
            {t('options.letters.resetAll')}
          </button>
        </div>
      </div>
      <div class="editor-side">
        <LetterPreview i18n={i18n} letter={letter} />
        <p class="hint">{t('options.letters.sampleNote')}</p>
        <ToneFindings
          i18n={i18n}
          lang={lang}
          items={tone.map((placed) => ({
            key: `${placed.where}-${placed.finding.ruleId}-${placed.finding.start}`,
            finding: placed.finding,
            where: i18n.t(`options.letters.${placed.where}`),
            apply: () => onEdit(applyRewrite(template, placed)),
          }))}
        />
      </div>
    </div>
  );
}
