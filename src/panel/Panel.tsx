import type { i18n } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComposeTarget } from '../editor/compose-target';
import type { InsertOutcome } from '../editor/insert-letter';
import { LANGUAGES, uiLocale } from '../i18n/languages';
import { loadLetters } from '../i18n/letter-texts';
import { todayIso } from '../letters/dates';
import type { LetterLanguage } from '../letters/types';
import { loadRulePack } from '../letters/tone/load-rule-pack';
import type { RulePack } from '../letters/tone/types';
import { validateFields } from '../letters/validate-fields';
import type { Profile } from '../storage/schema';
import type { UserData } from '../storage/user-data';
import { letterProfile, localeRegion } from '../storage/letter-profile';
import { readLastValues, saveLastLetter } from '../storage/last-letter';
import { browser } from '../platform/browser-api';
import { reportError } from '../platform/report-error';
import { extensionAlive } from '../content/extension-alive';
import type { Shortcuts } from '../platform/messages';
import { copyLetter } from './copy-letter';
import { requestPrint } from '../print/request-print';
import { focusNextFrameIfUnmoved } from './deferred-focus';
import { FieldInput } from './FieldInput';
import { initialValues, type FormValues } from './initial-values';
import type { LetterLibrary } from '../ui/letter-library';
import { ScenarioPicker } from '../ui/ScenarioPicker';
import { CaseHistory, prefillFor, recordInsert, useFollowThrough } from './CaseHistory';
import type { Case } from '../storage/case-log';
import type { findToneIssues, PlacedFinding } from './tone-issues';
import { interestNote } from './interest-note';
type LetterKit = typeof import('./letter-kit');
type Editor = typeof import('../editor/insert-letter');

/** Insert's editor code, kept once fetched: a later import() would wait a task, Insert must not. */
let editor: Editor | undefined;
const loadEditor = () => import('../editor/insert-letter').then((loaded) => (editor = loaded));

interface Props {
  i18n: i18n;
  library: LetterLibrary;
  target: ComposeTarget;
  profile: Profile;
  /** What Tactful sent before and the greetings chosen, from the same read of storage as the rest. */
  sent: Pick<UserData, 'caseLog' | 'recipientMemory'>;
  letterLanguage: LetterLanguage;
  /** Stored settings could not be read and defaults are in use: say so. */
  storageProblem: boolean;
  /** Why the panel opened, when it was not the user's choice (insert-last with no last letter). */
  openedBecause?: 'no-last-letter';
  onClose(reason: 'inserted' | 'dismissed'): void;
}

type Notice = { kind: 'alert' | 'status'; text: string } | null;

