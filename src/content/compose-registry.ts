import type { SiteAdapter } from '../sites/types';
import { ComposeSession } from './compose-session';

/** The compose windows on the page, found as they appear and dropped once they are gone. */
export class ComposeRegistry {
  private readonly sessions = new Map<HTMLElement, ComposeSession>();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly onOpen: (session: ComposeSession) => void,
  ) {}

  /** A watched element appeared: make sure its compose window has a session and a button. */
  seen(element: Element): ComposeSession | null {
    this.sweep();
    const root = this.adapter.composeRootOf(element);
    // Only a container with an editable body is a compose window (Outlook's fallback root is broad).
    if (!root || !this.adapter.body(root)) return null;
    let session = this.sessions.get(root);
    if (!session) {
      session = new ComposeSession(root, this.adapter, this.onOpen);
      this.sessions.set(root, session);
    }
    session.refresh();
    return session;
  }

  /**
   * The compose window holding focus, else the one used most recently. A focused compose that
   * appeared too recently for its first animation frame is recognised here and now.
   */
  current(): ComposeSession | null {
    this.sweep();
    const focused = document.activeElement;
    const focusedSession = focused && focused !== document.body ? this.seen(focused) : null;
    if (focusedSession) return focusedSession;
    return [...this.sessions.values()].sort((a, b) => b.lastActive - a.lastActive)[0] ?? null;
  }

  get size(): number {
    return this.sessions.size;
  }

  /** End sessions whose compose window left the page (closed, discarded, re-rendered). */
  sweep(): void {
    for (const [root, session] of this.sessions) {
      if (root.isConnected) continue;
      session.abort.abort();
      this.sessions.delete(root);
    }
  }

  dispose(): void {
    for (const session of this.sessions.values()) session.abort.abort();
    this.sessions.clear();
  }
}
