import { browser } from './browser-api';

/** The mail sites Tactful works on, as the manifest's content scripts name them. */
export function mailOrigins(): string[] {
  return browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
}
