/** Messages between the service worker and content scripts. */
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
