import type { ManifestV3Export } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

// The only pages Tactful touches. Custom Outlook domains would need a broad host permission.
export const MAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];

export function makeManifest(browser: TargetBrowser): ManifestV3Export {
  const background =
    browser === 'firefox'
      ? { scripts: ['src/background/main.ts'], type: 'module' as const }
      : { service_worker: 'src/background/main.ts', type: 'module' as const };
  return {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Tactful',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    permissions: ['storage'],
    background,
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    // all_frames + match_about_blank: Outlook's popped-out compose is an about:blank document
    // filled by the mail page (test/e2e/outlook-variants.e2e.ts shows the button appears there).
    content_scripts: [{ matches: MAIL_MATCHES, js: ['src/content/main.ts'], run_at: 'document_idle', match_about_blank: true, all_frames: true }],
    // Alt+Shift+letter: free in Gmail and Outlook on the web, and in Chrome and Firefox themselves.
    commands: {
      'open-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandOpenPanel__' },
      'insert-last': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandInsertLast__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (Android 142): the first versions that know data_collection_permissions.
            gecko: {
              id: 'tactful@tactful.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '121' }),
  } as ManifestV3Export;
}
