// `npm start`: try Tactful without a mail account. Opens Chromium with the built extension on
// the project's Gmail and Outlook demo pages (served at the real mail URLs from test/fixtures).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { builtExtension, chromiumArgs, chromiumPath } from '../test/support/chromium-setup.js';
import { defaultPageFor, routeMailHosts } from '../test/support/fixture-server.js';

const extension = builtExtension();
const DEMO_URLS = ['https://mail.google.com/mail/u/0/?demo=1#inbox', 'https://outlook.live.com/mail/0/?demo=1'];

function explainManualLoad(reason) {
  console.log(`${reason}\n
To try Tactful in your own browser instead:
  1. Open chrome://extensions (or edge://extensions) and switch on Developer mode.
  2. Click "Load unpacked" and choose: ${extension}
  3. Open Gmail or Outlook on the web and start a new message: the Tactful button sits next to Send.
The demo pages need this script (they are served at the real mail addresses by request interception).`);
}

function findChromium() {
  try {
    return chromiumPath();
  } catch (error) {
    explainManualLoad(error.message);
    return null;
  }
}

let executablePath = null;
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  explainManualLoad('No display found, so no browser window can open here.');
} else {
  executablePath = findChromium();
}

if (executablePath) {
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'tactful-demo-')), {
    executablePath,
    headless: false,
    viewport: null,
    args: chromiumArgs(extension),
  });
  await routeMailHosts(context, defaultPageFor);
  const [first] = context.pages();
  for (const [index, url] of DEMO_URLS.entries()) {
    const page = index === 0 && first ? first : await context.newPage();
    await page.goto(url);
  }
  console.log('Demo open: a Gmail-like and an Outlook-like compose window. Click the Tactful button next to Send, or press Alt+Shift+L. Close the browser to stop.');
  await new Promise((resolve) => context.on('close', resolve));
}
