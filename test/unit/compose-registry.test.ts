// @vitest-environment happy-dom
/**
 * The compose registry on the fixtures' own pages: a compose window is adopted once (one button,
 * `data-tactful-compose` on its root), a re-render does not add a second button, and a window
 * that leaves the page is swept (its session's AbortSignal aborted). Also the eager script's
 * wiring (container watcher + appearance watcher) finding composes from the watched elements.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/platform/eager-runtime', () => ({
  eagerRuntime: {
    i18n: { getMessage: () => 'Write a tactful letter' },
    runtime: { onMessage: { addListener: () => undefined } },
  },
}));

import { watchAppearances } from '../../src/content/appearance-watcher';
import { ComposeRegistry } from '../../src/content/compose-registry';
import type { ComposeSession } from '../../src/content/compose-session';
import { watchContainers } from '../../src/content/container-watcher';
import { gmailAdapter } from '../../src/sites/gmail/adapter';
import { outlookAdapter } from '../../src/sites/outlook/adapter';
import type { SiteAdapter } from '../../src/sites/types';
import { openGmailPage, openOutlookPage } from './support/fixture-page';

const BUTTON = '[data-tactful=compose-button]';
const buttonsIn = (scope: ParentNode) => scope.querySelectorAll<HTMLButtonElement>(BUTTON);

let registry: ComposeRegistry | null = null;
const opened: ComposeSession[] = [];
function newRegistry(adapter: SiteAdapter): ComposeRegistry {
  registry = new ComposeRegistry(adapter, (session) => opened.push(session));
  return registry;
}
afterEach(() => {
  registry?.dispose();
  registry = null;
  opened.length = 0;
});

/** Tell the registry about every watched element in `scope`, as the watchers would. */
function seeAll(reg: ComposeRegistry, adapter: SiteAdapter, scope: ParentNode = document): (ComposeSession | null)[] {
  return [...scope.querySelectorAll(adapter.watchSelector)].map((element) => reg.seen(element));
}

