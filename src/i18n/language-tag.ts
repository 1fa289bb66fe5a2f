/** The language of a browser language tag, lower case: "sl-SI" → "sl", "en_GB" → "en". */
export function baseLanguage(tag: string | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}
