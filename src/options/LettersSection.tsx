import type { i18n } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LANGUAGES } from '../i18n/languages';
import { builtInLetter } from '../i18n/letter-texts';
import { SCENARIOS } from '../letters/catalogue';
import { LETTER_LANGUAGES, type LetterLanguage } from '../letters/types';
import { validateTemplate } from '../letters/validate-template';
import type { LetterLibrary } from '../ui/letter-library';
import { ScenarioPicker } from '../ui/ScenarioPicker';
import type { UserData } from '../storage/user-data';
import { ChoiceDialog } from './Dialog';
import { LanguageTabs } from './LanguageTabs';
import { duplicateScenario, hasOwnText, withCustom, withEdits, withoutCustom, withReset, withScenarioFrom, type BuiltInLetter, type UserLetters } from './letter-changes';
import { draftOf, unsavedEdits, unsavedLanguages, withDraft, withoutDrafts, withoutSavedDrafts, type Drafts, type SavedLetter } from './letter-drafts';
import { EDITOR_ID, LetterEditor } from './LetterEditor';
import { letterLocationSearch, readLetterLocation } from './letter-location';
import type { Notify } from './notice';
import { ScenarioDialog } from './ScenarioDialog';
import { useUnsavedWarning } from './unsaved-warning';

interface Props {
  i18n: i18n;
  data: UserData;
  /** The situations and their current letters, as the panel shows them. */
  library: LetterLibrary;
  today: string;
  /**
   * Apply a change to the latest stored letters and write them; false when the write failed
   * (the page has already said why).
   */
  changeLetters(change: (letters: UserLetters) => UserLetters): Promise<boolean>;
  notify: Notify;
}

type OpenDialog =
  | { kind: 'unsaved'; then(): void }
  | { kind: 'duplicate' }
  | { kind: 'edit' }
  | { kind: 'delete' }
  | null;

const BUILT_IN_IDS = SCENARIOS.map((scenario) => scenario.id);

