import type { SiteAdapter } from '../sites/types';
import { CaretMemory } from './caret-memory';
import { createComposeButton } from './compose-button';

/** One compose window Tactful has recognised: its button, its caret, its listeners. */
export class ComposeSession {
  readonly abort = new AbortController();
  readonly caret: CaretMemory;
  lastActive = 0;
  private button: HTMLButtonElement | null = null;
  private watchedBody: HTMLElement | null = null;

  constructor(
    readonly root: HTMLElement,
    readonly adapter: SiteAdapter,
    private readonly onOpen: (session: ComposeSession) => void,
  ) {
    this.caret = new CaretMemory(() => this.body());
    root.setAttribute('data-tactful-compose', adapter.site);
    const { signal } = this.abort;
    root.addEventListener('focusin', () => (this.lastActive = performance.now()), { signal });
    signal.addEventListener('abort', () => {
      root.removeAttribute('data-tactful-compose');
      this.button?.closest('[data-tactful=toolbar-cell]')?.remove();
      this.button?.remove();
      root.querySelector('[data-tactful=toolbar-col]')?.remove();
    });
  }

  body(): HTMLElement | null {
    return this.adapter.body(this.root);
  }

  /** Called whenever the compose (re)appears: puts the button back if the site re-rendered it. */
  refresh(): void {
    this.watchBody();
    if (this.button?.isConnected && this.root.contains(this.button)) return;
    this.button?.remove();
    const button = createComposeButton();
    // The toolbar was not found (the site changed): a small button at the window's corner.
    if (!this.adapter.placeButton(this.root, button)) {
      button.dataset.tactfulFloating = '';
      this.root.append(button);
    }
    const { signal } = this.abort;
    // Keep the caret where the user left it: the button must not take focus from the body.
    button.addEventListener('mousedown', (event) => {
      this.caret.capture();
      event.preventDefault();
    }, { signal });
    button.addEventListener('click', () => {
      this.caret.capture();
      this.onOpen(this);
    }, { signal });
    this.button = button;
  }

  private watchBody(): void {
    const body = this.body();
    if (!body || body === this.watchedBody) return;
    this.watchedBody = body;
    // A replaced body takes its listeners with it; the session's signal ends the rest.
    const { signal } = this.abort;
    body.addEventListener('focusout', () => this.caret.capture(), { signal });
    body.addEventListener('keyup', () => this.caret.capture(), { signal });
    body.addEventListener('mouseup', () => this.caret.capture(), { signal });
  }
}
