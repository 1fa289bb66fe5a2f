import { join } from 'node:path';
import fc from 'fast-check';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/fixture-server.js';
import { chromiumArgs, chromiumPath } from '../support/chromium-setup.js';

/** A user's part of a Gmail body: lines as divs or bare text with <br>, some inline formatting. */
const line = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z ,.!]{0,20}[a-z.!]$/).map((t) => `<div>${t}</div>`),
  fc.stringMatching(/^[A-Za-z][a-z ]{0,10}[a-z]$/).map((t) => `<div><b>${t}</b> and <i>${t}</i></div>`),
  fc.constant('<div><br></div>'),
  fc.stringMatching(/^[A-Za-z][a-z ]{0,12}[a-z]$/).map((t) => `${t}<br>`),
);
const body = fc.record({
  lines: fc.array(line, { minLength: 0, maxLength: 6 }),
  signature: fc.boolean(),
  quote: fc.boolean(),
  wrapper: fc.boolean(),
});
const caret = fc.option(fc.record({ node: fc.nat(), offset: fc.nat() }), { nil: null });

function bodyHtml({ lines, signature, quote, wrapper }: { lines: string[]; signature: boolean; quote: boolean; wrapper: boolean }) {
  const parts = [
    ...lines,
    signature ? '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Ana Novak</div></div>' : '',
    quote ? '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jordan wrote:<br></div><blockquote class="gmail_quote">Earlier text</blockquote></div>' : '',
  ].join('');
  // Editors keep a <br> in an empty block so it has a line to put the caret on.
  const content = parts || '<br>';
  return wrapper ? `<div dir="ltr">${content}</div>` : content;
}

describe('insertion at any caret in any body (Chromium, property-based)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, lib: { entry: join(PROJECT_ROOT, 'test/e2e/support/editor-harness.ts'), formats: ['iife'], name: 'harness' }, minify: false },
    });
    const code = (Array.isArray(out) ? out[0]! : out as { output: { code?: string }[] }).output[0]!.code!;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs(null) });
    page = await browser.newPage();
    await page.setContent('<div id="body" contenteditable="true" g_editable="true"></div>');
    await page.addScriptTag({ content: code });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('changes nothing outside the letter, keeps signature and quote, and one undo restores the body', async () => {
    await fc.assert(
      fc.asyncProperty(body, caret, async (shape, at) => {
        const html = bodyHtml(shape);
        const result = await page.evaluate(
          ({ html, at }) => {
            const element = document.getElementById('body')!;
            element.innerHTML = html;
            const original = element.innerHTML;
            const textBefore = element.textContent!;
            const fences = [...element.querySelectorAll('.gmail_signature_prefix, .gmail_signature, .gmail_quote')].map((n) => n.outerHTML);
            let saved: Range | null = null;
            if (at) {
              const texts: Text[] = [];
              const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
              if (texts.length > 0) {
                const node = texts[at.node % texts.length]!;
                saved = document.createRange();
                saved.setStart(node, at.offset % (node.length + 1));
                saved.collapse(true);
              }
            }
            const harness = (window as unknown as { tactfulEditor: { insert(b: HTMLElement, r: Range | null): boolean; letterText: string } }).tactfulEditor;
            const inserted = harness.insert(element, saved);
            const textAfter = element.textContent!;
            const fencesAfter = [...element.querySelectorAll('.gmail_signature_prefix, .gmail_signature, .gmail_quote')].map((n) => n.outerHTML);
            const letterAt = textAfter.indexOf(harness.letterText);
            const withoutLetter = letterAt < 0 ? null : textAfter.slice(0, letterAt) + textAfter.slice(letterAt + harness.letterText.length);
            const firstFence = element.querySelector('.gmail_signature_prefix, .gmail_signature, .gmail_quote');
            const letterAboveFences = !firstFence || textAfter.indexOf(firstFence.textContent!) > letterAt;
            document.execCommand('undo');
            return { inserted, textBefore, withoutLetter, fences, fencesAfter, letterAboveFences, undone: element.innerHTML === original };
          },
          { html, at },
        );
        expect(result.inserted).toBe(true);
        // The user's text is all there, in order, with only the letter added. Compared as it reads:
        // the editor may respell white space where it splits a line (a space as a no-break space).
        const visible = (text: string | null | undefined) => text?.replace(/[\s\u00a0]+/g, ' ').trim();
        expect(visible(result.withoutLetter)).toBe(visible(result.textBefore));
        expect(result.fencesAfter).toEqual(result.fences);
        expect(result.letterAboveFences).toBe(true);
        expect(result.undone).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
