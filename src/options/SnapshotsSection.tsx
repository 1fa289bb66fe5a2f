import type { i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { StorageAreas } from '../storage/areas';
import { listSnapshots, type Snapshot } from '../storage/snapshots';
import type { UserData } from '../storage/user-data';
import type { LetterLibrary } from '../ui/letter-library';
import { uiLocale } from '../i18n/languages';

interface Props {
  i18n: i18n;
  data: UserData;
  library: LetterLibrary;
  areas: StorageAreas;
  /** Bring a snapshot back (keeping one of what it replaces); false when that failed (already said why). */
  restore(snapshot: Snapshot): Promise<boolean>;
}

/** The automatic snapshots, newest first, each with what it was taken before and a way back to it. */
export function SnapshotsSection({ i18n, data, library, areas, restore }: Props) {
  const t = i18n.t;
  const [snapshots, setSnapshots] = useState<Snapshot[] | null>(null);
  const [busy, setBusy] = useState(false);

  // Every change that takes a snapshot also changes the data: listed again after each.
  useEffect(() => {
    let current = true;
    void listSnapshots(areas).then((list) => current && setSnapshots(list), () => current && setSnapshots([]));
    return () => {
      current = false;
    };
  }, [areas, data]);

  const timeFormat = new Intl.DateTimeFormat(uiLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  const known = new Set(library.scenarios.map((scenario) => scenario.id));
  const items = (snapshot: Snapshot) => {
    const customName = (id: string) => snapshot.custom.find((c) => c.id === id)?.name ?? data.custom.find((c) => c.id === id)?.name ?? id;
    const names = [
      ...(snapshot.changes.profile.length > 0 ? [t('options.nav.profile')] : []),
      ...snapshot.changes.letters.map((id) => (known.has(id) ? library.name(id) : t('history.removedSituation'))),
      ...snapshot.changes.custom.map(customName),
    ];
    return names.map((name) => `\u2068${name}\u2069`).join(t('options.listSeparator'));
  };

  const bringBack = async (snapshot: Snapshot) => {
    setBusy(true);
    try {
      await restore(snapshot);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="snapshots" class="card" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">{t('snapshots.title')}</h2>
      <p class="intro">{t('snapshots.intro')}</p>
      {snapshots && snapshots.length === 0 && <p data-tactful="no-backups">{t('snapshots.none')}</p>}
      {snapshots && snapshots.length > 0 && (
        <ol class="snapshot-list">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} data-tactful="backup" data-backup-id={snapshot.id} data-reason={snapshot.reason}>
              <time dateTime={snapshot.takenAt}>{timeFormat.format(new Date(snapshot.takenAt))}</time>
              {' · '}
              <span>{t(`snapshots.reason.${snapshot.reason}`, { items: items(snapshot) })}</span>{' '}
              <button type="button" data-tactful="restore-backup" disabled={busy} onClick={() => void bringBack(snapshot)}>
                {t('snapshots.restore')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
