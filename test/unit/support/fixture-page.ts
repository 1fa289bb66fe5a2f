/**
 * Loads a fixture page (test/fixtures/<site>/<page>.html) into happy-dom's document and runs
 * the fixture's own scripts on it, in the order the page loads them, so the unit tests see the
 * DOM the e2e tests see: same markup builders, same mounting, same behaviour (on Outlook, the
 * same roosterjs editor rendering the body). Scripts are imported for their side effect: they
 * are plain browser scripts that register on `window`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

// A string, not new URL(): in happy-dom, URL is the DOM's and fileURLToPath refuses it.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/');

/** Options of the Gmail fixture's openCompose (test/fixtures/gmail/README.md). */
export interface GmailOpenOptions {
  kind?: 'new' | 'reply' | 'forward';
  lang?: 'en' | 'de';
  signature?: boolean;
  plainText?: boolean;
  recipients?: 'classic' | 'chips';
  to?: ({ name: string; email: string } | string)[];
  body?: string;
  subject?: string;
  maximized?: boolean;
  minimized?: boolean;
  quote?: 'expanded' | 'trimmed';
  sendAndArchive?: boolean;
}

export interface GmailFixtureApi {
  ready: boolean;
  page: 'inbox' | 'popout';
  openCompose(options: GmailOpenOptions): string;
  root(id: string): HTMLElement;
  compose(id: string): HTMLElement;
  body(id: string): HTMLElement;
  minimize(id: string): void;
  restore(id: string): void;
  maximize(id: string): void;
  rerender(id: string): HTMLElement;
  close(id: string): void;
  closeAll(): void;
  list(): string[];
}

/** Options of the Outlook fixture's openCompose (test/fixtures/outlook/README.md). */
export interface OutlookOpenOptions {
  kind?: 'new' | 'reply';
  lang?: 'en' | 'de';
  bodyLabel?: 'old' | 'new';
  signature?: boolean;
  to?: { name: string; email: string }[];
  cc?: { name: string; email: string }[];
  body?: string;
  subject?: string;
  popout?: boolean;
  build?: 1 | 2;
  focus?: 'to' | 'body' | 'none';
  recipientsExpanded?: boolean;
}

export interface OutlookFixtureApi {
  ready: boolean;
  openCompose(options: OutlookOpenOptions): string;
  whenReady(id: string): Promise<string>;
  getRoot(id: string): HTMLElement;
  getBody(id: string): HTMLElement;
  rerender(id: string, options?: { full?: boolean }): string;
  close(id: string): void;
  list(): { id: string; kind: string }[];
}

interface FixtureWindow {
  gmailFixture?: GmailFixtureApi;
  outlookFixture?: OutlookFixtureApi;
  roosterjs?: unknown;
  happyDOM?: { setURL(url: string): void };
}

const fixtureWindow = () => window as unknown as FixtureWindow;

/**
 * Replaces the document with the page's markup, without its scripts (run by the callers) and
 * with its stylesheet inlined, at `url` (the fixtures read location.search).
 */
function loadDocument(page: string, url: string): void {
  fixtureWindow().happyDOM?.setURL(url);
  // Scripts out (the callers run them), the stylesheet inlined (happy-dom fetches nothing).
  const html = readFileSync(FIXTURES + page, 'utf8')
    .replace(/<script\b[^>]*><\/script>/g, '')
    .replace(/<link rel="stylesheet" href="\/_fixture\/([^"]+)">/g, (_, path: string) => `<style>${readFileSync(FIXTURES + path, 'utf8')}</style>`);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.documentElement;
  for (const attribute of [...root.attributes]) root.removeAttribute(attribute.name);
  for (const attribute of parsed.documentElement.attributes) root.setAttribute(attribute.name, attribute.value);
  document.head.replaceChildren(...parsed.head.childNodes);
  document.body.replaceWith(document.importNode(parsed.body, true));
}

/**
 * Runs a fixture script the way a <script src> would, once per page load (vi.resetModules()
 * before a page's scripts makes the next import run them again). The scripts are not modules:
 * they register on `window`, so they are imported by path for their side effect.
 */
async function runScript(path: string): Promise<void> {
  await import(/* @vite-ignore */ FIXTURES + path);
}

/** inbox.html (or popout.html) at mail.google.com with gmail-fixture.js running on it. */
export async function openGmailPage(page: 'inbox' | 'popout' = 'inbox', search = ''): Promise<GmailFixtureApi> {
  loadDocument(`gmail/${page}.html`, `https://mail.google.com/mail/u/0/${page === 'popout' ? 'popout' : ''}${search}`);
  vi.resetModules();
  delete fixtureWindow().gmailFixture;
  await runScript('gmail/gmail-trusted-types.js');
  await runScript('gmail/gmail-strings.js');
  await runScript('gmail/gmail-markup.js');
  await runScript('gmail/gmail-fixture.js');
  const api = fixtureWindow().gmailFixture;
  if (!api?.ready) throw new Error('gmail fixture did not start');
  return api;
}

/** mail.html (or deeplink.html) at outlook.live.com with roosterjs and outlook-fixture.js. */
export async function openOutlookPage(page: 'mail' | 'deeplink' = 'mail', search = ''): Promise<OutlookFixtureApi> {
  loadDocument(`outlook/${page}.html`, `https://outlook.live.com/mail/${page === 'deeplink' ? 'deeplink/compose' : '0/'}${search}`);
  vi.resetModules();
  delete fixtureWindow().outlookFixture;
  // The page loads node_modules/roosterjs/dist/rooster.js (UMD, global `roosterjs`): the same package.
  fixtureWindow().roosterjs = await import('roosterjs');
  await runScript('outlook/outlook-strings.js');
  await runScript('outlook/outlook-markup.js');
  await runScript('outlook/outlook-fixture.js');
  const api = fixtureWindow().outlookFixture;
  if (!api?.ready) throw new Error('outlook fixture did not start');
  return api;
}

/**
 * happy-dom lays nothing out, so getClientRects() always has one box and every element looks
 * shown. The adapters' isShown() relies on the browser's rule that an element inside a
 * display:none part of the page has no boxes; this puts that rule back (computed style and the
 * `hidden` attribute of the element and its ancestors). Returns a function that undoes it.
 */
export function emulateDisplayNone(): () => void {
  const original = Element.prototype.getClientRects;
  Element.prototype.getClientRects = function (this: Element) {
    return inDisplayNone(this) ? ([] as unknown as DOMRectList) : original.call(this);
  };
  return () => {
    Element.prototype.getClientRects = original;
  };
}

function inDisplayNone(element: Element): boolean {
  if (!element.isConnected) return true;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if ((node instanceof HTMLElement && node.hidden) || getComputedStyle(node).display === 'none') return true;
  }
  return false;
}
