import { describe, expect, it } from 'vitest';
import { settingsWay } from './shortcut-settings';

describe('the way to the shortcut settings', () => {
  it('uses the browser’s API where it has one', () => {
    expect(settingsWay({ openShortcutSettings: () => Promise.resolve() }, 'moz-extension:')).toBe('api');
  });

  it('opens Chrome’s shortcuts page in Chrome, and gives directions in an older Firefox', () => {
    expect(settingsWay({}, 'chrome-extension:')).toBe('chrome-page');
    expect(settingsWay({}, 'moz-extension:')).toBe('directions');
  });
});
