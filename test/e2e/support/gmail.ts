import type { Page } from 'playwright-core';
import { caretInBody } from './caret';

/** Options of the Gmail fixture's openCompose (test/fixtures/gmail/README.md). */
export interface GmailComposeOptions {
  kind?: 'new' | 'reply' | 'forward';
  lang?: 'en' | 'de';
  signature?: boolean;
  plainText?: boolean;
  recipients?: 'classic' | 'chips';
  to?: { name: string; email: string }[];
  body?: string;
  subject?: string;
  maximized?: boolean;
}

interface GmailFixture {
  ready: boolean;
  openCompose(options: GmailComposeOptions): string;
  body(id: string): HTMLElement;
  compose(id: string): HTMLElement;
  state(id: string): { savedCount: number; dirty: boolean; savedHtml: string };
  minimize(id: string): void;
  restore(id: string): void;
  rerender(id: string): HTMLElement;
  close(id: string): void;
  closeAll(): void;
  pageKeys: string[];
}

declare global {
  interface Window {
    gmailFixture: GmailFixture;
  }
}

export async function openGmail(open: (url: string) => Promise<Page>, path = '/mail/u/0/#inbox'): Promise<Page> {
  const page = await open(`https://mail.google.com${path}`);
  await page.waitForFunction(() => window.gmailFixture?.ready === true);
  return page;
}

export function openCompose(page: Page, options: GmailComposeOptions): Promise<string> {
  return page.evaluate((opts) => window.gmailFixture.openCompose(opts), options);
}

/** The compose window's root element, as a locator scoped by the fixture's compose id. */
export function composeLocator(page: Page, id: string) {
  return page.locator(`.M9[data-compose-id="${id}"]`);
}

export function bodyHtml(page: Page, id: string): Promise<string> {
  return page.evaluate((composeId) => window.gmailFixture.body(composeId).innerHTML, id);
}

/** Put the caret in the body the way a click would: focus, then a collapsed selection. */
export async function placeCaret(page: Page, id: string, text: string, offsetInText: number): Promise<void> {
  const body = await page.evaluateHandle((composeId) => window.gmailFixture.body(composeId), id);
  try {
    await body.evaluate(caretInBody, [text, offsetInText] as const);
  } finally {
    await body.dispose();
  }
}
