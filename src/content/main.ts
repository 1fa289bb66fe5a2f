import { eagerRuntime } from '../platform/eager-runtime';
import { isCommandMessage } from '../platform/messages';
import { addButtonStyle } from './button-style';
import { ComposeRegistry } from './compose-registry';
import type { ComposeSession } from './compose-session';
import { pageHost, siteForHost } from './site-for-host';
import { watchAppearances } from './appearance-watcher';

// The eager part: find compose windows and add the button. Everything else (panel, letters,
// i18next, Preact) loads on first use.
const adapter = siteForHost(pageHost());

if (adapter) {
  const lifetime = new AbortController();
  const openPanel = async (session: ComposeSession) => {
    const { openPanel } = await import('../panel/open-panel');
    openPanel(session);
  };
  const registry = new ComposeRegistry(adapter, (session) => void openPanel(session));
  addButtonStyle(lifetime.signal);
  watchAppearances(adapter.watchSelector, (element) => registry.seen(element), lifetime.signal);

  eagerRuntime.runtime.onMessage.addListener((message: unknown) => {
    if (!isCommandMessage(message)) return;
    const session = registry.current();
    if (!session) return;
    session.caret.capture();
    if (message.command === 'open-panel') void openPanel(session);
    else void import('../panel/insert-last').then(({ insertLast }) => insertLast(session));
  });
}