export function Panel({ i18n, library, target, profile, sent, letterLanguage, storageProblem, openedBecause, onClose }: Props) {
  const t = i18n.t;
  const today = useMemo(() => todayIso(), []);
  const recipient = useMemo(() => target.adapter.recipientNames(target.root)[0], [target]);
  const follow = useFollowThrough(target, recipient, sent.caseLog, sent.recipientMemory);
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [lang, setLang] = useState<LetterLanguage>(letterLanguage);
  const [values, setValues] = useState<FormValues>({});
  const [showProblems, setShowProblems] = useState(false);
  const [notice, setNotice] = useState<Notice>(
    storageProblem ? { kind: 'alert', text: i18n.t('errors.storage') } : openedBecause ? { kind: 'status', text: i18n.t('insertLast.none') } : null,
  );
  const [loaded, setLoaded] = useState(0);
  const [lastValues, setLastValues] = useState<Record<string, FormValues>>({});
  const [shortcuts, setShortcuts] = useState<Shortcuts>({});
  /** Checklist items the user said the letter does not need. */
  const [notNeeded, setNotNeeded] = useState<ReadonlySet<string>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadLetters(i18n, lang).then(() => setLoaded((n) => n + 1));
  }, [i18n, lang]);

  // The letter's code (letter-kit.ts: renderer, preview, checks) is not needed for the first paint:
  // it is fetched once the user reaches into the panel (pointer, key) or chooses a situation. Not
  // for a panel opened and dismissed, nor by a copy orphaned by an extension update (no files then).
  const [kit, setKit] = useState<LetterKit | null>(null);
  const kitLoad = useRef<Promise<LetterKit> | null>(null);
  const loadKit = () =>
    (kitLoad.current ??= import('./letter-kit').then((loaded) => {
      setKit(() => loaded);
      return loaded;
    }));
  const engage = () => {
    if (kitLoad.current === null && extensionAlive()) loadKit().catch(() => undefined);
  };

  // Not needed for the first paint: fetched after it, so the panel opens at once.
  useEffect(() => {
    void readLastValues().then(setLastValues, () => undefined);
    void browser.runtime.sendMessage({ type: 'tactful:get-shortcuts' }).then((reply) => setShortcuts((reply ?? {}) as Shortcuts), () => undefined);
  }, []);

  // The letter language's tone rules take tens of milliseconds to fetch and compile: done while
  // idle once the letter's code is here, before a letter needs them, or at once when one does.
  const [tone, setTone] = useState<{ lang: LetterLanguage; pack: RulePack; find: typeof findToneIssues } | null>(null);
  const chosen = scenarioId !== null;
  const kitReady = kit !== null;
  useEffect(() => {
    if (!kitReady) return;
    let live = true;
    const load = () => {
      if (!extensionAlive()) return;
      void Promise.all([loadRulePack(lang), import('./tone-issues')]).then(([pack, { findToneIssues: find }]) => {
        if (live) setTone({ lang, pack, find });
      }, () => undefined);
    };
    const idle = chosen ? undefined : requestIdleCallback(load, { timeout: 2000 });
    if (idle === undefined) load();
    return () => {
      live = false;
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [lang, chosen, kitReady]);
  const toneNow = tone?.lang === lang ? tone : undefined;

  // Insert's editor code is fetched once a situation is chosen, before Insert is clicked.
  useEffect(() => {
    if (chosen && !editor) loadEditor().catch(() => undefined);
  }, [chosen]);

  const findScenario = (id: string) => library.scenarios.find((s) => s.id === id);
  const scenario = scenarioId ? findScenario(scenarioId) : undefined;
  const template = scenario ? library.template(scenario.id, lang) : undefined;
  const greetings = useMemo(() => library.greetings(lang), [library, lang, loaded]);
  // The profile as letters see it: the late-interest law and rate resolved for the browser's region.
  // Only once a situation is chosen: the region (Intl.Locale maximize) costs tens of ms on a first open.
  const sender = useMemo(() => (chosen ? letterProfile(profile, localeRegion(navigator.language)) : undefined), [profile, chosen]);
  const letter = useMemo(
    () =>
      scenario && template && kit && sender
        ? kit.renderLetter({ scenario, lang, template, values, profile: sender, greetings, today, missingLabel: (name) => `[${t(`fields.${name}`)}]` })
        : null,
    [kit, scenario, template, lang, values, sender, greetings, today, t],
  );
  const closingOut = useMemo(() => (scenario && kit ? kit.checklist(scenario, values, notNeeded) : null), [kit, scenario, values, notNeeded]);
  const fieldNote = (id: string) =>
    id === 'statutoryInterest' ? interestNote(t, uiLocale(i18n.language), sender?.lateInterestLaw ?? 'none', sender?.referenceRate) : undefined;
  const problems = useMemo(() => (scenario ? validateFields(scenario, values) : new Map()), [scenario, values]);
  const toneIssues = useMemo(() => (toneNow && scenario && letter ? toneNow.find(toneNow.pack, scenario, letter.text, values) : []), [toneNow, scenario, letter, values]);

  /** From a case, its invoice details win over what is in the form. */
  const choose = (id: string, fromCase?: Case) => {
    const next = findScenario(id);
    if (!next) return;
    const fresh = { ...initialValues(next, { profile, recipient, today, locale: navigator.language, lastValues: lastValues[id] }), ...prefillFor(next, follow) };
    // Keep what the user already typed for fields the new situation shares.
    for (const key of Object.keys(fresh)) if (values[key] !== undefined && values[key] !== '') fresh[key] = values[key]!;
    if (fromCase) Object.assign(fresh, prefillFor(next, follow, fromCase));
    setValues(fresh);
    setScenarioId(id);
    setActiveId(id);
    setNotNeeded(new Set());
    setShowProblems(false);
    setNotice(null);
    engage();
    if (panelRef.current) focusNextFrameIfUnmoved(panelRef.current, () => formRef.current?.querySelector<HTMLElement>('input:not([type=checkbox]), textarea'));
  };

  const setValue = (id: string, value: string | boolean) => setValues((current) => ({ ...current, [id]: value }));

  const applyRewrite = ({ finding, fieldId }: PlacedFinding) => {
    if (!fieldId) return;
    const current = values[fieldId];
    if (typeof current !== 'string') return;
    setValue(fieldId, current.slice(0, finding.start) + finding.rewrite + current.slice(finding.end));
  };

  /**
   * The letter when it may leave the panel (Insert, Print); else says why, shows the problems and
   * puts focus on the first one. A letter with [placeholders] helps nobody, inserted or printed.
   */
  const readyLetter = (fixFirstKey: string) => {
    if (!scenario || !letter) {
      setNotice({ kind: 'alert', text: t('panel.chooseFirst') });
      return null;
    }
    if (problems.size > 0 || letter.missing.length > 0 || letter.invalid.length > 0) {
      setShowProblems(true);
      setNotice({ kind: 'alert', text: t(fixFirstKey) });
      if (panelRef.current) focusNextFrameIfUnmoved(panelRef.current, () => formRef.current?.querySelector<HTMLElement>('[aria-invalid=true]'));
      return null;
    }
    return { scenario, letter };
  };

  const insert = async () => {
    const ready = readyLetter('validation.fixBeforeInsert');
    if (!ready) return;
    const { scenario, letter } = ready;
    const editing = editor ?? (await loadEditor().catch((error: unknown) => reportError('loading the insert code', error)));
    const outcome: InsertOutcome = editing ? await editing.insertLetter(target, letter) : { ok: false, reason: 'not-inserted' };
    if (!outcome.ok) {
      setNotice({ kind: 'alert', text: t(outcome.reason === 'no-body' ? 'errors.noBody' : 'errors.insertFailed') });
      return;
    }
    // Saved before closing, so an insert-last right after finds this letter.
    await saveLastLetter(scenario.id, lang, values).catch((error: unknown) => reportError('saving the last letter used', error));
    await recordInsert(i18n, follow, scenario, values);
    onClose('inserted');
  };

  const copy = async () => {
    if (!letter) return;
    const copied = await copyLetter(letter);
    setNotice(copied ? { kind: 'status', text: t('panel.copied') } : { kind: 'alert', text: t('panel.copyFailed') });
  };

  const print = async () => {
    const ready = readyLetter('print.fixFirst');
    if (!ready) return;
    const opened = await requestPrint({ letter: ready.letter, profile, values, today, uiLanguage: i18n.language as LetterLanguage });
    setNotice(opened ? null : { kind: 'alert', text: t('print.failed') });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    engage();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose('dismissed');
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void insert();
    }
  };

  // Key names are left-to-right words inside the sentence: isolated, they read right in Urdu too.
  const isolate = (keys: string) => `\u2068${keys}\u2069`;
  const insertKey = isolate(/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘+Enter' : 'Ctrl+Enter');

  return (
    <div ref={panelRef} class="panel" role="dialog" aria-modal="false" aria-labelledby="tactful-title" dir={i18n.dir(i18n.language)} lang={i18n.language} onKeyDown={onKeyDown} onPointerOver={engage}>
      <header>
        <div>
          <h2 id="tactful-title">{t('panel.title')}</h2>
          <p class="subtitle">{t('panel.subtitle')}</p>
        </div>
        <button type="button" class="icon" data-tactful="close" aria-label={t('panel.close')} title={t('panel.close')} onClick={() => onClose('dismissed')}>
          ×
        </button>
      </header>
      <div class="scroll">
        <CaseHistory i18n={i18n} library={library} follow={follow} offsets={profile.reminderOffsets} onNext={choose} />
        <ScenarioPicker i18n={i18n} library={library} query={query} activeId={activeId} chosenId={scenarioId} onQuery={setQuery} onActive={setActiveId} onChoose={choose} />
        {scenario ? (
          <form ref={formRef} class="form" onSubmit={(event) => { event.preventDefault(); void insert(); }} noValidate>
            <h3>{library.name(scenario.id)}</h3>
            {scenario.guidance.length > 0 && (
              <details class="guidance" open>
                <summary>{t('panel.guidance')}</summary>
                <ul>{scenario.guidance.map((key) => <li key={key}>{t(`guidance.${key}`)}</li>)}</ul>
              </details>
            )}
            {kit && <kit.StageHint i18n={i18n} scenarioId={scenario.id} dueDate={values.dueDate} today={today} offsets={profile.reminderOffsets} onSwitch={choose} />}
            <div class="field">
              <label for="tactful-letter-language">{t('panel.letterLanguage')}</label>
              <select id="tactful-letter-language" data-tactful="letter-language" value={lang} onChange={(e) => setLang(e.currentTarget.value as LetterLanguage)}>
                {LANGUAGES.map((language) => (
                  <option key={language.code} value={language.code} lang={language.code}>{language.nativeName}</option>
                ))}
              </select>
            </div>
            <fieldset>
              <legend>{t('panel.fields')}</legend>
              {scenario.fields.map((field) => (
                <FieldInput key={field.id} i18n={i18n} field={field} value={values[field.id] ?? ''} problem={problems.get(field.id) ?? null} showProblem={showProblems} note={fieldNote(field.id)} onChange={(value) => setValue(field.id, value)} />
              ))}
            </fieldset>
            {closingOut && kit && <kit.Checklist i18n={i18n} items={closingOut} onNotNeeded={(id, on) => setNotNeeded((current) => kit.toggled(current, id, on))} />}
            {kit && (letter ? <kit.LetterPreview i18n={i18n} letter={letter} /> : <p role="alert">{t('errors.letterMissing')}</p>)}
            {kit && <kit.ToneFindings
              i18n={i18n}
              lang={lang}
              items={toneIssues.map((placed) => ({
                key: `${placed.fieldId}-${placed.finding.ruleId}-${placed.finding.start}`,
                finding: placed.finding,
                where: placed.fieldId ? t('tone.inField', { field: t(`fields.${placed.fieldId}`) }) : undefined,
                apply: placed.fieldId ? () => applyRewrite(placed) : undefined,
              }))}
            />}
          </form>
        ) : (
          <p class="start">{t('panel.chooseFirst')}</p>
        )}
      </div>
      <footer>
        <div class="notices">
          <div role="alert">{notice?.kind === 'alert' ? notice.text : ''}</div>
          <div role="status">{notice?.kind === 'status' ? notice.text : ''}</div>
        </div>
        <div class="actions">
          <span class="keys">
            {t('panel.shortcuts', { insertKey })}
            {shortcuts['open-panel'] && <><br />{t('panel.commandKeys', { openKey: isolate(shortcuts['open-panel']), lastKey: isolate(shortcuts['insert-last'] ?? '—') })}</>}
          </span>
          <button type="button" class="secondary" onClick={() => void copy()} disabled={!letter}>{t('panel.copy')}</button>
          <button type="button" class="secondary" data-tactful="print" onClick={() => void print()} disabled={!letter}>{t('print.button')}</button>
          <button type="button" class="primary" data-tactful="insert" onClick={() => void insert()}>{t('panel.insert')}</button>
        </div>
      </footer>
    </div>
  );
}
