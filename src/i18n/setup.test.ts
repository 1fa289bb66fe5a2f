import { describe, expect, it } from 'vitest';
import { LETTER_LANGUAGES } from '../letters/types';
import { createI18n } from './setup';

const loaded = (instance: Awaited<ReturnType<typeof createI18n>>) => LETTER_LANGUAGES.filter((lng) => instance.hasResourceBundle(lng, 'ui'));

describe('createI18n', () => {
  it('fetches only the UI language\'s strings, with English beside another language as the fallback', async () => {
    expect(loaded(await createI18n('en'))).toEqual(['en']);
    const sl = await createI18n('sl');
    expect(loaded(sl)).toEqual(['en', 'sl']);
    expect(sl.t('panel.insert')).not.toBe('panel.insert');
  });

  it('fetches a language\'s strings when the UI changes to it', async () => {
    const instance = await createI18n('en');
    await instance.changeLanguage('ur');
    expect(loaded(instance)).toEqual(['en', 'ur']);
    expect(instance.dir(instance.language)).toBe('rtl');
    expect(instance.t('panel.insert')).not.toBe((await createI18n('en')).t('panel.insert'));
  });
});
