import { describe, expect, it } from 'vitest';
import type { RenderedLetter } from '../letters/render';
import { DEFAULT_PROFILE } from '../storage/schema';
import { printDocument } from './print-document';
import { isPrintDocument, isPrintDocumentRequest, isPrintRequest } from './print-messages';

const LETTER: RenderedLetter = {
  lang: 'ur',
  dir: 'rtl',
  subject: 'انوائس \u2068INV-1\u2069',
  text: 'x',
  html: '<div dir="rtl" lang="ur">x</div>',
  htmlLines: [['x']],
  pieces: [[[{ kind: 'text', text: 'انوائس ' }, { kind: 'value', text: 'INV-1' }]]],
  calendar: 'bs',
  missing: [],
  invalid: [],
};
const PROFILE = { ...DEFAULT_PROFILE, senderName: 'Profile Name', businessName: 'Studio Ana', signatureLine: ' Ana Novak · +386 1 234 ' };

describe('printDocument', () => {
  it('carries the letter without its HTML, the names written in the panel, the date and calendar', () => {
    const doc = printDocument({ letter: LETTER, profile: PROFILE, values: { clientName: ' Jordan Lee ', senderName: 'Ana Novak', amount: '12' }, today: '2025-01-15', uiLanguage: 'sl' });
    expect(doc).toEqual({
      letter: { lang: 'ur', dir: 'rtl', subject: LETTER.subject, pieces: LETTER.pieces },
      sender: { name: 'Ana Novak', business: 'Studio Ana' },
      recipient: 'Jordan Lee',
      date: '2025-01-15',
      calendar: 'bs',
      uiLanguage: 'sl',
    });
    expect(isPrintDocument(doc)).toBe(true);
    expect(isPrintRequest({ type: 'tactful:print', document: doc })).toBe(true);
  });

  it('dates the paper in the calendar of the letter it carries', () => {
    const doc = printDocument({ letter: { ...LETTER, calendar: 'ad' }, profile: PROFILE, values: {}, today: '2025-01-15', uiLanguage: 'ne' });
    expect(doc.calendar).toBe('ad');
    expect(doc.sender.name).toBe('Profile Name');
    expect(doc.recipient).toBe('');
  });
});

describe('print message checks', () => {
  const doc = printDocument({ letter: LETTER, profile: PROFILE, values: {}, today: '2025-01-15', uiLanguage: 'en' });

  it('refuse what is not a print document', () => {
    expect(isPrintDocument(null)).toBe(false);
    expect(isPrintDocument({ ...doc, letter: { ...doc.letter, dir: 'up' } })).toBe(false);
    expect(isPrintDocument({ ...doc, letter: { ...doc.letter, pieces: [[[{ kind: 'html', text: '<b>' }]]] } })).toBe(false);
    expect(isPrintDocument({ ...doc, sender: { name: 'A' } })).toBe(false);
    expect(isPrintRequest({ type: 'tactful:print' })).toBe(false);
  });

  it('know the page’s ask for its letter', () => {
    expect(isPrintDocumentRequest({ type: 'tactful:print-document', id: 'abc' })).toBe(true);
    expect(isPrintDocumentRequest({ type: 'tactful:print-document' })).toBe(false);
  });
});
