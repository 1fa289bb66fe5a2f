/**
 * The quick path next to the CSS-animation watcher, whose animationstart event arrives a frame
 * late: a childList observer (no subtree) on the few containers compose windows open in, such
 * as Gmail's dock of new-message windows. It sees a window the moment it is added, before the
 * first paint; only additions to those containers cost anything.
 */
export function watchContainers(containerSelector: string, watchSelector: string, onAppear: (element: Element) => void, signal: AbortSignal): (element: Element) => void {
  const observed = new WeakSet<Element>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(watchSelector)) onAppear(node);
        for (const element of node.querySelectorAll(watchSelector)) onAppear(element);
      }
    }
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  const observe = (container: Element) => {
    if (observed.has(container)) return;
    observed.add(container);
    observer.observe(container, { childList: true });
  };
  if (containerSelector) for (const container of document.querySelectorAll(containerSelector)) observe(container);
  // A container the page creates later is adopted once a window is seen in it the slow way.
  return (element) => {
    const container = containerSelector ? element.closest(containerSelector) : null;
    if (container) observe(container);
  };
}
