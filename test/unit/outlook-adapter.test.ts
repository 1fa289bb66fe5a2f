// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Every hook of src/sites/outlook/selectors.ts against the Outlook fixture's own DOM
 * (test/fixtures/outlook: mail.html / deeplink.html with outlook-markup.js and
 * outlook-fixture.js running, and the real roosterjs rendering the body), in the variants the
 * fixture has. A fallback hook is checked on its own, under the condition its note names.
 * Iframe loading is on for the popped-out compose (an about:blank iframe the page fills).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Hook } from '../../src/sites/query';
import { outlookAdapter as adapter } from '../../src/sites/outlook/adapter';
import { OUTLOOK } from '../../src/sites/outlook/selectors';
import { emulateDisplayNone, openOutlookPage, type OutlookFixtureApi } from './support/fixture-page';

const only = <T extends HTMLElement = HTMLElement>(scope: ParentNode, hook: Hook | undefined) => scope.querySelector<T>(hook!.css);
const JORDAN = { name: 'Jordan Lee', email: 'jordan.lee@example.com' };
const PRIYA = { name: 'Priya Raman', email: 'priya@example.com' };

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = emulateDisplayNone();
});
afterAll(() => restoreLayout());

/** The checks every compose passes, whatever the variant. */
function expectComposeBasics(root: HTMLElement, body: HTMLElement): void {
  expect(adapter.body(root)).toBe(body);
  expect(body.matches('div[role=textbox][aria-multiline=true][contenteditable=true]')).toBe(true);
  // The watched elements are the body and Send; both lead to the root.
  const watched = [...root.querySelectorAll(adapter.watchSelector)];
  expect(watched).toContain(body);
  const send = root.querySelector('button:has(> span > i[data-icon-name=SendRegular])')!;
  expect(watched).toContain(send);
  for (const element of watched) expect(adapter.composeRootOf(element)).toBe(root);
  expect(only(root, OUTLOOK.send[0])).toBe(send);
  // The button goes after the whole split-button group.
  const button = root.ownerDocument.createElement('button');
  expect(adapter.placeButton(root, button)).toBe(true);
  expect(button.previousElementSibling).toBe(send.parentElement);
  expect(send.parentElement!.matches('[role=group]')).toBe(true);
  button.remove();
  expect(adapter.isPlainText(root)).toBe(false);
}

describe('Outlook mail page, first compose', () => {
  it('body fallback (body[1]): role dropped, #editorParent_1 kept', async () => {
    const fx = await openOutlookPage('mail');
    const id = fx.openCompose({ kind: 'new' });
    const root = fx.getRoot(id);
    const body = fx.getBody(id);
    expect(body.parentElement!.id).toBe('editorParent_1');
    expect(only(root, OUTLOOK.body[1])).toBe(body);
    body.removeAttribute('role');
    expect(only(root, OUTLOOK.body[0])).toBeNull();
    expect(adapter.body(root)).toBe(body);
  });
});

