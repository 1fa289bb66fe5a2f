import type { i18n } from 'i18next';
import type { ChecklistItem } from './checklist';

interface Props {
  i18n: i18n;
  items: readonly ChecklistItem[];
  onNotNeeded(id: string, on: boolean): void;
}

/** What an ending letter closes out, ticked off as the fields fill. A guide: Insert never waits for it. */
export function Checklist({ i18n, items, onNotNeeded }: Props) {
  const t = i18n.t;
  const open = items.filter((item) => !item.done).length;
  return (
    <section class="checklist" data-tactful="checklist" aria-labelledby="tactful-checklist-title">
      <h4 id="tactful-checklist-title">{t('panel.checklist.title')}</h4>
      <p class="hint">{open === 0 ? t('panel.checklist.allDone') : t('panel.checklist.hint')}</p>
      <ul>
        {items.map((item) => {
          const name = t(`panel.checklist.items.${item.id}`);
          const saidByField = item.done && !item.notNeeded;
          return (
            <li key={item.id} data-tactful="checklist-item" data-item={item.id} data-done={String(item.done)}>
              <span class="item-name">
                <span class="mark" aria-hidden="true">{item.done ? '✓' : '○'}</span>
                {name}
                <span class="visually-hidden"> — {t(item.done ? 'panel.checklist.done' : 'panel.checklist.open')}</span>
              </span>
              {!saidByField && (
                <label class="not-needed">
                  <input
                    type="checkbox"
                    data-tactful="checklist-not-needed"
                    checked={item.notNeeded}
                    aria-label={t('panel.checklist.notNeededFor', { item: name })}
                    onChange={(event) => onNotNeeded(item.id, event.currentTarget.checked)}
                  />
                  <span aria-hidden="true">{t('panel.checklist.notNeeded')}</span>
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
