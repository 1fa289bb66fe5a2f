import { content_scripts as contentScripts } from '../../manifest.json';
import { gmailAdapter } from '../sites/gmail/adapter';
import { outlookAdapter } from '../sites/outlook/adapter';
import type { SiteAdapter } from '../sites/types';

/** The mail hosts, from the one list in manifest.json (its content-script matches). */
const MAIL_HOSTS = contentScripts.flatMap((script) => script.matches).map((match) => new URL(match.replace(/\*$/, '')).hostname);

/** The host whose mail page this is; an about:blank popup (Outlook's popped-out compose) inherits its opener's origin. */
export function pageHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return new URL(self.origin).hostname;
  } catch {
    return '';
  }
}

/** Gmail on its one host; every other mail host in the manifest is Outlook on the web. */
export function siteForHost(host: string): SiteAdapter | null {
  if (!MAIL_HOSTS.includes(host)) return null;
  return host === 'mail.google.com' ? gmailAdapter : outlookAdapter;
}
