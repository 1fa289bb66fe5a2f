import { describe, expect, it } from 'vitest';
import en from '../../locales/en/ui.json';
import ms from '../../locales/ms/ui.json';
import ne from '../../locales/ne/ui.json';
import sl from '../../locales/sl/ui.json';
import ur from '../../locales/ur/ui.json';

type Strings = { [key: string]: string | Strings };

function flatten(strings: Strings, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) => (text.match(/\{\{\s*[\w.]+\s*\}\}/g) ?? []).sort();
const english = flatten(en);

describe('UI translations', () => {
  it.each(Object.entries({ ne, ur, sl, ms }))('%s has exactly the English keys, with the same {{interpolations}}', (_lang, strings) => {
    const translated = flatten(strings as Strings);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
