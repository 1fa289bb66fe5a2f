// `npm run screenshots`: the README's pictures, taken from the demo page and the options page
// with the built extension, so they always show the product as it is. Writes docs/images/*.png.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { builtExtension, chromiumArgs, chromiumPath } from '../test/support/chromium-setup.js';
import { defaultPageFor, PROJECT_ROOT, routeMailHosts } from '../test/support/fixture-server.js';

const OUT = join(PROJECT_ROOT, 'docs/images');
const VALUES = { invoiceNumber: 'INV-2026-118', amount: '1250', currency: 'EUR', dueDate: '2026-11-20', senderName: 'Ana Novak', businessName: 'Novak Design' };

const userDataDir = await mkdtemp(join(tmpdir(), 'tactful-shots-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath(),
  headless: true,
  viewport: { width: 1360, height: 860 },
  deviceScaleFactor: 1,
  locale: 'en-GB',
  colorScheme: 'light',
  // On Linux Chromium takes its language (date inputs, chrome.i18n) from the environment.
  env: { ...process.env, LANGUAGE: 'en_GB' },
  args: [...chromiumArgs(builtExtension()), '--lang=en-GB'],
});
try {
  await mkdir(OUT, { recursive: true });
  await routeMailHosts(context, defaultPageFor);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  // The panel beside a Gmail-like compose window, a payment reminder written and previewed.
  const mail = await context.newPage();
  await mail.goto('https://mail.google.com/mail/u/0/?demo=1#inbox');
  await mail.locator('[data-tactful="compose-button"]').first().click();
  const panel = mail.locator('tactful-panel');
  await panel.locator('[data-tactful="scenario"][data-scenario-id="pay-friendly-reminder"]').click();
  for (const [name, value] of Object.entries(VALUES)) {
    const field = panel.locator(`[name="${name}"]`);
    if ((await field.count()) > 0) await field.fill(value);
  }
  // The preview and tone check are what the picture is for.
  await panel.locator('[data-tactful="preview"]').scrollIntoViewIfNeeded();
  await mail.screenshot({ path: join(OUT, 'panel.png') });

  // The options page: a letter open in its editor.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.locator('[data-tactful="scenario"][data-scenario-id="pay-overdue-followup"]').click();
  await options.locator('[data-tactful="letter-editor"]').first().waitFor();
  await options.screenshot({ path: join(OUT, 'options.png') });
  console.log(`Wrote ${join('docs/images', 'panel.png')} and ${join('docs/images', 'options.png')}`);
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}
