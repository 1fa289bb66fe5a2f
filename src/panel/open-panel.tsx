import { render } from 'preact';
import type { ComposeTarget } from '../editor/compose-target';
import { selectRange } from '../editor/exec-command-insert';
import { matchLanguage } from '../i18n/languages';
import { createI18n } from '../i18n/setup';
import { browser } from '../platform/browser-api';
import { readProfile } from '../storage/profile';
import { Panel } from './Panel';
import css from './panel.css?inline';
import { createPanelHost, placePanel } from './panel-host';

let current: { host: HTMLElement; close(): void } | null = null;

/** Give focus back to the compose body, at the caret the user left. */
function returnToBody(target: ComposeTarget): void {
  const body = target.body();
  if (!body) return;
  const caret = target.caret.get();
  if (caret) selectRange(body, caret);
  else body.focus({ preventScroll: true });
}

/** Open the panel for a compose window (one panel at a time), with the search focused. */
export async function openPanel(target: ComposeTarget): Promise<void> {
  current?.close();
  const profile = await readProfile();
  const uiLanguage = profile.uiLanguage ?? matchLanguage(browser.i18n.getUILanguage());
  const i18n = await createI18n(uiLanguage);
  const { host, mount } = createPanelHost(css);
  placePanel(host, target.root);

  const close = (reason: 'inserted' | 'dismissed' = 'dismissed') => {
    render(null, mount);
    host.remove();
    if (current?.host === host) current = null;
    if (reason === 'dismissed') returnToBody(target);
  };
  current = { host, close: () => close('dismissed') };
  render(<Panel i18n={i18n} target={target} profile={profile} letterLanguage={profile.letterLanguage ?? uiLanguage} onClose={close} />, mount);
  document.body.append(host);
  host.shadowRoot?.querySelector<HTMLInputElement>('[data-tactful=search]')?.focus();
}
