import type { ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

/**
 * The built manifest for one browser: the top-level manifest.json (written for Chromium), plus
 * only what differs. Why the manifest says what it says is in docs/architecture.md ("Manifest").
 */
export function browserManifest(browser: TargetBrowser): ManifestV3Export {
  const base = { ...manifest, version: pkg.version };
  if (browser === 'chrome') return base as ManifestV3Export;
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = base;
  return {
    ...rest,
    // Firefox runs MV3 background scripts as an event page, not a service worker.
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      // 140 (Android 142): the first versions that know data_collection_permissions.
      gecko: { id: 'tactful@tactful.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export;
}
