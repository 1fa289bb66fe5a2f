import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { defaultPageFor, fixtureResponse, MAIL_HOSTS, PROJECT_ROOT } from '../../support/fixture-server.js';
import { caretInBody } from './caret';

const GECKO_ID = 'tactful@tactful.app';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /**
   * Requests that tried to leave the browser: a recording proxy refuses and lists every HTTP(S)
   * request that request interception did not answer, from any part of Firefox, including the
   * extension's background page, which WebDriver BiDi does not report. There should be none.
   */
  outgoingRequests: string[];
  /** Requests the mail pages made that are neither their document, a fixture asset nor `data:`. */
  unexpectedPageRequests: string[];
  /** Open a mail URL in a new tab; the fixture page is chosen from the URL unless one is named. */
  openMail(url: string, page?: string): Promise<Page>;
  /** Whether the proxy catches a request the page sends to a non-fixture host (proof the check can fail). */
  proxyCatches(page: Page): Promise<boolean>;
  close(): Promise<void>;
}

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`Firefox ESR not found at ${path}. Install it with "apt-get install -y firefox-esr", or set FIREFOX_PATH.`);
  }
  return path;
}

function extensionPath(): string {
  const path = process.env.TACTFUL_FIREFOX_EXTENSION ?? join(PROJECT_ROOT, 'dist/firefox');
  if (!existsSync(join(path, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${path}. Run "npm run build:firefox", or set TACTFUL_FIREFOX_EXTENSION.`);
  }
  return path;
}

/** An HTTP proxy that answers nothing and remembers what was asked (CONNECT host for HTTPS). */
async function recordingProxy(seen: string[]): Promise<Server> {
  const proxy = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  proxy.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return proxy;
}

function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

/**
 * Firefox ESR with the built extension installed over WebDriver BiDi (a temporary add-on in a
 * fresh profile), the mail hosts answered by our fixtures. Host permissions are left at
 * Firefox's defaults, so the content script runs only if a user's install would grant them too.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxExtensionBrowser> {
  const executablePath = firefoxPath();
  const addon = extensionPath();
  const outgoingRequests: string[] = [];
  const proxy = await recordingProxy(outgoingRequests);
  const { port } = proxy.address() as { port: number };
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      defaultViewport: { width: 1400, height: 900 },
      // Firefox ignores a Remote Settings server override unless this is set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        ...proxyPrefs(port),
        // Firefox's own Remote Settings polling stays inside the browser, out of the proxy's list.
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        // Firefox's own connectivity and captive-portal probes (not the extension's requests).
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'intl.locale.requested': 'en-GB',
        'intl.accept_languages': 'en-GB, en',
      },
    });
  } catch (error) {
    proxy.close();
    throw error;
  }
  async function shutDown(): Promise<void> {
    await browser.close();
    await new Promise((resolve) => proxy.close(resolve));
  }
  let extensionId: string;
  try {
    // An unpacked folder installs as a temporary add-on (the way about:debugging loads one).
    extensionId = await browser.installExtension(addon);
    if (extensionId !== GECKO_ID) throw new Error(`installed ${extensionId}, expected ${GECKO_ID}`);
  } catch (error) {
    await shutDown();
    throw error;
  }

  const unexpectedPageRequests: string[] = [];
  async function answer(request: HTTPRequest, pageFor: (url: URL) => string): Promise<void> {
    const url = new URL(request.url());
    // Firefox itself asks for the favicon of a page that names none (the Outlook fixture).
    const browserOwn = url.pathname === '/favicon.ico';
    if (!MAIL_HOSTS.includes(url.hostname)) {
      if (url.protocol !== 'data:') unexpectedPageRequests.push(url.href);
      // Let it go on to the recording proxy, which refuses it and lists it.
      return request.continue();
    }
    const document = request.isNavigationRequest();
    const response = await fixtureResponse(url, document, pageFor(url));
    if (response.status !== 200 && !browserOwn) unexpectedPageRequests.push(url.href);
    return request.respond({ status: response.status, contentType: response.contentType, body: response.body, headers: response.headers });
  }

  return {
    browser,
    extensionId,
    outgoingRequests,
    unexpectedPageRequests,
    async openMail(url, fixturePage) {
      const tab = await browser.newPage();
      tab.setDefaultTimeout(10_000);
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        answer(request, (u) => fixturePage ?? defaultPageFor(u)).catch((error: Error) => unexpectedPageRequests.push(`${request.url()}: ${error.message}`));
      });
      await tab.goto(url);
      return tab;
    },
    async proxyCatches(tab) {
      const host = 'tactful-canary.invalid';
      await tab.evaluate((url) => fetch(url).catch(() => undefined), `https://${host}/`);
      return outgoingRequests.includes(`CONNECT ${host}:443`);
    },
    close: shutDown,
  };
}

// Page helpers for puppeteer pages (the Chromium ones in gmail.ts/outlook.ts/panel.ts take
// Playwright pages). The fixtures' window APIs are typed there.

export type Site = 'gmail' | 'outlook';

/**
 * Where a check runs: a page or one of its frames. Puppeteer's own waiting (waitForFunction,
 * waitForSelector, locators, `>>>`) builds functions from strings inside the page, which a page
 * CSP without 'unsafe-eval' forbids in Firefox ESR 140 (the mail sites' and our fixtures' CSP);
 * `evaluate` of a plain function runs through WebDriver BiDi's own evaluation and is allowed.
 * So every wait here polls `evaluate`.
 */
type Realm = Page | Frame;

const POLL_MS = 50;
const WAIT_MS = 15_000;

/** Poll `check` in the page until it returns something truthy; fail with `what` after 15 s. */
export async function waitUntil<A extends unknown[]>(realm: Realm, what: string, check: (...args: A) => unknown, ...args: A): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await realm.evaluate(check as (...a: unknown[]) => unknown, ...args))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** An element, once `find` returns one (polled in the page: an element does not cross as a value). */
export async function waitForElement<E extends Element, A extends unknown[]>(
  realm: Realm,
  what: string,
  find: (...args: A) => E | null | undefined,
  ...args: A
): Promise<ElementHandle<E>> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const handle = await realm.evaluateHandle(find as (...a: unknown[]) => E | null | undefined, ...args);
    const element = handle.asElement();
    if (element) return element as ElementHandle<E>;
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * A child frame of the page for which `check` holds on two polls in a row. Firefox may swap an
 * iframe's first about:blank document for another one: a frame seen once can be detached next.
 */
