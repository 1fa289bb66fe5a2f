import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { builtExtension, chromiumArgs, chromiumPath } from '../../support/chromium-setup.js';
import { defaultPageFor, routeMailHosts } from '../../support/fixture-server.js';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request made from the extension's own pages and worker (there should be none). */
  extensionRequests: string[];
  /** Open a mail URL; the fixture page is chosen from the URL unless one is named. */
  openMail(url: string, page?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with the built extension from dist/chrome, the mail hosts answered by our fixtures. */
/** `locale` is the browser's language (its UI language too): the panel follows it unless set in options. */
export async function launchWithExtension(locale = 'en-GB'): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'tactful-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    locale,
    // On Linux Chromium takes its UI language (chrome.i18n) from the environment and --lang.
    env: { ...process.env, LANGUAGE: locale.split('-')[0]! },
    args: [...chromiumArgs(builtExtension()), `--lang=${locale.split('-')[0]}`],
  });
  let pageOverride: string | undefined;
  await routeMailHosts(context, (url) => pageOverride ?? defaultPageFor(url));
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    let frameUrl: string;
    try {
      frameUrl = request.frame().url();
    } catch {
      // A navigation can be requested before its frame exists (a tab the print page opens, on a
      // busy machine); Playwright then throws. Its frame is the document it loads.
      frameUrl = request.url();
    }
    if (frameUrl.startsWith('chrome-extension://') || request.serviceWorker()) extensionRequests.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionRequests,
    async openMail(url, page) {
      pageOverride = page;
      const tab = await context.newPage();
      await tab.goto(url);
      return tab;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
      // Privacy: whatever a test did, the extension's pages and worker asked nothing of the network.
      const leaked = extensionRequests.filter((url) => !url.startsWith('chrome-extension://'));
      if (leaked.length > 0) throw new Error(`The extension made network requests: ${leaked.join(', ')}`);
    },
  };
}
