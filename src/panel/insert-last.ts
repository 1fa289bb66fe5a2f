import type { ComposeTarget } from '../editor/compose-target';
import { insertLetter } from '../editor/insert-letter';
import { builtInLetter, loadLetters } from '../i18n/letter-texts';
import { matchLanguage } from '../i18n/languages';
import { createI18n } from '../i18n/setup';
import { findScenario } from '../letters/catalogue';
import { todayIso } from '../letters/dates';
import { renderLetter } from '../letters/render';
import { browser } from '../platform/browser-api';
import { readLastLetter } from '../storage/last-letter';
import { readProfile } from '../storage/profile';
import { openPanel } from './open-panel';
import { showToast } from './toast';

/** The insert-last command: the last letter, with its last values, without the panel. */
export async function insertLast(target: ComposeTarget): Promise<void> {
  const [last, profile] = await Promise.all([readLastLetter(), readProfile()]);
  const scenario = last && findScenario(last.scenarioId);
  if (!last || !scenario) return openPanel(target);
  const i18n = await createI18n(profile.uiLanguage ?? matchLanguage(browser.i18n.getUILanguage()));
  await loadLetters(i18n, last.lang);
  const template = builtInLetter(i18n, last.lang, scenario.id);
  if (!template) return openPanel(target);
  const letter = renderLetter({ scenario, lang: last.lang, template, values: last.values, profile, today: todayIso() });
  if (letter.missing.length > 0 || letter.invalid.length > 0) return openPanel(target);
  const outcome = await insertLetter(target, letter);
  if (!outcome.ok) return showToast(i18n.t(outcome.reason === 'no-body' ? 'errors.noBody' : 'errors.insertFailed'), 'alert');
  showToast(i18n.t('insertLast.inserted', { scenario: i18n.t(`scenarios.${scenario.id}.name`) }), 'status');
}
