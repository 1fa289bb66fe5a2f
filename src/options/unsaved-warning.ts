import { useEffect } from 'preact/hooks';

/** While there are unsaved edits, leaving or reloading the page asks first. */
export function useUnsavedWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const lifetime = new AbortController();
    window.addEventListener('beforeunload', (event) => event.preventDefault(), { signal: lifetime.signal });
    return () => lifetime.abort();
  }, [unsaved]);
}
