import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findImports } from '../../scripts/bench/module-graph.js';
import { builtExtension } from '../support/chromium-setup.js';

// The built chunks, read as files (no browser): how the first open is split
// (scripts/first-open-chunk.ts) must not make other pages run the content script.
const ROOT = builtExtension();
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  content_scripts: { js: string[] }[];
  background: { service_worker: string };
  options_page?: string;
  options_ui?: { page: string };
};

/** The chunk files a built module imports statically, transitively (paths relative to ROOT). */
function staticClosure(file: string): Set<string> {
  const seen = new Set<string>();
  const stack = [resolve(ROOT, file)];
  while (stack.length) {
    const abs = stack.pop()!;
    const path = relative(ROOT, abs);
    if (seen.has(path)) continue;
    seen.add(path);
    const { staticImports } = findImports(readFileSync(abs, 'utf8')) as { staticImports: string[] };
    for (const spec of staticImports) if (spec.startsWith('.')) stack.push(resolve(dirname(abs), spec));
  }
  return seen;
}

/** The module scripts an extension page's HTML loads. */
function pageScripts(page: string): string[] {
  const html = readFileSync(join(ROOT, page), 'utf8');
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map(([, src]) => (src!.startsWith('/') ? src!.slice(1) : join(dirname(page), src!)));
}

describe('the built extension', () => {
  // The loader imports the content script's entry chunk by its runtime URL.
  const loader = readFileSync(join(ROOT, manifest.content_scripts[0]!.js[0]!), 'utf8');
  const contentEntry = /getURL\("([^"]+)"\)/.exec(loader)?.[1];

  it('runs the content script only as the content script: not in the background, options or print page', () => {
    expect(contentEntry).toMatch(/^assets\/.+\.js$/);
    const pages = [manifest.options_ui?.page ?? manifest.options_page, 'src/print/index.html'].filter((page): page is string => Boolean(page));
    const entries = [manifest.background.service_worker, ...pages.flatMap(pageScripts)];
    expect(entries.length).toBeGreaterThan(2);
    for (const entry of entries) expect([...staticClosure(entry)], entry).not.toContain(contentEntry);
  });
});
