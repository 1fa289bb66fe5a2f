import type { ComposeTarget } from '../editor/compose-target';
import { insertLetter } from '../editor/insert-letter';
import { loadLetters } from '../i18n/letter-texts';
import { browserLanguage } from '../i18n/browser-language';
import { createI18n } from '../i18n/setup';
import { todayIso } from '../letters/dates';
import { renderLetter } from '../letters/render';
import { validateFields } from '../letters/validate-fields';
import { browserAreas } from '../storage/browser-areas';
import { readLastLetter } from '../storage/last-letter';
import { letterProfile, localeRegion } from '../storage/letter-profile';
import { readUserDataSafely } from '../storage/user-data';
import { makeLibrary } from '../ui/letter-library';
import { recordInsert } from './CaseHistory';
import { openPanel } from './open-panel';
import { showToast } from './toast';

/** The insert-last command: the last letter, with its last values, without the panel. */
export async function insertLast(target: ComposeTarget): Promise<void> {
  const [last, data] = await Promise.all([readLastLetter(), readUserDataSafely(browserAreas())]);
  if (!last) return openPanel(target, 'no-last-letter');
  const i18n = await createI18n(data.profile.uiLanguage ?? browserLanguage());
  await loadLetters(i18n, last.lang);
  const library = makeLibrary(i18n, data);
  const scenario = library.scenarios.find((s) => s.id === last.scenarioId);
  const template = scenario && library.template(scenario.id, last.lang);
  if (!scenario || !template) return openPanel(target);
  const profile = letterProfile(data.profile, localeRegion(navigator.language));
  const letter = renderLetter({ scenario, lang: last.lang, template, values: last.values, profile, greetings: library.greetings(last.lang), today: todayIso() });
  // Values saved before a check was added may not pass it now: the panel shows what to fix.
  if (letter.missing.length > 0 || letter.invalid.length > 0 || validateFields(scenario, last.values).size > 0) return openPanel(target);
  const outcome = await insertLetter(target, letter);
  if (!outcome.ok) return showToast(i18n.t(outcome.reason === 'no-body' ? 'errors.noBody' : 'errors.insertFailed'), 'alert');
  // Sent like any other letter: it joins the recipient's case.
  const recipient = { address: target.adapter.recipientAddress(target.root) ?? undefined, name: target.adapter.recipientNames(target.root)[0] };
  await recordInsert(i18n, { recipient }, scenario, last.values);
  showToast(i18n.t('insertLast.inserted', { scenario: library.name(scenario.id) }), 'status');
}
