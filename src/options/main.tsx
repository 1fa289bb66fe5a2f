import { render } from 'preact';
import { browserLanguage } from '../i18n/browser-language';
import { loadLetters } from '../i18n/letter-texts';
import { createI18n } from '../i18n/setup';
import { LETTER_LANGUAGES } from '../letters/types';
import { readUserDataSafely } from '../storage/user-data';
import { browserEnvironment } from './browser-environment';
import { OptionsPage } from './OptionsPage';
import '../ui/palette.css';
import '../ui/letter-views.css';
import './options.css';

async function start(): Promise<void> {
  const env = browserEnvironment();
  const data = await readUserDataSafely(env.areas);
  const browserUiLanguage = browserLanguage();
  const i18n = await createI18n(data.profile.uiLanguage ?? browserUiLanguage);
  // The editor has a tab for every letter language.
  await Promise.all(LETTER_LANGUAGES.map((lang) => loadLetters(i18n, lang)));
  render(<OptionsPage i18n={i18n} env={env} initialData={data} browserLanguage={browserUiLanguage} />, document.getElementById('app')!);
}

void start();
