/** A selector with a note of why it is there; lists are tried in order, the first that matches wins. */
export interface Hook {
  css: string;
  /** Which fixture proves it, and why it is ranked where it is. */
  note: string;
}

export function queryFirst<T extends Element = HTMLElement>(scope: ParentNode, hooks: readonly Hook[]): T | null {
  for (const hook of hooks) {
    const found = scope.querySelector<T>(hook.css);
    if (found) return found;
  }
  return null;
}

export function closestFirst(element: Element, hooks: readonly Hook[]): HTMLElement | null {
  for (const hook of hooks) {
    const found = element.closest<HTMLElement>(hook.css);
    if (found) return found;
  }
  return null;
}

/** Shown on screen: not inside a display:none part of the page. */
export function isShown(element: Element): boolean {
  return element instanceof HTMLElement && element.getClientRects().length > 0;
}

export function joinCss(hooks: readonly Hook[]): string {
  return hooks.map((hook) => hook.css).join(', ');
}
