import { closestFirst, isShown, joinCss, queryFirst } from '../query';
import type { SiteAdapter } from '../types';
import { GMAIL } from './selectors';

function placeButton(root: HTMLElement, button: HTMLElement): boolean {
  const row = queryFirst<HTMLTableRowElement>(root, GMAIL.toolbarRow);
  if (!row) return false;
  const cell = document.createElement('td');
  cell.className = 'gU';
  cell.dataset.tactful = 'toolbar-cell';
  cell.append(button);
  const sendCell = queryFirst(row, GMAIL.sendCell);
  if (sendCell?.parentElement === row) sendCell.after(cell);
  else row.prepend(cell);
  // The bar's colgroup sizes the cells; give the new cell a column of its own.
  const colgroup = row.closest('table')?.querySelector(':scope > colgroup');
  if (colgroup && !colgroup.querySelector('[data-tactful=toolbar-col]')) {
    const col = document.createElement('col');
    col.dataset.tactful = 'toolbar-col';
    colgroup.append(col);
  }
  return true;
}

function recipientNames(root: HTMLElement): string[] {
  for (const hook of GMAIL.recipients) {
    const chips = [...root.querySelectorAll<HTMLElement>(hook.css)];
    if (chips.length === 0) continue;
    return chips
      .map((chip) => chip.dataset.name || chip.getAttribute('name') || chip.textContent || '')
      .map((name) => name.trim())
      .filter(Boolean);
  }
  return [];
}

function recipientAddress(root: HTMLElement): string | null {
  for (const hook of GMAIL.recipientAddresses) {
    const chip = root.querySelector<HTMLElement>(hook.css);
    const address = (chip?.dataset.hovercardId ?? chip?.getAttribute('email') ?? '').trim();
    if (address.includes('@')) return address;
  }
  return null;
}

export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  insertion: 'exec-command',
  watchSelector: [joinCss(GMAIL.body), joinCss(GMAIL.toolbarRow)].join(', '),
  composeContainers: joinCss(GMAIL.composeContainers),
  composeRootOf: (element) => closestFirst(element, GMAIL.composeRoot),
  body: (root) => queryFirst(root, GMAIL.body),
  placeButton,
  visibleSubject: (root) => {
    const subject = queryFirst<HTMLInputElement>(root, GMAIL.subject);
    return subject && isShown(subject) ? subject : null;
  },
  recipientNames,
  recipientAddress,
  protectedNodes: (body) => [queryFirst(body, GMAIL.signature), queryFirst(body, GMAIL.quote)].filter((n): n is HTMLElement => n !== null),
  isPlainText: (root) => {
    const notice = queryFirst(root, GMAIL.plainTextNotice);
    return notice !== null && isShown(notice);
  },
};
