// `npm run bench:floor`: what a first panel open costs the browser before any of Tactful's code
// matters, in the same conditions as the 4× row of `npm run bench` (a fresh browser per sample,
// the page's CPU slowed 4×, the Gmail fixture, click → focused input over a list):
//
// - stand-in panel: a throwaway extension whose button imports a 1 KB module on the click, which
//   draws a shadow root with an input and 25 list items and focuses the input. One fetch round
//   and a first layout: the least any panel loaded on its first open can cost.
// - Tactful's first view, laid out: the DOM and CSS of the built panel's first view (captured from
//   dist/chrome once, at normal speed) put into a fresh page by the page itself, with no extension
//   loaded; the time to lay it out, with and without its text.
//
// Numbers are information, not a pass/fail; the medians are printed with every sample.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtExtension } from '../test/support/chromium-setup.js';
import { launch } from './bench/browser.js';
import * as probe from './bench/probes.js';
import { median } from './bench/stats.js';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const COMPOSE = { kind: 'new', to: [{ name: 'Jordan Lee', email: 'jordan@example.com' }], body: '<div>Hello Jordan,</div>' };
const BROWSERS = 9;
const RATE = 4;

const STAND_IN = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'Tactful stand-in panel (bench)',
    version: '1.0',
    // An empty worker: the bench's launch() knows an extension is up by its service worker.
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content.js'] }],
    web_accessible_resources: [{ resources: ['panel.js'], matches: ['https://mail.google.com/*'] }],
  }),
  'worker.js': '',
  // A button in each compose toolbar, like Tactful's; the panel module is fetched on the click.
  'content.js': `
    const add = () => {
      for (const row of document.querySelectorAll('tr.btC')) {
        if (row.querySelector('[data-tactful=compose-button]')) continue;
        const cell = document.createElement('td');
        const button = document.createElement('button');
        button.dataset.tactful = 'compose-button';
        button.textContent = 'Tactful';
        button.addEventListener('click', () => import(chrome.runtime.getURL('panel.js')).then((m) => m.open()));
        cell.append(button);
        row.append(cell);
      }
    };
    new MutationObserver(add).observe(document.body, { childList: true, subtree: true });
    add();`,
  'panel.js': `
    export function open() {
      const host = document.createElement('tactful-panel');
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = ':host{position:fixed;right:12px;bottom:12px;width:380px;max-height:80vh;overflow:auto;background:#fff;z-index:5;font:14px/1.45 system-ui,sans-serif}';
      const search = document.createElement('input');
      search.dataset.tactful = 'search';
      const list = document.createElement('div');
      list.setAttribute('role', 'listbox');
      for (let i = 0; i < 25; i++) {
        const option = document.createElement('div');
        option.setAttribute('role', 'option');
        option.dataset.tactful = 'scenario';
        option.textContent = 'Situation ' + i + ', with a hint that says what it is for';
        list.append(option);
      }
      shadow.append(style, search, list);
      document.body.append(host);
      search.focus();
    }`,
};

const log = (message) => process.stderr.write(`bench:floor: ${message}\n`);
const ms = (v) => `${v.toFixed(1)} ms`;
const line = (label, values) => console.log(`${label.padEnd(58)} median ${ms(median(values)).padStart(9)}   (${values.map((v) => v.toFixed(0)).join(', ')})`);

/** Click → focused input, first open in a fresh browser with the CPU slowed RATE×. */
async function firstOpen(extension) {
  const browser = await launch({ extension });
  try {
    const page = await browser.open(GMAIL);
    await page.waitForFunction(() => window.gmailFixture?.ready === true);
    await page.evaluate(probe.installProbes);
    const id = await page.evaluate((compose) => window.gmailFixture.openCompose(compose), COMPOSE);
    const button = page.locator(`.M9[data-compose-id="${id}"] [data-tactful="compose-button"]`);
    await button.waitFor({ state: 'attached', timeout: 5000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.evaluate(probe.armPanel);
    await button.click();
    return (await page.evaluate(probe.panelResult, 10_000)).ms;
  } finally {
    await browser.close();
  }
}

/** The shadow root's markup (its <style> included) of the built panel's first view. */
async function captureFirstView(extension) {
  const browser = await launch({ extension });
  try {
    const page = await browser.open(GMAIL);
    await page.waitForFunction(() => window.gmailFixture?.ready === true);
    const id = await page.evaluate((compose) => window.gmailFixture.openCompose(compose), COMPOSE);
    await page.locator(`.M9[data-compose-id="${id}"] [data-tactful="compose-button"]`).click();
    await page.waitForFunction(() => document.querySelector('tactful-panel')?.shadowRoot?.querySelector('[data-tactful=scenario]'));
    return await page.evaluate(() => {
      const host = document.querySelector('tactful-panel');
      return { html: host.shadowRoot.innerHTML, style: host.getAttribute('style') ?? '' };
    });
  } finally {
    await browser.close();
  }
}

/** Lay out a captured view in a fresh page (no extension), CPU slowed RATE×; milliseconds. */
async function layOut(view) {
  const browser = await launch({ extension: null });
  try {
    const page = await browser.open(GMAIL);
    await page.waitForFunction(() => window.gmailFixture?.ready === true);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    return await page.evaluate(({ html, style }) => {
      const host = document.createElement('tactful-panel');
      host.setAttribute('style', style);
      // Parsed in a template first, so only the layout is timed.
      const template = document.createElement('template');
      template.innerHTML = html;
      host.attachShadow({ mode: 'open' }).append(template.content);
      const t0 = performance.now();
      document.body.append(host);
      host.shadowRoot.querySelector('input')?.getBoundingClientRect();
      return performance.now() - t0;
    }, view);
  } finally {
    await browser.close();
  }
}

async function main() {
  const standIn = await mkdtemp(join(tmpdir(), 'tactful-stand-in-'));
  try {
    for (const [name, text] of Object.entries(STAND_IN)) await writeFile(join(standIn, name), text);
    const view = await captureFirstView(builtExtension());
    // Text removed, markup and styles kept: what the first shaping of text costs.
    const noText = { ...view, html: view.html.replace(/<style>[\s\S]*?<\/style>|>[^<]+</g, (match) => (match.startsWith('<style') ? match : '><')) };
    const samples = { standIn: [], view: [], noText: [] };
    for (let i = 0; i < BROWSERS; i++) {
      samples.standIn.push(await firstOpen(standIn));
      samples.view.push(await layOut(view));
      samples.noText.push(await layOut(noText));
      log(`round ${i + 1}/${BROWSERS}`);
    }
    console.log(`Fresh browsers, CPU slowed ${RATE}×, ${BROWSERS} each (budget for Tactful's first open: 100 ms):`);
    line('stand-in panel (1 KB module, 25 items): click → focus', samples.standIn);
    line("Tactful's first view, no extension code: layout", samples.view);
    line('… the same without its text: layout', samples.noText);
  } finally {
    await rm(standIn, { recursive: true, force: true });
  }
}

await main();
