import type { i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { COMMANDS } from '../platform/messages';
import { CHROME_SHORTCUTS_PAGE, type ShortcutAccess, type ShortcutKeys } from './shortcut-settings';

interface Props {
  i18n: i18n;
  shortcuts: ShortcutAccess;
}

/** The keys of Tactful's two commands, and the way to the browser's page that changes them. */
export function ShortcutsSection({ i18n, shortcuts }: Props) {
  const t = i18n.t;
  const [keys, setKeys] = useState<ShortcutKeys | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [openFailed, setOpenFailed] = useState(false);

  useEffect(() => {
    const lifetime = new AbortController();
    const refresh = async () => {
      try {
        const read = await shortcuts.read();
        if (lifetime.signal.aborted) return;
        setKeys(read);
        setUnreadable(false);
      } catch {
        if (!lifetime.signal.aborted) setUnreadable(true);
      }
    };
    void refresh();
    // Coming back from the browser's shortcut page shows the keys just chosen.
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void refresh(), { signal: lifetime.signal });
    return () => lifetime.abort();
  }, [shortcuts]);

  return (
    <section id="shortcuts" class="card" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('options.shortcuts.title')}</h2>
      {unreadable ? (
        <p class="hint">{t('options.shortcuts.unreadable')}</p>
      ) : (
        <dl class="shortcut-list">
          {COMMANDS.map((name) => (
            <div key={name} data-command={name}>
              <dt>{t(`options.shortcuts.commands.${name}`)}</dt>
              <dd>{keys?.[name] ? <kbd dir="ltr">{keys[name]}</kbd> : <span class="hint">{keys ? t('options.shortcuts.notSet') : '…'}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      {shortcuts.way === 'directions' ? (
        <p data-tactful="shortcut-directions">{t('options.shortcuts.directions')}</p>
      ) : (
        <button type="button" data-tactful="shortcut-settings" onClick={() => void shortcuts.openSettings().catch(() => setOpenFailed(true))}>
          {t('options.shortcuts.change')}
        </button>
      )}
      {openFailed && (
        <p role="note" class="hint">
          {t('options.shortcuts.openFailed', { address: shortcuts.way === 'chrome-page' ? CHROME_SHORTCUTS_PAGE : 'about:addons' })}
        </p>
      )}
    </section>
  );
}
