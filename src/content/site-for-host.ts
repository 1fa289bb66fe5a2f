import { gmailAdapter } from '../sites/gmail/adapter';
import { outlookAdapter } from '../sites/outlook/adapter';
import type { SiteAdapter } from '../sites/types';

export function siteForHost(host: string): SiteAdapter | null {
  if (host === 'mail.google.com') return gmailAdapter;
  if (/^outlook\.(live|office|office365)\.com$|^outlook\.cloud\.microsoft$/.test(host)) return outlookAdapter;
  return null;
}
