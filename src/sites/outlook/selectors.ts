import type { Hook } from '../query';

/**
 * Outlook on the web compose DOM, from docs/site-dom.md and test/fixtures/outlook/. Class names
 * are hashed per build; roles, ids and data-icon-name are the stable hooks.
 */
export const OUTLOOK = {
  body: [
    { css: 'div[role=textbox][aria-multiline=true][contenteditable=true]', note: 'every fixture: the roosterjs editor' },
    { css: '#editorParent_1 [contenteditable=true]', note: 'role dropped, editor wrapper kept' },
  ],
  composeRoot: [
    { css: '[id^="docking_InitVisiblePart_"]', note: 'reading-pane new mail and inline reply fixtures' },
    { css: '[data-app-section="Form_Content"]', note: 'popped-out compose fixture' },
    { css: '[role=main]', note: 'deeplink compose page fixture' },
  ],
  /** The Send button, found by its icon first: labels are localized. */
  send: [
    { css: 'button:has([data-icon-name^="Send"])', note: 'every fixture: Send carries a Send* icon' },
    { css: 'button[aria-label="Send"], button[title="Send"]', note: 'English label, icon missing' },
  ],
  subject: [
    { css: 'input[aria-label="Add a subject"]', note: 'English fixture' },
    { css: 'input[maxlength="255"]', note: 'localized fixtures: the subject input keeps its length cap' },
  ],
  recipientChips: [{ css: '[class*="textContainer-"]', note: 'every fixture: chip name span' }],
  /** The chip around a name carries the address in its title. */
  recipientChip: [{ css: '[title]', note: 'every fixture: span.wellItem-…[title=<email>] around the name' }],
  signature: [{ css: '#Signature', note: 'signature fixture' }],
  quote: [
    { css: '#appendonsend', note: 'inline reply fixture: marks where the quoted mail begins' },
    { css: '#divRplyFwdMsg', note: 'inline reply fixture: the header of the quoted mail' },
  ],
} satisfies Record<string, readonly Hook[]>;
