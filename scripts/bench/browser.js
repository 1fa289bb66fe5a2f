// Chromium for the bench, launched like the end-to-end tests (test/e2e/support/chromium.ts):
// playwright-core, the system Chromium, headless, a fresh profile in the temp folder, and the mail
// hosts answered from the fixtures. One browser per configuration (with / without the extension).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/support/chromium-setup.js';
import { defaultPageFor, fixtureResponse, MAIL_HOSTS } from '../../test/support/fixture-server.js';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };


/**
 * @param {{ extension: string | null }} options the unpacked extension folder, or null for none
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, open(url: string, page?: string): Promise<import('playwright-core').Page>, close(): Promise<void> }>}
 */
export async function launch({ extension }) {
  const executablePath = chromiumPath();
  const userDataDir = await mkdtemp(join(tmpdir(), 'tactful-bench-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      viewport: { width: 1400, height: 900 },
      locale: 'en-GB',
      args: chromiumArgs(extension),
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  let pageOverride;
  for (const host of MAIL_HOSTS) {
    await context.route(`https://${host}/**`, async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const isDocument = request.resourceType() === 'document';
      let response;
      if (pageOverride?.startsWith('bench:') && isDocument) {
        // Our page, with the headers (CSP, Trusted Types) the fixture server gives this host.
        const { headers } = await fixtureResponse(url, true, defaultPageFor(url));
        response = { ...(await benchFile(pageOverride.slice('bench:'.length))), headers };
      } else if (url.pathname.startsWith('/_bench/')) response = await benchFile(url.pathname.slice('/_bench/'.length));
      else response = await fixtureResponse(url, isDocument, pageOverride ?? defaultPageFor(url));
      await route.fulfill(response);
    });
  }
  if (extension) {
    // The extension is up once its service worker runs.
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  return {
    context,
    /** Open a mail URL in a new tab. `page`: a test fixture page, or "bench:<file>" for one of ours. */
    async open(url, page) {
      pageOverride = page;
      const tab = await context.newPage();
      await tab.goto(url);
      return tab;
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

async function benchFile(name) {
  const file = normalize(join(BENCH_DIR, name));
  if (!file.startsWith(BENCH_DIR)) return { status: 403, contentType: 'text/plain', body: 'outside scripts/bench' };
  try {
    const body = await readFile(file);
    return { status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body };
  } catch {
    return { status: 404, contentType: 'text/plain', body: 'no such bench file' };
  }
}
