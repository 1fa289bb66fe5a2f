import type { Page } from 'playwright-core';

export interface OutlookComposeOptions {
  kind?: 'new' | 'reply';
  lang?: 'en' | 'de';
  bodyLabel?: 'old' | 'new';
  signature?: boolean;
  to?: { name: string; email: string }[];
  body?: string;
  subject?: string;
  popout?: boolean;
  build?: 1 | 2;
  focus?: 'to' | 'body' | 'none';
}

interface OutlookFixture {
  ready: boolean;
  openCompose(options: OutlookComposeOptions): string;
  whenReady(id: string): Promise<void>;
  getRoot(id: string): HTMLElement;
  getBody(id: string): HTMLElement;
  contentChangedCount(id: string): number;
  draftHtml(id: string): string;
  rerender(id: string, options?: { full?: boolean }): void;
  close(id: string): void;
  pageKeys: unknown[];
}

declare global {
  interface Window {
    outlookFixture: OutlookFixture;
  }
}

export async function openOutlook(open: (url: string) => Promise<Page>, host = 'outlook.live.com', path = '/mail/0/'): Promise<Page> {
  const page = await open(`https://${host}${path}`);
  await page.waitForFunction(() => window.outlookFixture?.ready === true);
  return page;
}

export async function openOutlookCompose(page: Page, options: OutlookComposeOptions): Promise<string> {
  const id = await page.evaluate((opts) => window.outlookFixture.openCompose(opts), options);
  await page.evaluate((composeId) => window.outlookFixture.whenReady(composeId), id);
  return id;
}

export function outlookBodyHtml(page: Page, id: string): Promise<string> {
  return page.evaluate((composeId) => window.outlookFixture.getBody(composeId).innerHTML, id);
}

export function outlookRoot(page: Page, id: string) {
  return page.locator(`[data-tactful-compose]`).filter({ has: page.locator(`[data-tactful="compose-button"]`) }).and(page.locator(`#${id}, [id]`)).first();
}

/** Click-like caret placement in the roosterjs body: focus, then a collapsed selection. */
export function placeOutlookCaret(page: Page, id: string, text: string, offset: number): Promise<void> {
  return page.evaluate(
    ([composeId, needle, at]) => {
      const body = window.outlookFixture.getBody(composeId);
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent!.indexOf(needle);
        if (index < 0) continue;
        body.focus();
        const range = document.createRange();
        range.setStart(node, index + at);
        range.collapse(true);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`text not found: ${needle}`);
    },
    [id, text, offset] as const,
  );
}
