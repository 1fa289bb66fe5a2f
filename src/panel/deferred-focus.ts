/**
 * Move focus on the next frame, but only if the user has not moved it since. A frame can come
 * late (busy page, background tab); by then the user may be typing in a field they clicked, and
 * their keystrokes must stay there. Focus that went nowhere (the element that had it was
 * re-rendered away) counts as not moved.
 */
export function focusNextFrameIfUnmoved(scope: Node, pick: () => HTMLElement | null | undefined): void {
  const root = scope.getRootNode() as Document | ShadowRoot;
  const before = root.activeElement;
  requestAnimationFrame(() => {
    const now = root.activeElement;
    if (now !== before && now !== null) return;
    pick()?.focus();
  });
}
