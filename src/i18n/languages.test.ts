import { describe, expect, it } from 'vitest';
import { uiLocale } from './languages';

describe('the locale of the interface’s own dates and numbers', () => {
  it('is the browser’s own variant of the UI language', () => {
    expect(uiLocale('en', ['en-US', 'sl'])).toBe('en-US');
    expect(uiLocale('sl', ['en-US', 'sl-SI'])).toBe('sl-SI');
  });

  it('is the language’s usual locale when the browser has no variant of it: British dates for English', () => {
    expect(uiLocale('en', ['sl-SI'])).toBe('en-GB');
    expect(uiLocale('ur', [])).toBe('ur-PK');
    expect(new Intl.DateTimeFormat(uiLocale('en', ['de']), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-01-01T00:00:00Z'))).toBe('1 January 2026');
  });
});
