const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;
const PANEL_WIDTH = 380;
const GAP = 12;

/**
 * The `<tactful-panel>` element: an open shadow root whose styles and the page's cannot meet.
 * Keystrokes stop at the host so Gmail's and Outlook's shortcuts never see them.
 */
export function createPanelHost(css: string): { host: HTMLElement; mount: HTMLElement } {
  const host = document.createElement('tactful-panel');
  host.setAttribute('data-tactful', 'panel');
  for (const type of KEY_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  mount.className = 'root';
  shadow.append(style, mount);
  return { host, mount };
}

/**
 * Dock at the right edge, unless the compose window is there (Gmail's new-message windows sit
 * bottom right): then dock just left of it, so its Send button stays visible.
 */
export function placePanel(host: HTMLElement, composeRoot: HTMLElement): void {
  const viewport = document.documentElement.clientWidth;
  const rect = composeRoot.getBoundingClientRect();
  const overlaps = rect.right > viewport - PANEL_WIDTH - GAP && rect.width > 0;
  const roomOnLeft = rect.left - PANEL_WIDTH - GAP * 2 >= 0;
  const right = overlaps && roomOnLeft ? viewport - rect.left + GAP : GAP;
  host.style.setProperty('--tactful-right', `${right}px`);
}
