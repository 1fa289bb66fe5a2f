import { existsSync } from 'node:fs';

/** The system browsers the end-to-end tests drive; a test tool's own download cannot work here. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it with "apt-get install -y chromium", or set CHROME_PATH.`);
  }
  return path;
}
