import type { SiteAdapter } from '../sites/types';

/** A compose window as the panel and the editor see it. */
export interface ComposeTarget {
  readonly root: HTMLElement;
  readonly adapter: SiteAdapter;
  body(): HTMLElement | null;
  readonly caret: { get(): Range | null };
}
