import type { i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, uiLocale } from '../i18n/languages';
import { defaultLateInterestLaw, type LateInterestLaw } from '../letters/late-interest';
import { SHIPPED_REFERENCE_RATES } from '../letters/reference-rates';
import { REMINDER_STAGES } from '../letters/reminder-stage';
import { GRAMMATICAL_FORMS, VOICES, type LetterLanguage } from '../letters/types';
import { localeRegion } from '../storage/letter-profile';
import type { Profile } from '../storage/schema';
import type { Notify } from './notice';
import { formFromProfile, readProfileForm, sameForm, withLateInterestLaw, type ProfileForm, type ProfileProblem, type ProfileProblems } from './profile-form';
import { useUnsavedWarning } from './unsaved-warning';

interface Props {
  i18n: i18n;
  profile: Profile;
  /** Write the profile; false when the write failed (the page has already said why). */
  saveProfile(profile: Profile): Promise<boolean>;
  notify: Notify;
}

const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'NPR', 'PKR', 'MYR', 'INR', 'AUD', 'CAD', 'SGD'];
const LAWS: readonly LateInterestLaw[] = ['none', 'eu', 'uk'];

/** The sender's details, default languages and reminder timing. */
export function ProfileSection({ i18n, profile, saveProfile, notify }: Props) {
  const t = i18n.t;
  // Where the sender probably works: what "automatic" means for late-payment interest.
  const region = localeRegion(navigator.language);
  const [form, setForm] = useState<ProfileForm>(() => formFromProfile(profile, region));
  const [base, setBase] = useState<ProfileForm>(() => formFromProfile(profile, region));
  const [problems, setProblems] = useState<ProfileProblems>(new Map());
  const dirty = !sameForm(form, base);
  useUnsavedWarning(dirty);

  // A profile saved elsewhere (another tab, an import) shows here unless the user is editing.
  useEffect(() => {
    const stored = formFromProfile(profile, region);
    setBase(stored);
    if (!dirty) setForm(stored);
    // Only a new stored profile refreshes the form; the user's own edits (dirty) never do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [profile]);

  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  const setOffset = (index: number, value: string) =>
    setForm((current) => ({ ...current, reminderOffsets: current.reminderOffsets.map((old, i) => (i === index ? value : old)) }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = readProfileForm(form, region);
    if (!result.ok) {
      setProblems(result.problems);
      notify({ kind: 'alert', text: t('options.profile.fixFirst') });
      requestAnimationFrame(() => document.querySelector<HTMLElement>('#profile [aria-invalid=true]')?.focus());
      return;
    }
    setProblems(new Map());
    if (!(await saveProfile(result.profile))) return;
    const stored = formFromProfile(result.profile, region);
    setBase(stored);
    setForm(stored);
    notify({ kind: 'status', text: t('options.profile.saved') });
  };

  /** A select of fixed choices, labelled `options.profile.<key>Options.<value>`, with a hint. */
  const choice = <K extends 'voice' | 'senderForm' | 'nepaliCalendar'>(key: K, values: readonly ProfileForm[K][]) => (
    <div class="field">
      <label for={`profile-${key}`}>{t(`options.profile.${key}`)}</label>
      <select {...control(key)} name={key} value={form[key]} aria-describedby={`profile-${key}-hint`} onChange={(event) => set(key, event.currentTarget.value as ProfileForm[K])}>
        {values.map((value) => (
          <option key={value} value={value}>
            {t(`options.profile.${key}Options.${value}`)}
          </option>
        ))}
      </select>
      <span class="hint" id={`profile-${key}-hint`}>
        {t(`options.profile.${key}Hint`)}
      </span>
    </div>
  );
  const regionLaw = defaultLateInterestLaw(region);
  const rateLaw = form.lateInterestLaw || regionLaw;
  const shipped = rateLaw === 'none' ? undefined : SHIPPED_REFERENCE_RATES[rateLaw];

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
        <fieldset class="letter-settings">
          <legend>{t('options.profile.letterSettings')}</legend>
          <div class="profile-grid">
            {choice('voice', VOICES)}
            {choice('senderForm', GRAMMATICAL_FORMS)}
            {choice('nepaliCalendar', ['bs', 'ad'])}
          </div>
        </fieldset>
        <fieldset class="late-interest">
          <legend>{t('options.profile.lateInterest')}</legend>
          <div class="profile-grid">
            <div class="field">
              <label for="profile-lateInterestLaw">{t('options.profile.lateInterestLaw')}</label>
              <select
                {...control('lateInterestLaw')}
                name="lateInterestLaw"
                value={form.lateInterestLaw}
                aria-describedby="profile-lateInterestLaw-hint"
                onChange={(event) => setForm((current) => withLateInterestLaw(current, event.currentTarget.value as LateInterestLaw | '', region))}
              >
                <option value="">{t('options.profile.lateInterestLawOptions.auto', { law: t(`options.profile.lateInterestLawOptions.${regionLaw}`) })}</option>
                {LAWS.map((law) => (
                  <option key={law} value={law}>
                    {t(`options.profile.lateInterestLawOptions.${law}`)}
                  </option>
                ))}
              </select>
              <span class="hint" id="profile-lateInterestLaw-hint">
                {t('options.profile.lateInterestLawHint')}
              </span>
            </div>
            <div class="field">
              <label for="profile-referenceRate">{t('options.profile.referenceRate')}</label>
              <span class="with-unit">
                <input {...control('referenceRate')} name="referenceRate" inputMode="decimal" autocomplete="off" class="short" value={form.referenceRate} onInput={(event) => set('referenceRate', event.currentTarget.value)} />
                <span class="unit">%</span>
              </span>
              {problemText('referenceRate')}
              <label for="profile-referenceRate-from">{t('options.profile.referenceRateFrom')}</label>
              <input {...control('referenceRate.from')} name="referenceRate.from" type="date" value={form.referenceRateFrom} onInput={(event) => set('referenceRateFrom', event.currentTarget.value)} />
              {problemText('referenceRate.from')}
              <span class="hint">
                {shipped
                  ? t('options.profile.referenceRateHint', { rate: new Intl.NumberFormat(uiLocale(i18n.language), { style: 'percent', maximumFractionDigits: 2 }).format(shipped.percent / 100), date: new Intl.DateTimeFormat(uiLocale(i18n.language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${shipped.from}T00:00:00Z`)) })
                  : t('options.profile.referenceRateUnused')}
              </span>
            </div>
          </div>
        </fieldset>
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
