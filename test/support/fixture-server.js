// Plain JavaScript so `npm start` and `npm run bench` can use it without a TypeScript loader.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(PROJECT_ROOT, 'test/fixtures');
const VENDOR = { 'rooster.js': join(PROJECT_ROOT, 'node_modules/roosterjs/dist/rooster.js') };
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

const STRICT_CSP = "script-src 'self'; object-src 'none'; base-uri 'self'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types default";

/**
 * The mail hosts, from the one list in manifest.json (its content-script matches).
 * @type {string[]}
 */
export const MAIL_HOSTS = JSON.parse(readFileSync(join(PROJECT_ROOT, 'manifest.json'), 'utf8'))
  .content_scripts.flatMap((/** @type {{ matches: string[] }} */ script) => script.matches)
  .map((/** @type {string} */ match) => new URL(match.replace(/\*$/, '')).hostname);

/**
 * What the fake mail host answers: the page fixture for documents, fixture assets under
 * /_fixture/, and nothing else (a 404 makes an unexpected request visible).
 * @param {URL} url
 * @param {boolean} isDocument
 * @param {string} page fixture file for documents, relative to test/fixtures
 * @returns {Promise<{ status: number, contentType: string, body: Buffer | string, headers?: Record<string, string> }>}
 */
export async function fixtureResponse(url, isDocument, page) {
  if (url.pathname.startsWith('/_fixture/')) {
    const rest = url.pathname.slice('/_fixture/'.length);
    const vendor = rest.startsWith('vendor/') ? VENDOR[rest.slice('vendor/'.length)] : undefined;
    const file = vendor ?? normalize(join(FIXTURES, rest));
    if (!vendor && !file.startsWith(FIXTURES)) return { status: 403, contentType: 'text/plain', body: 'outside fixtures' };
    try {
      return { status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
    } catch {
      return { status: 404, contentType: 'text/plain', body: 'no such fixture' };
    }
  }
  if (isDocument) {
    return {
      status: 200,
      contentType: TYPES['.html'],
      body: await readFile(join(FIXTURES, page)),
      // Mail sites serve a strict CSP; Gmail also enforces Trusted Types (docs/site-dom.md).
      headers: { 'content-security-policy': url.hostname === 'mail.google.com' ? `${STRICT_CSP}; ${TRUSTED_TYPES}` : STRICT_CSP },
    };
  }
  return { status: 404, contentType: 'text/plain', body: 'not part of the fixture' };
}

/**
 * Answer every mail host from the fixtures in a Playwright browser context.
 * @param {import('playwright-core').BrowserContext} context
 * @param {(url: URL) => string} pageFor which fixture page a document URL gets
 */
export async function routeMailHosts(context, pageFor) {
  for (const host of MAIL_HOSTS) {
    await context.route(`https://${host}/**`, async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const response = await fixtureResponse(url, request.resourceType() === 'document', pageFor(url));
      await route.fulfill({ status: response.status, contentType: response.contentType, body: response.body, headers: response.headers });
    });
  }
}

/** The fixture page for a mail URL: Gmail's inbox or pop-out, Outlook's mail or deeplink page. */
export function defaultPageFor(url) {
  if (url.hostname === 'mail.google.com') return url.pathname.endsWith('/popout') ? 'gmail/popout.html' : 'gmail/inbox.html';
  return url.pathname.includes('/deeplink/compose') ? 'outlook/deeplink.html' : 'outlook/mail.html';
}
