import type { i18n } from 'i18next';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayIso } from '../letters/dates';
import type { LetterLanguage } from '../letters/types';
import { makeLibrary } from '../ui/letter-library';
import type { ExportFile, Profile } from '../storage/schema';
import { importCaseLog, type CaseLog } from '../storage/case-log';
import { importRecipientMemory } from '../storage/recipient-memory';
import { replaceUserData, restoreSnapshot, type Snapshot } from '../storage/snapshots';
import type { UserData } from '../storage/user-data';
import { BackupSection } from './BackupSection';
import { CasesSection } from './CasesSection';
import type { UserLetters } from './letter-changes';
import { LettersSection } from './LettersSection';
import { writeFailureKey, type Notice } from './notice';
import { NoticeBar } from './NoticeBar';
import type { OptionsEnvironment } from './options-environment';
import { problemsText } from './problems-text';
import { ProfileSection } from './ProfileSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SnapshotsSection } from './SnapshotsSection';
import { SiteAccessBanner } from './SiteAccessBanner';
import { uiLocale } from '../i18n/languages';

interface Props {
  i18n: i18n;
  env: OptionsEnvironment;
  initialData: UserData;
  /** The UI language when the profile names none. */
  browserLanguage: LetterLanguage;
}

const SECTIONS = ['letters', 'profile', 'cases', 'backup', 'snapshots', 'shortcuts'] as const;
/** Sections whose names live with their own strings. */
const OWN_TITLES: ReadonlySet<string> = new Set(['cases', 'snapshots']);

/** The options page: letters, sender details, export and import, shortcuts. */
export function OptionsPage({ i18n, env, initialData, browserLanguage }: Props) {
  const [data, setData] = useState(initialData);
  // Writes start from the newest data, even when several run before the page re-renders.
  const latest = useRef(data);
  latest.current = data;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [language, setLanguage] = useState(i18n.language);
  const today = useMemo(() => todayIso(), []);
  // i18n is the same object after a language change; `language` says its texts changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const library = useMemo(() => makeLibrary(i18n, data), [i18n, data, language]);
  const t = i18n.t;
  const wanted = data.profile.uiLanguage ?? browserLanguage;

  useEffect(() => {
    if (wanted !== i18n.language) void i18n.changeLanguage(wanted).then(() => setLanguage(wanted));
  }, [i18n, wanted]);

  // Before the browser paints, so an Urdu page never flashes left-to-right.
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = i18n.dir(language);
    document.title = t('options.title');
  }, [i18n, language, t]);

  useEffect(() => {
    const lifetime = new AbortController();
    env.watch(setData, lifetime.signal);
    return () => lifetime.abort();
  }, [env]);

  // Stored values that could not be read are said, not hidden (the defaults are shown instead).
  const problems = data.problems.join('\n');
  useEffect(() => {
    const text = problemsText(t, data.problems);
    if (text) setNotice({ kind: 'alert', text });
    // Said once per set of problems (their text), not again on every other change of the data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problems]);

  const failed = (error: unknown) => {
    setNotice({ kind: 'alert', text: t(writeFailureKey(error)) });
    return false;
  };

  const changeLetters = async (change: (letters: UserLetters) => UserLetters) => {
    const current = latest.current;
    const letters = change({ overrides: current.overrides, custom: current.custom });
    try {
      // What the change replaces is kept as a snapshot first.
      const letterArea = (await replaceUserData(env.areas, 'letters', { ...letters, profile: current.profile }, { profile: false, letters: true })) ?? current.letterArea;
      latest.current = { ...latest.current, ...letters, letterArea };
      setData((now) => ({ ...now, ...letters, letterArea }));
      return true;
    } catch (error) {
      return failed(error);
    }
  };

  const saveProfile = async (profile: Profile) => {
    try {
      await replaceUserData(env.areas, 'profile', { ...latest.current, profile }, { profile: true, letters: false });
      latest.current = { ...latest.current, profile };
      setData((now) => ({ ...now, profile }));
      return true;
    } catch (error) {
      return failed(error);
    }
  };

  const applyImport = async (file: ExportFile) => {
    const letters = { overrides: file.letters, custom: file.custom };
    try {
      const letterArea = (await replaceUserData(env.areas, 'import', { ...letters, profile: file.profile }, { profile: true, letters: true })) ?? latest.current.letterArea;
      latest.current = { ...latest.current, profile: file.profile, ...letters, letterArea };
      setData((now) => ({ ...now, profile: file.profile, ...letters, letterArea }));
      // Imported letters join the case log; nothing stored there is replaced.
      if (file.caseLog) setCaseLog(await importCaseLog(env.areas.local, file.caseLog));
      if (file.recipientMemory) await importRecipientMemory(env.areas.local, file.recipientMemory);
      return true;
    } catch (error) {
      return failed(error);
    }
  };

  const setCaseLog = (caseLog: CaseLog) => {
    latest.current = { ...latest.current, caseLog };
    setData((now) => ({ ...now, caseLog }));
  };

  const restore = async (snapshot: Snapshot): Promise<boolean> => {
    const saved = { profile: snapshot.profile, overrides: snapshot.overrides, custom: snapshot.custom };
    const when = new Intl.DateTimeFormat(uiLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(snapshot.takenAt));
    try {
      const letterArea = (await restoreSnapshot(env.areas, snapshot)) ?? latest.current.letterArea;
      latest.current = { ...latest.current, ...saved, letterArea };
      setData((now) => ({ ...now, ...saved, letterArea }));
    } catch (error) {
      return failed(error);
    }
    setNotice({ kind: 'status', text: t('snapshots.restored', { date: when }) });
    return true;
  };

  return (
    <div class="page">
      <header class="page-header">
        <div class="brand">
          <img src="/icons/icon-48.png" alt="" width={32} height={32} />
          <div>
            <h1>{t('options.title')}</h1>
            <p class="subtitle">{t('options.subtitle')}</p>
          </div>
        </div>
        <nav aria-label={t('options.nav.label')}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section}>
                <a href={`#${section}`}>{t(OWN_TITLES.has(section) ? `${section}.title` : `options.nav.${section}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <SiteAccessBanner i18n={i18n} access={env.siteAccess} />
        <LettersSection i18n={i18n} data={data} library={library} today={today} changeLetters={changeLetters} notify={setNotice} />
        <ProfileSection i18n={i18n} profile={data.profile} saveProfile={saveProfile} notify={setNotice} />
        <CasesSection i18n={i18n} data={data} library={library} area={env.areas.local} onCaseLog={setCaseLog} notify={setNotice} />
        <BackupSection i18n={i18n} data={data} library={library} applyImport={applyImport} notify={setNotice} />
        <SnapshotsSection i18n={i18n} data={data} library={library} areas={env.areas} restore={restore} />
        <ShortcutsSection i18n={i18n} shortcuts={env.shortcuts} />
      </main>
      <NoticeBar i18n={i18n} notice={notice} onDismiss={() => setNotice(null)} />
    </div>
  );
}
