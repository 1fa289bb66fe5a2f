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
  seen(element: Element): void {
    this.sweep();
    const root = this.adapter.composeRootOf(element);
    if (!root) return;
    let session = this.sessions.get(root);
    if (!session) {
      session = new ComposeSession(root, this.adapter, this.onOpen);
      this.sessions.set(root, session);
    }
    session.refresh();
  }

  /** The compose window holding focus, else the one used most recently. */
  current(): ComposeSession | null {
    this.sweep();
    const focused = document.activeElement;
    const all = [...this.sessions.values()];
    return all.find((s) => focused && s.root.contains(focused)) ?? all.sort((a, b) => b.lastActive - a.lastActive)[0] ?? null;
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
