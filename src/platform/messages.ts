import type { RenderedLetter } from '../letters/render';
import type { LetterLanguage } from '../letters/types';

/** Messages between the service worker, content scripts and the extension's pages. */
export const COMMANDS = ['open-panel', 'insert-last'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CommandMessage {
  type: 'tactful:command';
  command: CommandName;
}

export function isCommandName(value: unknown): value is CommandName {
  return COMMANDS.includes(value as CommandName);
}

export function isCommandMessage(value: unknown): value is CommandMessage {
  const message = value as Partial<CommandMessage> | null;
  return message?.type === 'tactful:command' && isCommandName(message.command);
}

/** Content scripts cannot read the command shortcuts themselves; the service worker can. */
export interface ShortcutsRequest {
  type: 'tactful:get-shortcuts';
}

export type Shortcuts = Partial<Record<CommandName, string>>;

export function isShortcutsRequest(value: unknown): value is ShortcutsRequest {
  return (value as Partial<ShortcutsRequest> | null)?.type === 'tactful:get-shortcuts';
}

/**
 * A letter to print: what the print page lays out as a formal letter. The panel sends it to the
 * service worker, which keeps it under a one-time id and opens the print page with that id.
 */
export interface PrintDocument {
  /** The rendered letter (see letters/render.ts): its language, direction, subject and pieces. */
  letter: Pick<RenderedLetter, 'lang' | 'dir' | 'subject' | 'pieces'>;
  /** The letterhead; the signature line (phone, website) already ends the letter's body. */
  sender: { name: string; business: string };
  recipient: string;
  /** The letter's date (ISO), written on the page in the letter's locale and calendar. */
  date: string;
  /** Nepali letters only: Bikram Sambat or Gregorian. */
  calendar: 'bs' | 'ad';
  /** The panel's language, for the page's own words. */
  uiLanguage: LetterLanguage;
}

export interface PrintRequest {
  type: 'tactful:print';
  document: PrintDocument;
}

/** The print page asks for its letter by the id in its address. */
export interface PrintDocumentRequest {
  type: 'tactful:print-document';
  id: string;
}
