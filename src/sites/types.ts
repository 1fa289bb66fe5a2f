/** What Tactful needs to know of a mail site's compose window. DOM access only, no letter logic. */
export interface SiteAdapter {
  readonly site: 'gmail' | 'outlook';
  /**
   * Elements whose appearance means a compose window appeared or was re-rendered (its body or
   * its toolbar). Watched with a CSS animation, so the page's other mutations cost nothing.
   */
  readonly watchSelector: string;
  /**
   * Containers that compose windows are added to directly (Gmail's dock), watched for additions
   * so a new window gets its button before the first paint. Empty where there are none.
   */
  readonly composeContainers: string;
  /** The compose window holding `element` (a watched element or anything inside a compose). */
  composeRootOf(element: Element): HTMLElement | null;
  /** The editable body of a compose window. */
  body(root: HTMLElement): HTMLElement | null;
  /** Where the compose button belongs, or null when the toolbar is not found. */
  placeButton(root: HTMLElement, button: HTMLElement): boolean;
  /** The subject input when it is shown (new threads only). */
  visibleSubject(root: HTMLElement): HTMLInputElement | null;
  /** Display names of the recipients in the To field, in order. */
  recipientNames(root: HTMLElement): string[];
  /** The e-mail address of the first recipient in the To field, or null when none is shown. */
  recipientAddress(root: HTMLElement): string | null;
  /** Nodes of the body the letter must stay above and never change (signature, quote). */
  protectedNodes(body: HTMLElement): Element[];
  /** True when the compose is in plain-text mode. */
  isPlainText(root: HTMLElement): boolean;
  /** How the site's editor takes an insertion so it saves the draft and undoes in one step. */
  readonly insertion: 'exec-command' | 'paste-event';
}
