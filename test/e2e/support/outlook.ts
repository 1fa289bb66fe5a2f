import type { Page } from 'playwright-core';
import { caretInBody } from './caret';

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

/** Click-like caret placement in the roosterjs body: focus, then a collapsed selection. */
export async function placeOutlookCaret(page: Page, id: string, text: string, offset: number): Promise<void> {
  const body = await page.evaluateHandle((composeId) => window.outlookFixture.getBody(composeId), id);
  try {
    await body.evaluate(caretInBody, [text, offset] as const);
  } finally {
    await body.dispose();
  }
}