describe('Outlook mail page (reading pane)', () => {
  let fx: OutlookFixtureApi;
  beforeAll(async () => {
    fx = await openOutlookPage('mail');
  });
  afterEach(() => {
    for (const { id } of fx.list()) fx.close(id);
  });

  it('new mail: root #docking_InitVisiblePart_<n>, body, Send, subject, recipients, signature', () => {
    const id = fx.openCompose({ kind: 'new', signature: true, to: [JORDAN], cc: [PRIYA], subject: 'Next steps' });
    const root = fx.getRoot(id);
    const body = fx.getBody(id);
    expect(root.matches(OUTLOOK.composeRoot[0]!.css)).toBe(true);
    expect(root.closest('[role=main]')).not.toBeNull();
    expectComposeBasics(root, body);
    expect(only(root, OUTLOOK.body[0])).toBe(body);
    // Subject: the English label first, the length cap as well.
    const subject = adapter.visibleSubject(root)!;
    expect(subject.value).toBe('Next steps');
    expect(only(root, OUTLOOK.subject[0])).toBe(subject);
    expect(only(root, OUTLOOK.subject[1])).toBe(subject);
    // To before Cc; the chip's title is the address.
    expect(adapter.recipientNames(root)).toEqual(['Jordan Lee', 'Priya Raman']);
    expect(adapter.recipientAddress(root)).toBe('jordan.lee@example.com');
    // roosterjs rendered the body and kept #Signature (the fixture's configuration).
    const signature = only(body, OUTLOOK.signature[0])!;
    expect(signature.textContent).toContain('Ana Novak');
    expect(adapter.protectedNodes(body)).toEqual([signature]);
    expect(body.querySelector('div.elementToProof')).not.toBeNull();
  });

  it('Send fallback (send[1]): the English label finds Send when the icon is missing', () => {
    const id = fx.openCompose({ kind: 'new' });
    const root = fx.getRoot(id);
    const send = only(root, OUTLOOK.send[0])!;
    expect(only(root, OUTLOOK.send[1])).toBe(send);
    // A fresh button without the icon (happy-dom keeps a stale :has() answer for a mutated one).
    const bare = send.cloneNode(true) as HTMLElement;
    bare.querySelector('[data-icon-name]')!.remove();
    send.replaceWith(bare);
    expect(only(root, OUTLOOK.send[0])).toBeNull();
    const button = document.createElement('button');
    expect(adapter.placeButton(root, button)).toBe(true);
    expect(button.previousElementSibling).toBe(bare.parentElement);
  });

  it('no recipients: no names, no address', () => {
    const root = fx.getRoot(fx.openCompose({ kind: 'new' }));
    expect(adapter.recipientNames(root)).toEqual([]);
    expect(adapter.recipientAddress(root)).toBeNull();
  });

  it('inline reply with quote: no subject; #appendonsend and #divRplyFwdMsg; signature first', () => {
    const id = fx.openCompose({ kind: 'reply', signature: true });
    const root = fx.getRoot(id);
    const body = fx.getBody(id);
    expect(root.matches(OUTLOOK.composeRoot[0]!.css)).toBe(true);
    expect(root.closest('#ConversationReadingPaneContainer')).not.toBeNull();
    expectComposeBasics(root, body);
    expect(root.querySelector('input')).toBeNull();
    expect(adapter.visibleSubject(root)).toBeNull();
    const signature = only(body, OUTLOOK.signature[0])!;
    const start = only(body, OUTLOOK.quote[0])!;
    const header = only(body, OUTLOOK.quote[1])!;
    expect(start.id).toBe('appendonsend');
    expect(header.textContent).toContain('From:');
    expect(adapter.protectedNodes(body)).toEqual([signature, start]);
    expect(signature.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(start.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('inline reply: collapsed recipients still give the name and (from the chip title) the address', () => {
    const id = fx.openCompose({ kind: 'reply' });
    const root = fx.getRoot(id);
    expect(root.querySelector('[role=button][aria-label^="To:"]')).not.toBeNull();
    expect(root.querySelector('[contenteditable=true]:not([aria-multiline=true])')).toBeNull();
    expect(adapter.recipientNames(root)).toEqual(['Jordan Lee']);
    expect(adapter.recipientAddress(root)).toBe('jordan.lee@example.com');
    // Expanded: the To and Cc wells, the same answer.
    root.querySelector<HTMLElement>('[role=button][aria-label^="To:"]')!.click();
    expect(root.querySelector('[contenteditable=true][aria-label=To]')).not.toBeNull();
    expect(adapter.recipientNames(root)).toEqual(['Jordan Lee']);
    expect(adapter.recipientAddress(root)).toBe('jordan.lee@example.com');
  });

  it('quote[1]: #divRplyFwdMsg marks the quote when #appendonsend is missing', () => {
    const body = fx.getBody(fx.openCompose({ kind: 'reply' }));
    body.querySelector('#appendonsend')!.remove();
    expect(adapter.protectedNodes(body)).toEqual([body.querySelector('#divRplyFwdMsg')]);
  });

  it('new body label (bodyLabel=new) and build 2 class names: same hooks', () => {
    const id = fx.openCompose({ kind: 'new', bodyLabel: 'new', build: 2, to: [JORDAN], signature: true });
    const root = fx.getRoot(id);
    const body = fx.getBody(id);
    expect(body.getAttribute('aria-label')).toBe('Message body, press Alt+F10 to exit');
    expect(body.className).toContain('Kq3bV');
    expectComposeBasics(root, body);
    expect(root.querySelector('[class*="textContainer-327"]')).not.toBeNull();
    expect(adapter.recipientNames(root)).toEqual(['Jordan Lee']);
    expect(adapter.recipientAddress(root)).toBe('jordan.lee@example.com');
    expect(adapter.protectedNodes(body)).toHaveLength(1);
    expect(adapter.visibleSubject(root)).not.toBeNull();
  });

  it('German UI: Send by its icon only, subject by its length cap (subject[1])', () => {
    for (const bodyLabel of ['old', 'new'] as const) {
      const id = fx.openCompose({ kind: 'new', lang: 'de', bodyLabel, to: [JORDAN], subject: 'Hallo' });
      const root = fx.getRoot(id);
      const body = fx.getBody(id);
      expect(body.getAttribute('aria-label')).toMatch(/^Nachrichtentext/);
      expectComposeBasics(root, body);
      expect(only(root, OUTLOOK.send[1])).toBeNull(); // "Senden": the English label is no help
      expect(only(root, OUTLOOK.subject[0])).toBeNull();
      expect(adapter.visibleSubject(root)).toBe(only(root, OUTLOOK.subject[1]));
      expect(adapter.visibleSubject(root)!.getAttribute('aria-label')).toBe('Betreff hinzufügen');
      expect(adapter.recipientNames(root)).toEqual(['Jordan Lee']);
      fx.close(id);
    }
  });

  it('German inline reply', () => {
    const id = fx.openCompose({ kind: 'reply', lang: 'de', signature: true });
    const root = fx.getRoot(id);
    expectComposeBasics(root, fx.getBody(id));
    expect(adapter.visibleSubject(root)).toBeNull();
    expect(adapter.protectedNodes(fx.getBody(id))).toHaveLength(2);
    expect(adapter.recipientAddress(root)).toBe('jordan.lee@example.com');
  });

  it('popped-out compose: [data-app-section=Form_Content] in an about:blank iframe (composeRoot[1])', async () => {
    const id = fx.openCompose({ kind: 'reply', popout: true, signature: true });
    await fx.whenReady(id);
    const root = fx.getRoot(id);
    const body = fx.getBody(id);
    expect(root.ownerDocument).not.toBe(document);
    expect(root.matches(OUTLOOK.composeRoot[1]!.css)).toBe(true);
    expect(root.closest(OUTLOOK.composeRoot[0]!.css)).toBeNull();
    expectComposeBasics(root, body);
    // A popped-out reply shows its subject, filled. (visibleSubject is not asked here: its
    // instanceof check belongs to the frame's own realm, where the content script runs.)
    expect(only<HTMLInputElement>(root, OUTLOOK.subject[0])!.value).toBe('RE: Project update');
    expect(adapter.recipientNames(root)).toEqual(['Jordan Lee']);
    expect(adapter.protectedNodes(body)).toHaveLength(2);
  });
});

describe('Outlook deeplink compose page', () => {
  it('/mail/deeplink/compose?to=…&subject=…&body=…: one compose in [role=main]', async () => {
    const fx = await openOutlookPage('deeplink', '?to=mira@client.example;lee@example.com&subject=Invoice&body=Hello%0AThanks');
    const [compose] = fx.list();
    const root = fx.getRoot(compose!.id);
    const body = fx.getBody(compose!.id);
    const main = document.querySelector<HTMLElement>('[role=main]')!;
    expectComposeBasics(root, body);
    // The fixture's deeplink compose is a Form_Content inside [role=main]: composeRoot[1] wins,
    // and composeRoot[2] ([role=main]) alone would find the page's main, which holds the compose.
    expect(root.matches(OUTLOOK.composeRoot[1]!.css)).toBe(true);
    expect(root.parentElement).toBe(main);
    expect(body.closest(OUTLOOK.composeRoot[2]!.css)).toBe(main);
    expect(adapter.body(main)).toBe(body);
    expect(adapter.visibleSubject(root)!.value).toBe('Invoice');
    expect(adapter.recipientNames(root)).toEqual(['mira@client.example', 'lee@example.com']);
    expect(adapter.recipientAddress(root)).toBe('mira@client.example');
    expect([...body.children].map((p) => p.textContent)).toEqual(['Hello', 'Thanks']);
    expect(adapter.protectedNodes(body)).toEqual([]);
  });

  it('German deeplink with signature', async () => {
    const fx = await openOutlookPage('deeplink', '?lang=de&signature=1&bodyLabel=new');
    const [compose] = fx.list();
    const root = fx.getRoot(compose!.id);
    const body = fx.getBody(compose!.id);
    expect(document.documentElement.lang).toBe('de');
    expectComposeBasics(root, body);
    expect(adapter.visibleSubject(root)).not.toBeNull();
    expect(adapter.protectedNodes(body)).toEqual([body.querySelector('#Signature')]);
  });
});

describe('every Outlook hook is checked above', () => {
  it('lists the hooks this file covers', () => {
    // A new hook in selectors.ts needs a test here: this count changes with it.
    const counts = Object.fromEntries(Object.entries(OUTLOOK).map(([key, hooks]) => [key, hooks.length]));
    expect(counts).toEqual({ body: 2, composeRoot: 3, send: 2, subject: 2, recipientChips: 1, recipientChip: 1, signature: 1, quote: 2 });
  });
});