export async function frameWith(page: Page, what: string, check: () => boolean): Promise<Frame> {
  const deadline = Date.now() + WAIT_MS;
  let candidate: Frame | undefined;
  for (;;) {
    let found: Frame | undefined;
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || frame.detached) continue;
      if (await frame.evaluate(check).catch(() => false)) found = frame;
    }
    if (found && found === candidate) return found;
    candidate = found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** An element inside the panel's open shadow root, once it is there. */
export function panelElement<E extends Element = HTMLElement>(realm: Realm, selector: string): Promise<ElementHandle<E>> {
  return waitForElement(realm, `panel ${selector}`, (sel) => document.querySelector('tactful-panel')?.shadowRoot?.querySelector<E>(sel), selector);
}

export async function waitForFixture(page: Page, site: Site): Promise<void> {
  if (site === 'gmail') await waitUntil(page, 'the Gmail fixture', () => window.gmailFixture?.ready === true);
  else await waitUntil(page, 'the Outlook fixture', () => window.outlookFixture?.ready === true);
}

/** The compose window's Tactful button, once it is there (Gmail: in the bottom bar `tr.btC`). */
export function composeButton(page: Page, site: Site, id: string): Promise<ElementHandle<HTMLButtonElement>> {
  return waitForElement(
    page,
    'the compose button',
    (s, cid) =>
      s === 'gmail'
        ? window.gmailFixture.compose(cid).querySelector<HTMLButtonElement>('tr.btC [data-tactful="compose-button"]')
        : window.outlookFixture.getRoot(cid).querySelector<HTMLButtonElement>('[data-tactful="compose-button"]'),
    site,
    id,
  );
}

/** The compose body's innerHTML. */
export function composeBodyHtml(page: Page, site: Site, id: string): Promise<string> {
  return page.evaluate((s, cid) => (s === 'gmail' ? window.gmailFixture.body(cid) : window.outlookFixture.getBody(cid)).innerHTML, site, id);
}

/** The compose body's rendered text, line breaks included. */
export function composeBodyText(page: Page, site: Site, id: string): Promise<string> {
  return page.evaluate((s, cid) => (s === 'gmail' ? window.gmailFixture.body(cid) : window.outlookFixture.getBody(cid)).innerText, site, id);
}

