import type { i18n, TFunction } from 'i18next';
import type { Placeholder } from './placeholders';

/** What a placeholder stands for, in the UI language. */
export function placeholderLabel(t: TFunction, name: string): string {
  return t([`options.derived.${name}`, `fields.${name}`], { defaultValue: name });
}

interface Props {
  i18n: i18n;
  placeholders: readonly Placeholder[];
  onInsert(placeholder: Placeholder): void;
}

/** The details this situation's letter can name; a click puts one at the cursor in the letter text. */
export function PlaceholderList({ i18n, placeholders, onInsert }: Props) {
  const t = i18n.t;
  return (
    <div class="placeholders" role="group" aria-labelledby="placeholders-title">
      <span id="placeholders-title" class="placeholders-title">
        {t('options.letters.insertDetail')}
      </span>
      <ul>
        {placeholders.map((placeholder) => (
          <li key={placeholder.name}>
            <button
              type="button"
              class="chip"
              data-placeholder={placeholder.name}
              title={placeholder.sectionOnly ? `{{#${placeholder.name}}}…{{/${placeholder.name}}}` : `{{${placeholder.name}}}${placeholder.optional ? ` · ${t('options.letters.optionalDetail')}` : ''}`}
              onClick={() => onInsert(placeholder)}
            >
              {placeholderLabel(t, placeholder.name)}
              {placeholder.optional && <span class="visually-hidden"> ({t('options.letters.optionalDetail')})</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
