/**
 * Calls `onAppear` for every element matching `selector` now and whenever one is inserted or
 * shown again (display:none → shown restarts CSS animations). The browser's style engine does
 * the matching, so a page that mutates constantly costs us nothing: no MutationObserver.
 */
export function watchAppearances(selector: string, onAppear: (element: Element) => void, signal: AbortSignal): void {
  const name = `tactful-seen-${Math.random().toString(36).slice(2, 8)}`;
  const style = document.createElement('style');
  style.dataset.tactful = 'watch';
  style.textContent = `@keyframes ${name}{from{--tactful-seen:0}to{--tactful-seen:1}}:is(${selector}){animation:${name} 1ms!important}`;
  (document.head ?? document.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });

  document.addEventListener(
    'animationstart',
    (event) => {
      if (event.animationName === name && event.target instanceof Element) onAppear(event.target);
    },
    { capture: true, signal },
  );
  for (const element of document.querySelectorAll(selector)) onAppear(element);
}