describe('Gmail', () => {
  it('adopts a compose once, from its body and its toolbar row; the button opens the panel', async () => {
    const fx = await openGmailPage('inbox');
    const reg = newRegistry(gmailAdapter);
    const id = fx.openCompose({ kind: 'new', to: [{ name: 'Jordan Lee', email: 'jordan@example.com' }] });
    const m9 = fx.compose(id);
    const sessions = seeAll(reg, gmailAdapter);
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const session = sessions[0]!;
    expect(sessions.every((s) => s === session)).toBe(true);
    expect(session.root).toBe(m9);
    expect(reg.size).toBe(1);
    expect(m9.getAttribute('data-tactful-compose')).toBe('gmail');
    expect(buttonsIn(document)).toHaveLength(1);
    const button = buttonsIn(m9)[0]!;
    expect(button.closest('td[data-tactful=toolbar-cell]')!.previousElementSibling!.matches('td.gU.Up')).toBe(true);
    expect(button.getAttribute('aria-label')).toBe('Write a tactful letter');
    expect(m9.querySelectorAll('[data-tactful=toolbar-col]')).toHaveLength(1);

    // Seen again (a CSS animation restarts on every show): still one button, one column.
    seeAll(reg, gmailAdapter);
    seeAll(reg, gmailAdapter);
    expect(buttonsIn(document)).toHaveLength(1);
    expect(m9.querySelectorAll('[data-tactful=toolbar-col]')).toHaveLength(1);

    button.click();
    expect(opened).toEqual([session]);
  });

  it('an element outside any compose is not a compose', async () => {
    await openGmailPage('inbox');
    const reg = newRegistry(gmailAdapter);
    expect(reg.seen(document.querySelector('[data-fixture=inbox-list]')!)).toBeNull();
    expect(reg.size).toBe(0);
  });

  it('minimize and restore keep the one button', async () => {
    const fx = await openGmailPage('inbox');
    const reg = newRegistry(gmailAdapter);
    const id = fx.openCompose({ kind: 'new' });
    const session = seeAll(reg, gmailAdapter)[0]!;
    fx.minimize(id);
    fx.restore(id);
    expect(seeAll(reg, gmailAdapter).every((s) => s === session)).toBe(true);
    expect(buttonsIn(fx.compose(id))).toHaveLength(1);
    // Maximize moves the same dialog: same root, same session, same button.
    fx.maximize(id);
    expect(seeAll(reg, gmailAdapter).every((s) => s === session)).toBe(true);
    expect(buttonsIn(document)).toHaveLength(1);
  });

  it('three windows: three sessions, one button each', async () => {
    const fx = await openGmailPage('inbox');
    const reg = newRegistry(gmailAdapter);
    const ids = [fx.openCompose({ kind: 'new' }), fx.openCompose({ kind: 'new', recipients: 'chips' }), fx.openCompose({ kind: 'reply' })];
    seeAll(reg, gmailAdapter);
    expect(reg.size).toBe(3);
    for (const id of ids) {
      expect(buttonsIn(fx.compose(id))).toHaveLength(1);
      expect(fx.compose(id).dataset.tactfulCompose).toBe('gmail');
    }
  });

  it('a closed window is swept: its signal aborts and the session is gone', async () => {
    const fx = await openGmailPage('inbox');
    const reg = newRegistry(gmailAdapter);
    const id = fx.openCompose({ kind: 'reply' });
    const session = seeAll(reg, gmailAdapter)[0]!;
    const aborted = vi.fn();
    session.abort.signal.addEventListener('abort', aborted);
    fx.close(id);
    expect(session.abort.signal.aborted).toBe(false);
    reg.sweep();
    expect(session.abort.signal.aborted).toBe(true);
    expect(aborted).toHaveBeenCalledTimes(1);
    expect(reg.size).toBe(0);
    expect(buttonsIn(document)).toHaveLength(0);
  });

  it('a re-rendered window gets a new session with one button; the old one is swept', async () => {
    const fx = await openGmailPage('inbox');
    const reg = newRegistry(gmailAdapter);
    const id = fx.openCompose({ kind: 'new' });
    const first = seeAll(reg, gmailAdapter)[0]!;
    fx.rerender(id);
    expect(buttonsIn(document)).toHaveLength(0); // the site dropped what we had added
    const second = seeAll(reg, gmailAdapter)[0]!;
    expect(second).not.toBe(first);
    expect(first.abort.signal.aborted).toBe(true);
    expect(second.root).toBe(fx.compose(id));
    expect(reg.size).toBe(1);
    expect(buttonsIn(document)).toHaveLength(1);
    expect(fx.compose(id).querySelectorAll('[data-tactful=toolbar-col]')).toHaveLength(1);
  });

  it('dispose ends every session and leaves the page as it was', async () => {
    const fx = await openGmailPage('inbox');
    const reg = newRegistry(gmailAdapter);
    const id = fx.openCompose({ kind: 'new' });
    const session = seeAll(reg, gmailAdapter)[0]!;
    reg.dispose();
    expect(session.abort.signal.aborted).toBe(true);
    const m9 = fx.compose(id);
    expect(m9.hasAttribute('data-tactful-compose')).toBe(false);
    expect(m9.querySelector('[data-tactful]')).toBeNull();
  });

  it('the eager wiring: composes on the page at start, and new ones added to the dock', async () => {
    const fx = await openGmailPage('inbox');
    const existing = fx.openCompose({ kind: 'reply' });
    const reg = newRegistry(gmailAdapter);
    const lifetime = new AbortController();
    const adopt = watchContainers(gmailAdapter.composeContainers, gmailAdapter.watchSelector, (element) => reg.seen(element), lifetime.signal);
    watchAppearances(gmailAdapter.watchSelector, (element) => {
      reg.seen(element);
      adopt(element);
    }, lifetime.signal);
    expect(buttonsIn(fx.compose(existing))).toHaveLength(1);

    // A new window in the dock is seen by the container watcher (no CSS animation in happy-dom).
    const later = fx.openCompose({ kind: 'new' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(buttonsIn(fx.compose(later))).toHaveLength(1);
    expect(reg.size).toBe(2);
    lifetime.abort();
  });

  it('German pop-out page', async () => {
    const fx = await openGmailPage('popout', '?lang=de');
    const reg = newRegistry(gmailAdapter);
    const [id] = fx.list();
    seeAll(reg, gmailAdapter);
    expect(reg.size).toBe(1);
    expect(buttonsIn(fx.compose(id!))).toHaveLength(1);
    expect(fx.body(id!).getAttribute('aria-label')).toBe('Nachrichtentext');
  });
});

describe('Outlook', () => {
  it('adopts a compose once, from its body and Send; the button sits after the Send group', async () => {
    const fx = await openOutlookPage('mail');
    const reg = newRegistry(outlookAdapter);
    const id = fx.openCompose({ kind: 'new', signature: true });
    const root = fx.getRoot(id);
    const sessions = seeAll(reg, outlookAdapter);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toBe(sessions[1]);
    expect(sessions[0]!.root).toBe(root);
    expect(root.getAttribute('data-tactful-compose')).toBe('outlook');
    expect(buttonsIn(document)).toHaveLength(1);
    expect(buttonsIn(root)[0]!.previousElementSibling!.matches('[role=group]')).toBe(true);
    seeAll(reg, outlookAdapter);
    expect(buttonsIn(document)).toHaveLength(1);
  });

  it('Outlook re-renders the Send row and drops the button: seeing Send again puts one back', async () => {
    const fx = await openOutlookPage('mail');
    const reg = newRegistry(outlookAdapter);
    const id = fx.openCompose({ kind: 'reply' });
    const session = seeAll(reg, outlookAdapter)[0]!;
    fx.rerender(id);
    expect(buttonsIn(document)).toHaveLength(0);
    expect(seeAll(reg, outlookAdapter).every((s) => s === session)).toBe(true);
    expect(session.abort.signal.aborted).toBe(false);
    expect(buttonsIn(document)).toHaveLength(1);
    expect(fx.getRoot(id).getAttribute('data-tactful-compose')).toBe('outlook');
  });

  it('a full remount: new root, new session, the old one swept', async () => {
    const fx = await openOutlookPage('mail');
    const reg = newRegistry(outlookAdapter);
    const id = fx.openCompose({ kind: 'new', lang: 'de' });
    const first = seeAll(reg, outlookAdapter)[0]!;
    fx.rerender(id, { full: true });
    const second = seeAll(reg, outlookAdapter)[0]!;
    expect(second).not.toBe(first);
    expect(first.abort.signal.aborted).toBe(true);
    expect(second.root).toBe(fx.getRoot(id));
    expect(reg.size).toBe(1);
    expect(buttonsIn(document)).toHaveLength(1);
  });

  it('a closed compose is swept', async () => {
    const fx = await openOutlookPage('mail');
    const reg = newRegistry(outlookAdapter);
    const id = fx.openCompose({ kind: 'new' });
    const session = seeAll(reg, outlookAdapter)[0]!;
    fx.close(id);
    reg.sweep();
    expect(session.abort.signal.aborted).toBe(true);
    expect(reg.size).toBe(0);
  });

  it('the reading pane ([role=main], the broad fallback root) is not a compose when it has no body', async () => {
    await openOutlookPage('mail');
    const reg = newRegistry(outlookAdapter);
    const main = document.querySelector('[role=main]')!;
    expect(outlookAdapter.composeRootOf(main)).toBe(main);
    expect(reg.seen(main)).toBeNull();
    expect(reg.size).toBe(0);
  });

  it('the deeplink page: adopted at start by the appearance watcher', async () => {
    const fx = await openOutlookPage('deeplink', '?to=lee@example.com');
    const reg = newRegistry(outlookAdapter);
    const lifetime = new AbortController();
    expect(outlookAdapter.composeContainers).toBe('');
    watchAppearances(outlookAdapter.watchSelector, (element) => reg.seen(element), lifetime.signal);
    const [compose] = fx.list();
    expect(reg.size).toBe(1);
    expect(buttonsIn(fx.getRoot(compose!.id))).toHaveLength(1);
    lifetime.abort();
  });
});
