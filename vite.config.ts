import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { browserManifest, type TargetBrowser } from './scripts/browser-manifest.ts';
import { firstOpenChunks } from './scripts/first-open-chunk.ts';

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: browserManifest(browser), browser })],
    build: {
      // TACTFUL_OUT_DIR lets a second build run beside the usual one (parallel work, benches).
      outDir: process.env.TACTFUL_OUT_DIR ?? `dist/${browser}`,
      emptyOutDir: true,
      // Vite would otherwise add <link rel=modulepreload> tags to the mail page.
      modulePreload: false,
      // No CSS chunks: the panel's CSS is inlined into its shadow root, so no preload helper either.
      cssCodeSplit: false,
      target: 'es2022',
      sourcemap: false,
      // Pages the manifest does not name (crxjs builds those it does): the print page.
      rollupOptions: {
        input: { print: 'src/print/index.html' },
        // The first open's chunks (scripts/first-open-chunk.ts) leave the eager content script's
        // modules where they are, not pulling in every dependency; the bundler allows such a
        // group only when entry chunks may gain exports.
        preserveEntrySignatures: 'allow-extension',
        output: { codeSplitting: { groups: [firstOpenChunks] } },
      },
    },
  };
});
