import { todayIso } from '../letters/dates';
import { buildExport } from '../storage/import-export';
import type { UserData } from '../storage/user-data';

/** tactful-export-YYYY-MM-DD.json, dated in the user's own time zone. */
export function exportFileName(now: Date): string {
  return `tactful-export-${todayIso(now)}.json`;
}

export function exportText(data: Pick<UserData, 'profile' | 'overrides' | 'custom'>, now: Date): string {
  return `${JSON.stringify(buildExport(data, now), null, 2)}\n`;
}

/** Hand a text file to the browser's downloads, without any permission or network request. */
export function downloadText(name: string, text: string, doc: Document = document, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later rather than at once: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
