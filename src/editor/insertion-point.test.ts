// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertionPoint } from './insertion-point';

function body(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

const GMAIL = '<div>Hello</div><div>World</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">Ana</div><div class="gmail_quote">On Monday…</div>';

function protectedIn(root: HTMLElement) {
  return [root.querySelector('.gmail_signature_prefix'), root.querySelector('.gmail_quote')].filter((n): n is Element => n !== null);
}

describe('insertionPoint', () => {
  it('goes to the top of the body when the user never left a caret there', () => {
    const root = body(GMAIL);
    const { range } = insertionPoint(root, null, protectedIn(root));
    expect([range.startContainer, range.startOffset]).toEqual([root, 0]);
  });

  it('keeps the caret the user left in their own text', () => {
    const root = body(GMAIL);
    const saved = document.createRange();
    saved.setStart(root.querySelector('div')!.firstChild!, 3);
    const { range } = insertionPoint(root, saved, protectedIn(root));
    expect([range.startContainer, range.startOffset]).toEqual([root.querySelector('div')!.firstChild, 3]);
  });

  it('moves a caret inside the signature or the quote to the empty line above the signature', () => {
    const root = body(GMAIL);
    const emptyLine = root.querySelector('.gmail_signature_prefix')!.previousSibling!;
    for (const inside of [root.querySelector('.gmail_signature')!.firstChild!, root.querySelector('.gmail_quote')!.firstChild!]) {
      const saved = document.createRange();
      saved.setStart(inside, 1);
      const { range, beforeFence } = insertionPoint(root, saved, protectedIn(root));
      expect([range.startContainer, range.startOffset]).toEqual([emptyLine, 0]);
      expect(beforeFence).toBe(true);
    }
  });

  it('moves such a caret to the end of the last line when no empty line stands above the signature', () => {
    const root = body('<div>Hello</div>World<br><span class="gmail_signature_prefix">-- </span><div class="gmail_signature">Ana</div>');
    const saved = document.createRange();
    saved.setStart(root.querySelector('.gmail_signature')!.firstChild!, 1);
    const { range } = insertionPoint(root, saved, protectedIn(root));
    // Right before the line's <br>: the end of "World".
    const br = root.querySelector('br')!;
    expect([range.startContainer, range.startOffset]).toEqual([root, [...root.childNodes].indexOf(br)]);
  });

  it('collapses a selection to its end, so selected text is never replaced', () => {
    const root = body(GMAIL);
    const saved = document.createRange();
    const text = root.querySelector('div')!.firstChild!;
    saved.setStart(text, 0);
    saved.setEnd(text, 5);
    const { range } = insertionPoint(root, saved, protectedIn(root));
    expect(range.collapsed).toBe(true);
    expect(range.startOffset).toBe(5);
  });

  it('ignores a remembered caret that no longer points into the body', () => {
    const root = body(GMAIL);
    const saved = document.createRange();
    saved.setStart(document.body, 0);
    const { range } = insertionPoint(root, saved, protectedIn(root));
    expect([range.startContainer, range.startOffset]).toEqual([root, 0]);
  });
});