/** The situations with a search box, and the open situation's letters in five languages. */
export function LettersSection({ i18n, data, library, today, changeLetters, notify }: Props) {
  const t = i18n.t;
  const language = i18n.language;
  const start = useMemo(() => readLetterLocation(location.search), []);
  const [scenarioId, setScenarioId] = useState<string | null>(start.scenarioId);
  const [lang, setLang] = useState<LetterLanguage>(start.lang ?? data.profile.letterLanguage ?? (language as LetterLanguage));
  const [drafts, setDrafts] = useState<Drafts>(new Map());
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);

  // Built-in letters are edited in the profile's voice; own situations have one text.
  const voice = library.voice;
  const builtIn: BuiltInLetter = (id, lng) => builtInLetter(i18n, lng, id, voice);
  const saved: SavedLetter = (id, lng) => library.template(id, lng);
  const scenario = library.scenarios.find((s) => s.id === scenarioId);
  const custom = data.custom.find((c) => c.id === scenarioId);
  const name = scenario ? library.name(scenario.id) : '';
  const unsaved = scenario ? unsavedLanguages(drafts, scenario.id, saved) : [];
  const languageList = (langs: readonly LetterLanguage[]) =>
    langs.map((code) => LANGUAGES.find((l) => l.code === code)?.nativeName ?? code).join(t('options.listSeparator'));

  useUnsavedWarning(unsaved.length > 0);

  // A letter opened from the address is shown in the list, scrolling the list only, not the page.
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const list = listRef.current?.querySelector('[role=listbox]');
    const chosen = list?.querySelector('[aria-selected=true]');
    if (list && chosen) list.scrollTop += chosen.getBoundingClientRect().top - list.getBoundingClientRect().top - list.clientHeight / 3;
  }, []);

  // The open letter stays in the address, so a reload comes back to it.
  useEffect(() => {
    const search = letterLocationSearch({ scenarioId: scenario?.id ?? null, lang });
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [scenario?.id, lang]);

  /** Run `next` now, or once the user has decided what happens to the unsaved edits. */
  const guard = (next: () => void) => {
    if (unsaved.length > 0) setDialog({ kind: 'unsaved', then: next });
    else next();
  };

  const open = (id: string) => {
    setScenarioId(id);
    setActiveId(id);
  };

  const save = async (): Promise<boolean> => {
    if (!scenario) return false;
    const edits = unsavedEdits(drafts, scenario.id, saved);
    if (edits.size === 0) {
      notify({ kind: 'status', text: t('options.letters.nothingToSave') });
      return true;
    }
    const broken = [...edits].filter(([, template]) => validateTemplate(scenario, template).length > 0).map(([lng]) => lng);
    if (broken.length > 0) {
      if (!broken.includes(lang)) setLang(broken[0]!);
      notify({ kind: 'alert', text: t('options.letters.fixFirst', { languages: languageList(broken) }) });
      return false;
    }
    if (!(await changeLetters((letters) => withEdits(letters, scenario.id, edits, builtIn, voice)))) return false;
    setDrafts((current) => withoutSavedDrafts(current, scenario.id, edits));
    notify({ kind: 'status', text: t('options.letters.saved') });
    return true;
  };

  const reset = async (langs: readonly LetterLanguage[]) => {
    if (!scenario) return;
    const before: UserLetters = { overrides: data.overrides, custom: data.custom };
    const stored = hasOwnText(data, scenario.id, langs, voice);
    if (stored && !(await changeLetters((letters) => withReset(letters, scenario.id, langs, voice)))) return;
    setDrafts((current) => withoutDrafts(current, scenario.id, langs));
    const undo = async () => {
      if (await changeLetters((letters) => withScenarioFrom(letters, before, scenario.id))) notify({ kind: 'status', text: t('options.undone') });
    };
    // Only a stored text can be brought back; unsaved edits were discarded on purpose.
    notify({ kind: 'status', text: t('options.letters.resetDone', { languages: languageList(langs) }), undo: stored ? () => void undo() : undefined });
  };

  const duplicate = async (newName: string, fieldIds: string[]) => {
    if (!scenario) return;
    const copy = duplicateScenario(data, { id: scenario.id, name: newName, fieldIds, builtInIds: BUILT_IN_IDS }, builtIn, voice);
    setDialog(null);
    if (!(await changeLetters((letters) => withCustom(letters, copy)))) return;
    open(copy.id);
    notify({ kind: 'status', text: t('options.custom.created', { name: copy.name }) });
  };

  const editCustom = async (newName: string, fieldIds: string[]) => {
    if (!custom) return;
    setDialog(null);
    if (await changeLetters((letters) => withCustom(letters, { ...custom, name: newName, fieldIds }))) notify({ kind: 'status', text: t('options.custom.updated', { name: newName }) });
  };

  const remove = async () => {
    if (!custom) return;
    setDialog(null);
    if (!(await changeLetters((letters) => withoutCustom(letters, custom.id)))) return;
    setDrafts((current) => withoutDrafts(current, custom.id));
    setScenarioId(null);
    notify({ kind: 'status', text: t('options.custom.deleted', { name: custom.name }) });
  };

  const template = scenario ? (draftOf(drafts, scenario.id, lang) ?? saved(scenario.id, lang)) : undefined;
  const baseName = custom ? t(`scenarios.${custom.baseId}.name`) : name;

  return (
    <section id="letters" class="card" aria-labelledby="letters-title">
      <h2 id="letters-title">{t('options.letters.title')}</h2>
      <p class="intro">{t('options.letters.intro')}</p>
      <p class="storage-place" data-tactful="letter-area" data-area={data.letterArea}>
        {t(data.letterArea === 'sync' ? 'options.letters.inSync' : 'options.letters.onDevice')}
      </p>
      <div class="letters-layout">
        <div class="letters-list" ref={listRef}>
          <ScenarioPicker i18n={i18n} library={library} query={query} activeId={activeId} chosenId={scenario?.id ?? null} onQuery={setQuery} onActive={setActiveId} onChoose={(id) => id !== scenario?.id && guard(() => open(id))} />
        </div>
        {scenario && template ? (
          <div class="letter-area">
            <div class="letter-head">
              <div>
                <h3 class="letter-name">{name}</h3>
                <p class="hint">{custom ? t('options.letters.basedOn', { name: baseName }) : t('options.letters.builtIn')}</p>
              </div>
              <div class="letter-head-actions">
                <button type="button" data-tactful="duplicate" onClick={() => guard(() => setDialog({ kind: 'duplicate' }))}>
                  {t('options.letters.duplicate')}
                </button>
                {custom && (
                  <>
                    <button type="button" data-tactful="edit-custom" onClick={() => setDialog({ kind: 'edit' })}>
                      {t('options.letters.editCustom')}
                    </button>
                    <button type="button" class="danger" data-tactful="delete" onClick={() => setDialog({ kind: 'delete' })}>
                      {t('options.letters.delete')}
                    </button>
                  </>
                )}
              </div>
            </div>
            {custom && <p class="hint">{t('options.letters.followsBase', { name: baseName })}</p>}
            {!custom && (
              <p class="hint" data-tactful="letter-voice" data-voice={voice}>
                {t('options.letters.editingVoice', { voice: t(`options.profile.voiceOptions.${voice}`) })}
              </p>
            )}
            <LanguageTabs i18n={i18n} lang={lang} unsaved={unsaved} own={LETTER_LANGUAGES.filter((lng) => hasOwnText(data, scenario.id, [lng], voice))} panelId={EDITOR_ID} onSelect={setLang} />
            <LetterEditor
              i18n={i18n}
              scenario={scenario}
              lang={lang}
              template={template}
              profile={data.profile}
              greetings={library.greetings(lang)}
              today={today}
              finalStage={(custom?.baseId ?? scenario.id) === 'pay-final-notice'}
              hasUnsaved={unsaved.includes(lang)}
              canReset={{
                thisLanguage: unsaved.includes(lang) || hasOwnText(data, scenario.id, [lang], voice),
                allLanguages: unsaved.length > 0 || hasOwnText(data, scenario.id, LETTER_LANGUAGES, voice),
              }}
              onEdit={(edited) => setDrafts((current) => withDraft(current, scenario.id, lang, edited, saved(scenario.id, lang)))}
              onSave={() => void save()}
              onRevert={() => {
                setDrafts((current) => withoutDrafts(current, scenario.id, [lang]));
                notify({ kind: 'status', text: t('options.letters.reverted') });
              }}
              onReset={(scope) => void reset(scope === 'thisLanguage' ? [lang] : LETTER_LANGUAGES)}
            />
          </div>
        ) : (
          <p class="letter-area start">{scenario ? t('errors.letterMissing') : t('options.letters.chooseFirst')}</p>
        )}
      </div>
      {dialog?.kind === 'unsaved' && (
        <ChoiceDialog
          title={t('options.unsaved.title')}
          text={t('options.unsaved.text', { name, languages: languageList(unsaved) })}
          onCancel={() => setDialog(null)}
          actions={[
            {
              label: t('options.unsaved.save'),
              tactful: 'save-and-continue',
              primary: true,
              onClick: () => {
                setDialog(null);
                void save().then((ok) => ok && dialog.then());
              },
            },
            {
              label: t('options.unsaved.discard'),
              tactful: 'discard',
              onClick: () => {
                setDialog(null);
                if (scenario) setDrafts((current) => withoutDrafts(current, scenario.id));
                dialog.then();
              },
            },
            { label: t('options.unsaved.stay'), tactful: 'cancel', onClick: () => setDialog(null) },
          ]}
        />
      )}
      {(dialog?.kind === 'duplicate' || dialog?.kind === 'edit') && scenario && (
        <ScenarioDialog
          i18n={i18n}
          mode={dialog.kind}
          baseName={name}
          initialName={dialog.kind === 'edit' ? name : t('options.custom.defaultName', { name })}
          initialFields={scenario.fields.map((field) => field.id)}
          onConfirm={(newName, fieldIds) => void (dialog.kind === 'edit' ? editCustom(newName, fieldIds) : duplicate(newName, fieldIds))}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && custom && (
        <ChoiceDialog
          title={t('options.custom.deleteTitle', { name: custom.name })}
          text={t('options.custom.deleteText')}
          onCancel={() => setDialog(null)}
          actions={[
            { label: t('options.custom.deleteConfirm'), tactful: 'confirm', primary: true, onClick: () => void remove() },
            { label: t('options.custom.cancel'), tactful: 'cancel', onClick: () => setDialog(null) },
          ]}
        />
      )}
    </section>
  );
}
