import type { i18n } from 'i18next';
import { useState } from 'preact/hooks';
import type { LetterLibrary } from '../ui/letter-library';
import { isEmptyPreview, previewImport, type ImportPreview } from '../storage/import-export';
import type { ExportFile } from '../storage/schema';
import type { UserData } from '../storage/user-data';
import { downloadText, exportFileName, exportText } from './export-file';
import { readImportFile, type ImportFileError } from './import-file';
import type { Notify } from './notice';
import { uiLocale } from '../i18n/languages';

interface Props {
  i18n: i18n;
  data: UserData;
  library: LetterLibrary;
  /** Write an imported file's profile and letters; false when a write failed (already said why). */
  applyImport(file: ExportFile): Promise<boolean>;
  notify: Notify;
}

const PREVIEW_GROUPS = ['profileChanges', 'lettersAdded', 'lettersChanged', 'lettersRemoved', 'customAdded', 'customChanged', 'customRemoved'] as const;

function sizeText(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

/** Export everything to a file; import such a file after showing what it would change. */
export function BackupSection({ i18n, data, library, applyImport, notify }: Props) {
  const t = i18n.t;
  const [pending, setPending] = useState<{ file: ExportFile; preview: ImportPreview } | null>(null);

  const exportAll = () => {
    const now = new Date();
    const name = exportFileName(now);
    downloadText(name, exportText(data, now));
    notify({ kind: 'status', text: t('options.backup.exported', { file: name }) });
  };

  const errorText = (error: ImportFileError) => {
    switch (error.kind) {
      case 'tooLarge':
        return t('options.backup.errors.tooLarge', { size: sizeText(error.bytes, uiLocale(i18n.language)) });
      case 'unknownVersion':
        return t('options.backup.errors.unknownVersion', { version: String(error.version ?? '?') });
      case 'invalidSchema':
        return t('options.backup.errors.invalidSchema', { path: error.path || '/' });
      default:
        return t(`options.backup.errors.${error.kind}`);
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    // Cleared so choosing the same file again reads it again.
    input.value = '';
    if (!chosen) return;
    setPending(null);
    const result = await readImportFile(chosen);
    if (!result.ok) {
      notify({ kind: 'alert', text: errorText(result.error) });
      return;
    }
    setPending({ file: result.file, preview: previewImport(data, result.file) });
  };

  const apply = async () => {
    if (!pending) return;
    if (!(await applyImport(pending.file))) return;
    setPending(null);
    notify({ kind: 'status', text: t('options.backup.applied') });
  };

  const customName = (id: string) => pending?.file.custom.find((c) => c.id === id)?.name ?? data.custom.find((c) => c.id === id)?.name ?? id;
  const itemName = (group: (typeof PREVIEW_GROUPS)[number], item: string) => {
    if (group === 'profileChanges') return t(`options.profile.${item === 'reminderOffsets' ? 'offsets' : item}`, { defaultValue: item });
    if (group.startsWith('custom')) return customName(item);
    return i18n.exists(`scenarios.${item}.name`) ? library.name(item) : item;
  };

  return (
    <section id="backup" class="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('options.backup.title')}</h2>
      <p class="intro">{t('options.backup.intro')}</p>
      <div class="backup-actions">
        <button type="button" data-tactful="export" onClick={exportAll}>
          {t('options.backup.export')}
        </button>
        <label class="file-choice">
          <span>{t('options.backup.import')}</span>
          <input type="file" accept=".json,application/json" data-tactful="import" onChange={(event) => void choose(event.currentTarget)} />
        </label>
      </div>
      {pending && (
        <div class="import-preview" data-tactful="import-preview" aria-labelledby="import-preview-title">
          <h3 id="import-preview-title">{t('options.backup.previewTitle')}</h3>
          {isEmptyPreview(pending.preview) ? (
            <p data-tactful="import-unchanged">{t('options.backup.nothingChanges')}</p>
          ) : (
            <dl>
              {PREVIEW_GROUPS.filter((group) => pending.preview[group].length > 0).map((group) => (
                <div key={group} data-group={group}>
                  <dt>{t(`options.backup.${group}`)}</dt>
                  <dd>{pending.preview[group].map((item) => itemName(group, item)).join(t('options.listSeparator'))}</dd>
                </div>
              ))}
            </dl>
          )}
          <div class="form-actions">
            <button type="button" class="primary" data-tactful="apply-import" onClick={() => void apply()}>
              {t('options.backup.apply')}
            </button>
            <button
              type="button"
              data-tactful="cancel-import"
              onClick={() => {
                setPending(null);
                notify({ kind: 'status', text: t('options.backup.cancelled') });
              }}
            >
              {t('options.backup.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
