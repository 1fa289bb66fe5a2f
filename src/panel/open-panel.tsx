import { render } from 'preact';
import type { ComposeTarget } from '../editor/compose-target';
import { selectRange } from '../editor/exec-command-insert';
import { browserLanguage } from '../i18n/browser-language';
import { createI18n } from '../i18n/setup';
import { browserAreas, watchUserData } from '../storage/browser-areas';
import { readUserDataSafely, type UserData } from '../storage/user-data';
import { makeLibrary } from '../ui/letter-library';
import { Panel } from './Panel';
import css from './panel.css?inline';
import letterViews from '../ui/letter-views.css?inline';
import palette from '../ui/palette.css?inline';
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

/** Close the open panel, if any, leaving the compose window as it is. */
export function closePanel(): void {
  current?.close();
}

/** Open the panel for a compose window (one panel at a time), with the search focused. */
export async function openPanel(target: ComposeTarget, openedBecause?: 'no-last-letter'): Promise<void> {
  current?.close();
  // The UI strings are fetched while the settings are read: the browser's language's, which the
  // settings seldom override.
  const likely = browserLanguage();
  const likelyI18n = createI18n(likely);
  const data = await readUserDataSafely(browserAreas());
  const uiLanguage = data.profile.uiLanguage ?? likely;
  const i18n = uiLanguage === likely ? await likelyI18n : await createI18n(uiLanguage);
  const { host, mount } = createPanelHost(palette + css + letterViews);
  placePanel(host, target.root);
  const lifetime = new AbortController();

  // Only a dismissal hands focus back to the body: after Insert the editor has it already, and a
  // panel replaced by another (or by a retired content script) must not steal it.
  const close = (reason: 'inserted' | 'dismissed' | 'replaced') => {
    lifetime.abort();
    render(null, mount);
    host.remove();
    if (current?.host === host) current = null;
    if (reason === 'dismissed') returnToBody(target);
  };
  const show = ({ profile, overrides, custom, problems, caseLog, recipientMemory }: UserData) =>
    render(
      <Panel
        i18n={i18n}
        library={makeLibrary(i18n, { overrides, custom, profile })}
        target={target}
        profile={profile}
        sent={{ caseLog, recipientMemory }}
        letterLanguage={profile.letterLanguage ?? uiLanguage}
        storageProblem={problems.length > 0}
        openedBecause={openedBecause}
        onClose={close}
      />,
      mount,
    );
  current = { host, close: () => close('replaced') };
  show(data);
  // Edits saved in the options page reach the open panel at once.
  watchUserData(show, lifetime.signal);
  document.body.append(host);
  host.shadowRoot?.querySelector<HTMLInputElement>('[data-tactful=search]')?.focus();
}
