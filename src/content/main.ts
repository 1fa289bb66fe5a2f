import { prefetchUiStrings } from '../i18n/ui-strings';
import { eagerRuntime } from '../platform/eager-runtime';
import { isCommandMessage } from '../platform/messages';
import { reportError } from '../platform/report-error';
import { watchAppearances } from './appearance-watcher';
import { addButtonStyle } from './button-style';
import { ComposeRegistry } from './compose-registry';
import { watchContainers } from './container-watcher';
import type { ComposeSession } from './compose-session';
import { extensionAlive, whenExtensionGone } from './extension-alive';
import { pageHost, siteForHost } from './site-for-host';

// The eager part: find compose windows and add the button. Everything else (panel, letters,
// i18next, Preact) loads on first use.
const adapter = siteForHost(pageHost());

if (adapter) {
  const lifetime = new AbortController();
  let closePanel: (() => void) | null = null;

  // After an update or reload of the extension this copy is orphaned: leave the page as it was.
  const retire = () => {
    lifetime.abort();
    registry.dispose();
    closePanel?.();
  };
  const whileAlive = (what: string, action: () => Promise<void>) => {
    if (!extensionAlive()) return retire();
    action().catch((error: unknown) => {
      if (!extensionAlive()) retire();
      else reportError(what, error);
    });
  };
  const openPanel = (session: ComposeSession) =>
    whileAlive('opening the panel', async () => {
      // The panel's chunk imports the platform chunk (browser API, storage): ask for both at once,
      // so the first open waits for one round of fetches, not two (scripts/first-open-chunk.ts).
      import('../platform/browser-api').catch(() => undefined);
      // Likewise the UI strings of the browser's language, which the user's settings seldom
      // override. (A failed fetch here shows as the panel's own failure just below.)
      prefetchUiStrings(eagerRuntime.i18n.getMessage('uiLanguage'));
      const panel = await import('../panel/open-panel');
      closePanel = panel.closePanel;
      await panel.openPanel(session);
    });

  const registry = new ComposeRegistry(adapter, openPanel);
  addButtonStyle(lifetime.signal);
  const adoptContainer = watchContainers(adapter.composeContainers, adapter.watchSelector, (element) => registry.seen(element), lifetime.signal);
  watchAppearances(
    adapter.watchSelector,
    (element) => {
      registry.seen(element);
      adoptContainer(element);
    },
    lifetime.signal,
  );
  whenExtensionGone(retire, lifetime.signal);

  eagerRuntime.runtime.onMessage.addListener((message: unknown) => {
    if (!isCommandMessage(message) || lifetime.signal.aborted) return;
    const session = registry.current();
    if (!session) return;
    session.caret.capture();
    if (message.command === 'open-panel') openPanel(session);
    else whileAlive('inserting the last letter', async () => (await import('../panel/insert-last')).insertLast(session));
  });
}
