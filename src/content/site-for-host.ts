import { gmailAdapter } from '../sites/gmail/adapter';
import { outlookAdapter } from '../sites/outlook/adapter';
import type { SiteAdapter } from '../sites/types';

/** The host whose mail page this is; an about:blank popup (Outlook's popped-out compose) inherits its opener's origin. */
export function pageHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return new URL(self.origin).hostname;
  } catch {
    return '';
  }
}

export function siteForHost(host: string): SiteAdapter | null {
  if (host === 'mail.google.com') return gmailAdapter;
  if (/^outlook\.(live|office|office365)\.com$|^outlook\.cloud\.microsoft$/.test(host)) return outlookAdapter;
  return null;
}
