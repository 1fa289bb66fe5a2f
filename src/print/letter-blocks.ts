import type { LetterPiece } from '../letters/render';

/** A paragraph's run of lines, or a list made of a list field's items (`• item` lines). */
export type LetterBlock = { kind: 'lines'; lines: LetterPiece[][] } | { kind: 'list'; items: LetterPiece[][] };

const BULLET = /^•\s*/;

/** A list field's item: a line that starts with a value written as "• …" (resolve-values.ts). */
function isItem(line: readonly LetterPiece[]): boolean {
  const first = line[0];
  return first?.kind === 'value' && BULLET.test(first.text);
}

/** One paragraph's lines as blocks, so the printed letter has real lists (the bullet comes from the list). */
export function letterBlocks(paragraph: readonly LetterPiece[][]): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const line of paragraph) {
    const last = blocks.at(-1);
    if (isItem(line)) {
      const item = [{ ...line[0]!, text: line[0]!.text.replace(BULLET, '') }, ...line.slice(1)];
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (last?.kind === 'lines') last.lines.push(line);
    else blocks.push({ kind: 'lines', lines: [line] });
  }
  return blocks;
}
