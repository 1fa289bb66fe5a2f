import { closestFirst, isShown, joinCss, queryFirst } from '../query';
import type { SiteAdapter } from '../types';
import { OUTLOOK } from './selectors';

function placeButton(root: HTMLElement, button: HTMLElement): boolean {
  const send = queryFirst(root, OUTLOOK.send);
  if (!send) return false;
  // Send often sits in a split-button wrapper; our button goes after the whole group.
  const group = send.parentElement?.childElementCount === 1 || send.nextElementSibling?.matches('button[aria-haspopup]') ? send.parentElement : send;
  group?.after(button);
  return group !== null && group !== undefined;
}

function recipientNames(root: HTMLElement): string[] {
  const firstWell = root.querySelector('[contenteditable=true]:not([aria-multiline=true])')?.parentElement ?? root;
  return [...firstWell.querySelectorAll(OUTLOOK.recipientChips.map((h) => h.css).join(','))]
    .map((chip) => chip.textContent?.trim() ?? '')
    .filter(Boolean);
}

export const outlookAdapter: SiteAdapter = {
  site: 'outlook',
  insertion: 'paste-event',
  watchSelector: joinCss(OUTLOOK.body),
  composeRootOf: (element) => closestFirst(element, OUTLOOK.composeRoot),
  body: (root) => queryFirst(root, OUTLOOK.body),
  placeButton,
  visibleSubject: (root) => {
    const subject = queryFirst<HTMLInputElement>(root, OUTLOOK.subject);
    return subject && isShown(subject) ? subject : null;
  },
  recipientNames,
  protectedNodes: (body) => [queryFirst(body, OUTLOOK.signature), queryFirst(body, OUTLOOK.quote)].filter((n): n is HTMLElement => n !== null),
  isPlainText: () => false,
};
