import type { i18n } from 'i18next';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Scenario, ScenarioGroup } from '../letters/types';
import type { LetterLibrary } from './letter-library';

const GROUPS: readonly ScenarioGroup[] = ['ending', 'before-ending', 'payment'];

interface Props {
  i18n: i18n;
  library: LetterLibrary;
  query: string;
  activeId: string | null;
  chosenId: string | null;
  onQuery(query: string): void;
  onActive(id: string | null): void;
  onChoose(id: string): void;
}

/** Matching is done on what the user reads: the names and hints in the UI language. */
export function filterScenarios(i18n: i18n, library: LetterLibrary, query: string): Scenario[] {
  const words = query.toLocaleLowerCase(i18n.language).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...library.scenarios];
  return library.scenarios.filter((scenario) => {
    const haystack = `${library.name(scenario.id)} ${library.hint(scenario.id)} ${i18n.t(`groups.${scenario.group}`)}`.toLocaleLowerCase(i18n.language);
    return words.every((word) => haystack.includes(word));
  });
}

const optionId = (id: string) => `tactful-option-${id}`;

/** A search box over a listbox of situations: type to filter, arrows to move, Enter to choose. */
export function ScenarioPicker({ i18n, library, query, activeId, chosenId, onQuery, onActive, onChoose }: Props) {
  const t = i18n.t;
  const visible = useMemo(() => filterScenarios(i18n, library, query), [i18n, library, query]);
  const listRef = useRef<HTMLDivElement>(null);
  const active = visible.find((s) => s.id === activeId) ?? null;

  useEffect(() => {
    if (activeId) listRef.current?.querySelector(`#${optionId(activeId)}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const move = (step: number) => {
    if (visible.length === 0) return;
    const index = active ? visible.indexOf(active) : -1;
    const next = visible[(index + step + visible.length) % visible.length];
    onActive(next?.id ?? null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && active) {
      event.preventDefault();
      onChoose(active.id);
    }
  };

  return (
    <div class="picker">
      <label class="visually-hidden" for="tactful-search">{t('panel.search')}</label>
      <input
        id="tactful-search"
        data-tactful="search"
        type="search"
        aria-autocomplete="list"
        aria-controls="tactful-scenarios"
        aria-activedescendant={active ? optionId(active.id) : undefined}
        placeholder={t('panel.searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {/* Focusable too, so the scrolling list can be reached and driven without the search box. */}
      <div
        id="tactful-scenarios"
        role="listbox"
        tabIndex={0}
        aria-label={t('panel.scenarios')}
        aria-activedescendant={active ? optionId(active.id) : undefined}
        // Once a situation is chosen the list shrinks, leaving room for its fields and preview.
        class={`listbox${chosenId && query === '' ? ' compact' : ''}`}
        ref={listRef}
        onKeyDown={onKeyDown}
      >
        {GROUPS.map((group) => {
          const items = visible.filter((s) => s.group === group);
          if (items.length === 0) return null;
          return (
            <div role="group" aria-labelledby={`tactful-group-${group}`} key={group}>
              <div class="group-label" id={`tactful-group-${group}`} role="presentation">{t(`groups.${group}`)}</div>
              {items.map((scenario) => (
                <div
                  key={scenario.id}
                  id={optionId(scenario.id)}
                  role="option"
                  data-tactful="scenario"
                  data-scenario-id={scenario.id}
                  aria-selected={scenario.id === chosenId ? 'true' : 'false'}
                  class={`option${scenario.id === activeId ? ' active' : ''}`}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onChoose(scenario.id)}
                >
                  <span class="option-name">{library.name(scenario.id)}</span>
                  <span class="option-hint">{library.hint(scenario.id)}</span>
                </div>
              ))}
            </div>
          );
        })}
        {visible.length === 0 && <p class="empty">{t('panel.noMatch', { query })}</p>}
      </div>
    </div>
  );
}
