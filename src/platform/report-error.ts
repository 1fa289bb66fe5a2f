/**
 * An action that failed is said once in the console, prefixed so a bug report can quote it:
 * what was being done, and the error's kind and message. Never the letter, fields or addresses.
 */
export function reportError(action: string, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : '';
  console.error(`Tactful: ${action} failed: ${kind}${message ? `: ${message}` : ''}`);
}
