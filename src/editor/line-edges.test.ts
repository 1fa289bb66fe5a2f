// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lineEdges } from './line-edges';

/** Build a body from HTML with a caret marked by "|" and return both. */
function caretIn(html: string): { body: HTMLElement; range: Range } {
  const body = document.createElement('div');
  body.innerHTML = html.replace('|', '<i id="caret"></i>');
  const marker = body.querySelector('#caret')!;
  const parent = marker.parentNode!;
  const offset = [...parent.childNodes].indexOf(marker);
  marker.remove();
  parent.normalize();
  // After normalize, re-find a text position when the marker sat between text pieces.
  const range = document.createRange();
  const before = parent.childNodes[offset - 1];
  if (before?.nodeType === Node.TEXT_NODE && html.includes(`${before.textContent}|`)) {
    range.setStart(before, before.textContent!.length);
  } else {
    range.setStart(parent, offset);
  }
  range.collapse(true);
  return { body, range };
}

describe('lineEdges', () => {
  it.each([
    ['<div>|Hello</div>', true, false],
    ['<div>Hello|</div>', false, true],
    ['<div>Hello</div>|<div>World</div>', true, true],
    ['|<div>Hello</div>', true, true],
    ['Hello<br>|World', true, false],
    ['Hello|<br>World', false, true],
    ['<div dir="ltr">Hi<div>|<br></div></div>', true, true],
    ['<div><b>Hel</b>|<i>lo</i></div>', false, false],
    ['<div><span>Hello</span></div><div>|</div>', true, true],
    ['<div>Hello <img alt="">|</div>', false, true],
  ])('%s → start %s, end %s', (html, atLineStart, atLineEnd) => {
    const { body, range } = caretIn(html);
    expect(lineEdges(body, range)).toEqual({ atLineStart, atLineEnd });
  });

  it('treats a caret in the middle of a text node as inside the line', () => {
    const body = document.createElement('div');
    body.innerHTML = '<div>Hello world</div>';
    const range = document.createRange();
    range.setStart(body.firstChild!.firstChild!, 5);
    range.collapse(true);
    expect(lineEdges(body, range)).toEqual({ atLineStart: false, atLineEnd: false });
  });
});
