import type { Hook } from '../query';

/**
 * Gmail compose DOM, from docs/site-dom.md and test/fixtures/gmail/. Class names are volatile;
 * language-independent hooks (g_editable, roles, names, data-*) come first.
 */
export const GMAIL = {
  /** The editable body; the hidden textarea with the same aria-label comes first in the DOM. */
  body: [
    { css: '.Ap [g_editable=true][contenteditable=true]', note: 'every fixture: editor inside the body part' },
    { css: '[g_editable=true][contenteditable=true]', note: 'layout classes changed, attribute kept' },
    { css: 'div.editable[contenteditable=true][role=textbox]', note: 'g_editable dropped: Closure editor classes' },
  ],
  /** One compose window: new-message mole, inline reply, pop-out page. */
  composeRoot: [
    { css: '.M9', note: 'every fixture: the compose form container' },
    { css: '[role=dialog]', note: 'new-message mole without .M9' },
    { css: '.ip', note: 'inline reply area in a conversation' },
  ],
  /** Where new-message windows are added: the dock at the bottom right, the full-screen host. */
  composeContainers: [
    { css: '.dw .no', note: 'inbox fixture: the dock of new-message windows' },
    { css: '.aSs .aSt', note: 'inbox fixture: maximized compose host' },
  ],
  /** Bottom bar with Send. */
  toolbarRow: [
    { css: 'tr.btC', note: 'every fixture: the bottom toolbar row' },
    { css: 'table[role=group] tr', note: 'row classes changed' },
  ],
  /** The Send group cell; our cell goes right after it, as InboxSDK does. */
  sendCell: [
    { css: 'td.gU.Up', note: 'every fixture' },
    { css: 'td:has([role=button].T-I)', note: 'cell classes changed' },
  ],
  subject: [{ css: 'input[name=subjectbox]', note: 'new-message fixtures; absent or hidden on replies' }],
  /** Recipient chips of the To field, newest UI first. */
  recipients: [
    { css: '[role=listbox] [role=option][data-name]', note: 'chips recipients fixture (2021+ UI)' },
    { css: '.vR span.vN[email]', note: 'classic recipients fixture' },
  ],
  /** The same chips, by the attribute that holds the address. */
  recipientAddresses: [
    { css: '[role=listbox] [role=option][data-hovercard-id]', note: 'chips recipients fixture: data-hovercard-id is the address' },
    { css: '.vR span.vN[email]', note: 'classic recipients fixture: the email attribute' },
  ],
  signature: [
    { css: '.gmail_signature_prefix', note: 'signature fixture: "-- " before the signature' },
    { css: '.gmail_signature, [data-smartmail=gmail_signature]', note: 'signature fixture' },
  ],
  quote: [
    { css: '.gmail_quote', note: 'reply and forward fixtures' },
    { css: 'blockquote', note: 'quote without Gmail classes' },
  ],
  /** "Currently in plain text mode." notice, shown only in plain-text mode. */
  plainTextNotice: [{ css: '.aA3', note: 'plain-text fixture' }],
} satisfies Record<string, readonly Hook[]>;
