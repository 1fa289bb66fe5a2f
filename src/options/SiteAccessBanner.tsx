import type { i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { SiteAccess } from './options-environment';

/**
 * Firefox lets users withdraw an add-on's access to sites; without it the button never shows
 * in Gmail or Outlook. Say so plainly and offer to ask again.
 */
export function SiteAccessBanner({ i18n, access }: { i18n: i18n; access: SiteAccess }) {
  const t = i18n.t;
  const [granted, setGranted] = useState(true);
  useEffect(() => {
    void access.granted().then(setGranted, () => undefined);
  }, [access]);
  if (granted) return null;
  const ask = async () => setGranted(await access.request().catch(() => false));
  return (
    <section class="card site-access" data-tactful="site-access" aria-labelledby="tactful-site-access">
      <h2 id="tactful-site-access">{t('options.access.title')}</h2>
      <p>{t('options.access.text')}</p>
      <button type="button" class="primary" onClick={() => void ask()}>
        {t('options.access.grant')}
      </button>
    </section>
  );
}
