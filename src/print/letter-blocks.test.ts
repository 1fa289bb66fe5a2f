import { describe, expect, it } from 'vitest';
import type { LetterPiece } from '../letters/render';
import { letterBlocks } from './letter-blocks';

const text = (t: string): LetterPiece => ({ kind: 'text', text: t });
const value = (t: string): LetterPiece => ({ kind: 'value', text: t });

describe('letterBlocks', () => {
  it('keeps plain lines together as one block', () => {
    expect(letterBlocks([[text('Dear Jordan,')], [text('Thanks.')]])).toEqual([{ kind: 'lines', lines: [[text('Dear Jordan,')], [text('Thanks.')]] }]);
  });

  it('turns a list field’s "• item" lines into a list, without the bullet', () => {
    const paragraph = [[text('I will hand over:')], [value('• the files')], [value('• the keys')], [text('Kind regards')]];
    expect(letterBlocks(paragraph)).toEqual([
      { kind: 'lines', lines: [[text('I will hand over:')]] },
      { kind: 'list', items: [[value('the files')], [value('the keys')]] },
      { kind: 'lines', lines: [[text('Kind regards')]] },
    ]);
  });

  it('leaves a bullet the template wrote itself as text', () => {
    expect(letterBlocks([[text('• a point')]])).toEqual([{ kind: 'lines', lines: [[text('• a point')]] }]);
  });
});
