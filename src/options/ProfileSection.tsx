import type { i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES } from '../i18n/languages';
import { REMINDER_STAGES } from '../letters/reminder-stage';
import type { LetterLanguage } from '../letters/types';
import type { Profile } from '../storage/schema';
import type { Notify } from './notice';
import { formFromProfile, readProfileForm, sameForm, type ProfileForm, type ProfileProblem, type ProfileProblems } from './profile-form';
import { useUnsavedWarning } from './unsaved-warning';

interface Props {
  i18n: i18n;
  profile: Profile;
  /** Write the profile; false when the write failed (the page has already said why). */
  saveProfile(profile: Profile): Promise<boolean>;
  notify: Notify;
}

const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'NPR', 'PKR', 'MYR', 'INR', 'AUD', 'CAD', 'SGD'];

/** The sender's details, default languages and reminder timing. */
export function ProfileSection({ i18n, profile, saveProfile, notify }: Props) {
  const t = i18n.t;
  const [form, setForm] = useState<ProfileForm>(() => formFromProfile(profile));
  const [base, setBase] = useState<ProfileForm>(() => formFromProfile(profile));
  const [problems, setProblems] = useState<ProfileProblems>(new Map());
  const dirty = !sameForm(form, base);
  useUnsavedWarning(dirty);

  // A profile saved elsewhere (another tab, an import) shows here unless the user is editing.
  useEffect(() => {
    const stored = formFromProfile(profile);
    setBase(stored);
    if (!dirty) setForm(stored);
  }, [profile]);

  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  const setOffset = (index: number, value: string) =>
    setForm((current) => ({ ...current, reminderOffsets: current.reminderOffsets.map((old, i) => (i === index ? value : old)) }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = readProfileForm(form);
    if (!result.ok) {
      setProblems(result.problems);
      notify({ kind: 'alert', text: t('options.profile.fixFirst') });
      requestAnimationFrame(() => document.querySelector<HTMLElement>('#profile [aria-invalid=true]')?.focus());
      return;
    }
    setProblems(new Map());
    if (!(await saveProfile(result.profile))) return;
    const stored = formFromProfile(result.profile);
    setBase(stored);
    setForm(stored);
    notify({ kind: 'status', text: t('options.profile.saved') });
  };

  const message = (problem: ProfileProblem) => t(`options.profile.problems.${problem.kind}`, problem);
  const control = (name: string) => {
    const problem = problems.get(name);
    return {
      id: `profile-${name.replace('.', '-')}`,
      'aria-invalid': problem ? ('true' as const) : undefined,
      'aria-describedby': problem ? `profile-${name.replace('.', '-')}-error` : undefined,
    };
  };
  const problemText = (name: string) => {
    const problem = problems.get(name);
    return problem && (
      <span id={`profile-${name.replace('.', '-')}-error`} class="error">
        {message(problem)}
      </span>
    );
  };
  const textField = (key: 'senderName' | 'businessName' | 'signatureLine', hint?: string) => (
    <div class="field">
      <label for={`profile-${key}`}>{t(`options.profile.${key}`)}</label>
      <input {...control(key)} name={key} value={form[key]} autocomplete="off" onInput={(event) => set(key, event.currentTarget.value)} />
      {hint && <span class="hint">{hint}</span>}
      {problemText(key)}
    </div>
  );
  const languageChoice = (key: 'letterLanguage' | 'uiLanguage', empty: string) => (
    <div class="field">
      <label for={`profile-${key}`}>{t(`options.profile.${key}`)}</label>
      <select {...control(key)} name={key} value={form[key]} onChange={(event) => set(key, event.currentTarget.value as LetterLanguage | '')}>
        <option value="">{empty}</option>
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.nativeName}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section id="profile" class="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('options.profile.title')}</h2>
      <p class="intro">{t('options.profile.intro')}</p>
      <form class="profile-form" onSubmit={(event) => void submit(event)} noValidate>
        <div class="profile-grid">
          {textField('senderName')}
          {textField('businessName')}
          {textField('signatureLine', t('options.profile.signatureHint'))}
          <div class="field">
            <label for="profile-currency">{t('options.profile.currency')}</label>
            <input
              {...control('currency')}
              name="currency"
              list="profile-currencies"
              value={form.currency}
              maxLength={3}
              autocomplete="off"
              spellcheck={false}
              class="short"
              onInput={(event) => set('currency', event.currentTarget.value.toUpperCase())}
            />
            <datalist id="profile-currencies">
              {COMMON_CURRENCIES.map((code) => (
                <option key={code} value={code} />
              ))}
            </datalist>
            <span class="hint">{t('options.profile.currencyHint')}</span>
            {problemText('currency')}
          </div>
          {languageChoice('letterLanguage', t('options.profile.sameAsTactful'))}
          {languageChoice('uiLanguage', t('options.profile.browserLanguage'))}
        </div>
        <fieldset class="offsets" aria-describedby="profile-offsets-hint">
          <legend>{t('options.profile.offsets')}</legend>
          <p id="profile-offsets-hint" class="hint">
            {t('options.profile.offsetsHint')}
          </p>
          <div class="offsets-grid">
            {REMINDER_STAGES.map((stage, index) => {
              const name = `reminderOffsets.${index}`;
              return (
                <div class="field" key={stage}>
                  <label for={control(name).id}>{t(`scenarios.${stage}.name`)}</label>
                  <span class="with-unit">
                    <input {...control(name)} name={name} type="number" step={1} inputMode="numeric" class="short" value={form.reminderOffsets[index] ?? ''} onInput={(event) => setOffset(index, event.currentTarget.value)} />
                    <span class="unit">{t('options.profile.days')}</span>
                  </span>
                  {problemText(name)}
                </div>
              );
            })}
          </div>
        </fieldset>
        <div class="form-actions">
          <button type="submit" class="primary" data-tactful="save-profile">
            {t('options.profile.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
