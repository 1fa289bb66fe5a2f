import type { CommandName } from '../platform/messages';

/** Each command's keys as the browser reports them; '' when none are set. */
export type ShortcutKeys = Partial<Record<CommandName, string>>;

/**
 * How this browser lets the user change an extension's shortcuts: an API that opens the page
 * (Firefox 137+), Chrome's chrome://extensions/shortcuts page, or directions (older Firefox,
 * where an extension may not open about:addons).
 */
export type SettingsWay = 'api' | 'chrome-page' | 'directions';

export function settingsWay(commands: { openShortcutSettings?: unknown }, pageProtocol: string): SettingsWay {
  if (typeof commands.openShortcutSettings === 'function') return 'api';
  return pageProtocol === 'moz-extension:' ? 'directions' : 'chrome-page';
}

export const CHROME_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

export interface ShortcutAccess {
  way: SettingsWay;
  read(): Promise<ShortcutKeys>;
  openSettings(): Promise<void>;
}
