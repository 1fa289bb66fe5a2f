// How every tool here starts Chromium with Tactful: the end-to-end tests, the real-keys test,
// `npm run bench` and `npm start`. Plain JavaScript so the scripts need no TypeScript loader.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './fixture-server.js';

/** The system Chromium (a test tool's own browser download cannot work here). */
export function chromiumPath() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}. Install it with "apt-get install -y chromium", or set CHROME_PATH.`);
  return path;
}

/** The built Chromium extension: TACTFUL_EXTENSION (a build elsewhere), else dist/chrome. */
export function builtExtension() {
  return process.env.TACTFUL_EXTENSION ?? join(PROJECT_ROOT, 'dist/chrome');
}

/**
 * Flags for a test browser: the unpacked extension (or none), and no background traffic of
 * Chromium's own — this machine's network is closed, and its refusals would only add noise.
 * @param {string | null} extension
 * @returns {string[]}
 */
export function chromiumArgs(extension) {
  return [
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
