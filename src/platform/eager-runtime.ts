/**
 * The two extension calls the eager content script makes. Both behave alike on `chrome.*` and
 * `browser.*`, so the polyfill (3 KB gzipped) can wait for the panel's chunk.
 */
interface EagerRuntime {
  runtime: { id?: string; onMessage: { addListener(listener: (message: unknown) => void): void } };
  i18n: { getMessage(name: string): string };
}

const scope = globalThis as unknown as { browser?: EagerRuntime; chrome?: EagerRuntime };

export const eagerRuntime: EagerRuntime = (scope.browser ?? scope.chrome)!;
