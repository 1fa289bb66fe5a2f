import { closestFirst, isShown, joinCss, queryFirst } from '../query';
import type { SiteAdapter } from '../types';
import { OUTLOOK } from './selectors';

function placeButton(root: HTMLElement, button: HTMLElement): boolean {
  const send = queryFirst(root, OUTLOOK.send);
  if (!send) return false;
  // Send often sits in a split-button wrapper; our button goes after the whole group.
  const split = send.parentElement?.matches('[role=group]') ? send.parentElement : null;
  (split ?? send).after(button);
  return true;
}

/** Chips in document order: To comes before Cc, so the first name is the first addressee. */
function recipientNames(root: HTMLElement): string[] {
  return [...root.querySelectorAll(joinCss(OUTLOOK.recipientChips))].map((chip) => chip.textContent?.trim() ?? '').filter(Boolean);
}

/** The first chip's address; a collapsed reply shows names only, and then there is none. */
function recipientAddress(root: HTMLElement): string | null {
  const name = root.querySelector(joinCss(OUTLOOK.recipientChips));
  const address = name?.closest(joinCss(OUTLOOK.recipientChip))?.getAttribute('title')?.trim() ?? '';
  return address.includes('@') ? address : null;
}

export const outlookAdapter: SiteAdapter = {
  site: 'outlook',
  insertion: 'paste-event',
  // The Send row is watched too: Outlook re-renders it (and drops our button) on its own.
  watchSelector: [joinCss(OUTLOOK.body), joinCss(OUTLOOK.send)].join(', '),
  // Outlook renders compose windows deep inside the reading pane: the animation watcher alone.
  composeContainers: '',
  composeRootOf: (element) => closestFirst(element, OUTLOOK.composeRoot),
  body: (root) => queryFirst(root, OUTLOOK.body),
  placeButton,
  visibleSubject: (root) => {
    const subject = queryFirst<HTMLInputElement>(root, OUTLOOK.subject);
    return subject && isShown(subject) ? subject : null;
  },
  recipientNames,
  recipientAddress,
  protectedNodes: (body) => [queryFirst(body, OUTLOOK.signature), queryFirst(body, OUTLOOK.quote)].filter((n): n is HTMLElement => n !== null),
  isPlainText: () => false,
};
