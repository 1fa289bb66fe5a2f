import { browser } from '../platform/browser-api';
import { isCommandName } from '../platform/messages';

// A keyboard command goes to the mail tab it was pressed in; the content script there knows
// which compose window is focused or most recent.
browser.commands.onCommand.addListener(async (command) => {
  if (!isCommandName(command)) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: 'tactful:command', command }).catch(() => {
    // Not a mail tab, or the page has no content script yet: nothing to do.
  });
});
