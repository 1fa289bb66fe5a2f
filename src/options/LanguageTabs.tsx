import type { i18n } from 'i18next';
import { useRef } from 'preact/hooks';
import { LANGUAGES } from '../i18n/languages';
import type { LetterLanguage } from '../letters/types';

interface Props {
  i18n: i18n;
  lang: LetterLanguage;
  /** Languages with edits not saved yet. */
  unsaved: readonly LetterLanguage[];
  /** Languages where the user's own text replaces the original. */
  own: readonly LetterLanguage[];
  panelId: string;
  onSelect(lang: LetterLanguage): void;
}

export const tabId = (lang: LetterLanguage) => `letter-tab-${lang}`;

/** One tab per letter language; arrows, Home and End move between them (mirrored right-to-left). */
export function LanguageTabs({ i18n, lang, unsaved, own, panelId, onSelect }: Props) {
  const t = i18n.t;
  const listRef = useRef<HTMLDivElement>(null);

  const select = (next: LetterLanguage) => {
    onSelect(next);
    listRef.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = LANGUAGES.findIndex((language) => language.code === lang);
    const forward = i18n.dir(i18n.language) === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const target = { [forward]: index + 1, [backward]: index - 1, Home: 0, End: LANGUAGES.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(LANGUAGES[(target + LANGUAGES.length) % LANGUAGES.length]!.code);
  };

  return (
    <div class="tabs" role="tablist" aria-label={t('options.letters.languages')} ref={listRef} onKeyDown={onKeyDown}>
      {LANGUAGES.map(({ code, nativeName }) => {
        const selected = code === lang;
        const marks = [unsaved.includes(code) && t('options.letters.unsavedMark'), own.includes(code) && t('options.letters.ownMark')].filter(Boolean);
        return (
          <button
            key={code}
            type="button"
            role="tab"
            id={tabId(code)}
            data-lang={code}
            aria-selected={selected ? 'true' : 'false'}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            class={`tab${unsaved.includes(code) ? ' unsaved' : ''}`}
            onClick={() => select(code)}
          >
            <span lang={code}>{nativeName}</span>
            {own.includes(code) && <span class="own-mark" aria-hidden="true">✎</span>}
            {unsaved.includes(code) && <span class="unsaved-mark" aria-hidden="true">●</span>}
            {marks.length > 0 && <span class="visually-hidden"> ({marks.join(t('options.listSeparator'))})</span>}
          </button>
        );
      })}
    </div>
  );
}