/** outerHTML of the first element matching `selector` in the compose body. */
export function bodyPartHtml(page: Page, site: Site, id: string, selector: string): Promise<string | undefined> {
  return page.evaluate(
    (s, cid, sel) => (s === 'gmail' ? window.gmailFixture.body(cid) : window.outlookFixture.getBody(cid)).querySelector(sel)?.outerHTML,
    site,
    id,
    selector,
  );
}

/** Put the caret in the body the way a click would, right after `text`. */
export async function placeCaretAfter(page: Page, site: Site, id: string, text: string): Promise<void> {
  const body = await page.evaluateHandle(
    (s, cid) => (s === 'gmail' ? window.gmailFixture.body(cid) : window.outlookFixture.getBody(cid)),
    site,
    id,
  );
  try {
    await body.evaluate(caretInBody, [text, text.length] as const);
  } finally {
    await body.dispose();
  }
}

/** The value of a form control in the panel. */
export function panelValue(realm: Realm, name: string): Promise<string | undefined> {
  return realm.evaluate((n) => document.querySelector('tactful-panel')?.shadowRoot?.querySelector<HTMLInputElement>(`[name="${n}"]`)?.value, name);
}

/** The panel's text under `selector` ('' when it is not there). */
export function panelText(realm: Realm, selector: string): Promise<string> {
  return realm.evaluate((sel) => document.querySelector('tactful-panel')?.shadowRoot?.querySelector(sel)?.textContent ?? '', selector);
}

/**
 * Click an element with the mouse, the way a user would. In a child frame the point is worked
 * out here: puppeteer's own click asks for the frame's element through a BiDi locator that
 * Firefox ESR 140 does not know.
 */
export async function clickElement(realm: Realm, element: ElementHandle<Element>): Promise<void> {
  const page = 'mainFrame' in realm ? realm : realm.page();
  if (!('parentFrame' in realm) || realm.parentFrame() === null) return element.click();
  const point = await element.evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  const token = `frame-${Math.random().toString(36).slice(2)}`;
  await realm.evaluate((t) => (document.documentElement.dataset.e2eFrame = t), token);
  const offset = await page.evaluate((t) => {
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentDocument?.documentElement.dataset.e2eFrame === t);
    if (!frame) return null;
    const box = frame.getBoundingClientRect();
    return { x: box.x + frame.clientLeft, y: box.y + frame.clientTop };
  }, token);
  if (!offset) throw new Error('The frame to click in is not a same-origin iframe of the page');
  await page.mouse.click(offset.x + point.x, offset.y + point.y);
}

/** Click an element of the panel, once it is there. */
export async function clickInPanel(realm: Realm, selector: string): Promise<void> {
  const element = await panelElement(realm, selector);
  await clickElement(realm, element);
  await element.dispose();
}

/** The `data-tactful` value of the panel's focused element. */
export function panelFocus(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.querySelector('tactful-panel')?.shadowRoot?.activeElement?.getAttribute('data-tactful'));
}

/** Choose a situation in the open panel and type its fields (each value into name=<id>, replacing it). */
export async function fillLetter(realm: Realm, scenarioId: string, values: Record<string, string>): Promise<void> {
  await clickInPanel(realm, `[data-tactful="scenario"][data-scenario-id="${scenarioId}"]`);
  for (const [name, value] of Object.entries(values)) {
    const field = await panelElement<HTMLInputElement>(realm, `[name="${name}"]`);
    // Like puppeteer's fill: a date input takes its value set (typing is locale-dependent there),
    // any other field is selected and typed into.
    const typed = await field.evaluate((input, v) => {
      input.focus();
      if (input.type !== 'date') return input.select(), true;
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return false;
    }, value);
    if (typed) await field.type(value);
    await waitUntil(realm, `${name} to read ${value}`, (n, v) => document.querySelector('tactful-panel')?.shadowRoot?.querySelector<HTMLInputElement>(`[name="${n}"]`)?.value === v, name, value);
    await field.dispose();
  }
}

/** Click Insert and wait for the panel to close. */
export async function insertAndWait(realm: Realm): Promise<void> {
  await clickInPanel(realm, '[data-tactful="insert"]');
  await waitUntil(realm, 'the panel to close', () => {
    const host = document.querySelector<HTMLElement>('tactful-panel');
    return host === null || host.hidden;
  });
}
