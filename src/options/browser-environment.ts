import { browser } from '../platform/browser-api';
import { mailOrigins } from '../platform/mail-origins';
import { COMMANDS, isCommandName } from '../platform/messages';
import { browserAreas, watchUserData } from '../storage/browser-areas';
import type { OptionsEnvironment } from './options-environment';
import { CHROME_SHORTCUTS_PAGE, settingsWay, type ShortcutKeys } from './shortcut-settings';

/** The options page's environment in the extension itself. */
export function browserEnvironment(): OptionsEnvironment {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  const way = settingsWay(commands, location.protocol);
  return {
    areas: browserAreas(),
    watch: watchUserData,
    siteAccess: {
      granted: () => browser.permissions.contains({ origins: mailOrigins() }),
      request: () => browser.permissions.request({ origins: mailOrigins() }),
    },
    shortcuts: {
      way,
      async read() {
        const keys: ShortcutKeys = {};
        for (const command of await browser.commands.getAll()) {
          if (isCommandName(command.name)) keys[command.name] = command.shortcut ?? '';
        }
        for (const name of COMMANDS) keys[name] ??= '';
        return keys;
      },
      async openSettings() {
        if (way === 'api') await commands.openShortcutSettings!();
        else if (way === 'chrome-page') await browser.tabs.create({ url: CHROME_SHORTCUTS_PAGE });
      },
    },
  };
}
