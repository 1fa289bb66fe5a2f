import type { i18n } from 'i18next';
import type { Notice } from './notice';

interface Props {
  i18n: i18n;
  notice: Notice | null;
  onDismiss(): void;
}

/** The page's two live regions; both always exist so screen readers announce what appears. */
export function NoticeBar({ i18n, notice, onDismiss }: Props) {
  const t = i18n.t;
  const shown = (kind: Notice['kind']) =>
    notice?.kind === kind && (
      <>
        <span class="notice-text">{notice.text}</span>
        {notice.undo && (
          <button type="button" class="link" onClick={notice.undo}>
            {t('options.undo')}
          </button>
        )}
        <button type="button" class="icon" aria-label={t('options.dismiss')} title={t('options.dismiss')} onClick={onDismiss}>
          ×
        </button>
      </>
    );
  return (
    <div class="notices">
      <div role="alert" class="notice notice-alert">{shown('alert')}</div>
      <div role="status" class="notice notice-status">{shown('status')}</div>
    </div>
  );
}
