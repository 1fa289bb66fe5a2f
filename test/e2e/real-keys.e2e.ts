import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPageFor, routeMailHosts } from '../support/fixture-server.js';
import { builtExtension, chromiumArgs, chromiumPath } from '../support/chromium-setup.js';
import { openCompose, placeCaret } from './support/gmail';

// Headless Chromium cannot press an extension's shortcut; a real X server and real key events can.
let DISPLAY = '';

/**
 * Start Xvfb on a free display. `-displayfd` makes it write the display number once it accepts
 * connections: that is the moment to go on, however slow the machine.
 */
function startXvfb(): Promise<{ xvfb: ChildProcess; display: string }> {
  const xvfb = spawn(need('Xvfb', 'xvfb'), ['-displayfd', '3', '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let number = '';
    let errors = '';
    xvfb.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      number += chunk.toString();
      if (number.includes('\n')) resolve({ xvfb, display: `:${number.trim()}` });
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors}`)));
  });
}

function need(binary: string, apt: string): string {
  const path = ['/usr/bin', '/usr/local/bin'].map((dir) => join(dir, binary)).find(existsSync);
  if (!path) throw new Error(`${binary} not found. Install it with "apt-get install -y ${apt}".`);
  return path;
}

function xdotool(...args: string[]): void {
  const result = spawnSync(need('xdotool', 'xdotool'), args, { env: { ...process.env, DISPLAY } });
  if (result.status !== 0) throw new Error(`xdotool ${args.join(' ')}: ${result.stderr}`);
}

describe('the real keyboard shortcut in a headed Chromium (Xvfb, xdotool)', () => {
  let xvfb: ChildProcess;
  let context: BrowserContext;
  let userDataDir: string;

  beforeAll(async () => {
    ({ xvfb, display: DISPLAY } = await startXvfb());
    userDataDir = await mkdtemp(join(tmpdir(), 'tactful-headed-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: false,
      env: { ...process.env, DISPLAY },
      viewport: null,
      args: [...chromiumArgs(builtExtension()), '--window-size=1400,900', '--window-position=0,0'],
    });
    await routeMailHosts(context, defaultPageFor);
  });
  afterAll(async () => {
    await context?.close();
    xvfb?.kill();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  it('opens the panel when Alt+Shift+L is pressed in a compose body', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.waitForFunction(() => window.gmailFixture?.ready === true);
    const id = await openCompose(page, { kind: 'new', body: '<div>Hello Jordan,</div>' });
    await expect.poll(() => page.locator('[data-tactful="compose-button"]').count()).toBe(1);
    await page.bringToFront();
    await placeCaret(page, id, 'Hello Jordan,', 13);
    // No window manager under Xvfb: give the browser window keyboard focus directly.
    xdotool('search', '--sync', '--onlyvisible', '--class', 'chromium', 'windowfocus', '--sync');
    xdotool('key', '--clearmodifiers', 'alt+shift+l');
    await expect.poll(() => page.locator('tactful-panel').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.evaluate(() => document.querySelector('tactful-panel')?.shadowRoot?.activeElement?.getAttribute('data-tactful'))).toBe('search');
  });
});
