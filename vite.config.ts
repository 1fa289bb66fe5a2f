import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { makeManifest, type TargetBrowser } from './manifest.config';

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: makeManifest(browser), browser })],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Vite would otherwise add <link rel=modulepreload> tags to the mail page.
      modulePreload: false,
      // No CSS chunks: the panel's CSS is inlined into its shadow root, so no preload helper either.
      cssCodeSplit: false,
      target: 'es2022',
      sourcemap: false,
    },
  };
});
