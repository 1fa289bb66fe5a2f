import { browser, type Runtime } from '../platform/browser-api';
import { mailOrigins } from '../platform/mail-origins';
import { isCommandName, isShortcutsRequest, type Shortcuts } from '../platform/messages';
import { isPrintDocumentRequest, isPrintRequest } from '../print/print-messages';
import { openPrintPage, takePrintDocument } from '../print/print-worker';
import { browserAreas } from '../storage/browser-areas';
import { migrate } from '../storage/migrations';

browser.runtime.onInstalled.addListener(async () => {
  // Stored data is brought up to the current layout once per install or update.
  await migrate(browserAreas()).catch(() => {
    // Storage unavailable: readers fall back to defaults and say so; the next update retries.
  });
  // Firefox can install an add-on without access to the sites it works on (a user choice, or a
  // browser set up that way): the options page explains and asks.
  if (!(await browser.permissions.contains({ origins: mailOrigins() }))) await browser.runtime.openOptionsPage();
});

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

// The panel shows the user's current shortcuts (they can remap them in the browser).
async function currentShortcuts(): Promise<Shortcuts> {
  const shortcuts: Shortcuts = {};
  for (const command of await browser.commands.getAll()) {
    if (command.name && isCommandName(command.name) && command.shortcut) shortcuts[command.name] = command.shortcut;
  }
  return shortcuts;
}

// One listener answers every message; a message it does not know gets no promise back, so that
// another listener (or none) can answer it.
browser.runtime.onMessage.addListener(((message: unknown, sender: Runtime.MessageSender) => {
  if (isShortcutsRequest(message)) return currentShortcuts();
  // The panel's Print: the letter waits under a one-time id for the page that prints it.
  if (isPrintRequest(message)) return openPrintPage(message.document, sender.tab);
  if (isPrintDocumentRequest(message)) return takePrintDocument(message.id);
  return undefined;
}) as (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>);
