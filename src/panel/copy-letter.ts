import type { RenderedLetter } from '../letters/render';

/** Copy the letter as rich and plain text, for pasting by hand when inserting is not possible. */
export async function copyLetter(letter: RenderedLetter): Promise<boolean> {
  try {
    if (typeof ClipboardItem === 'function') {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([letter.html], { type: 'text/html' }),
          'text/plain': new Blob([letter.text], { type: 'text/plain' }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(letter.text);
    }
    return true;
  } catch {
    return false;
  }
}
