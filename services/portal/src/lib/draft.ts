import { useEffect, useRef } from 'react';

interface DraftForm<T> {
  values: T;
  setValues: (values: Partial<T>) => void;
  isDirty: () => boolean;
}

/**
 * Keeps what was typed in a form across a reload of the tab (sessionStorage: gone with the tab),
 * leaving out the fields named in `secret` (a password is never stored).
 */
export function useFormDraft<T extends Record<string, unknown>>(
  key: string,
  form: DraftForm<T>,
  secret: (keyof T)[] = [],
): { clear: () => void } {
  const storageKey = `certhub.draft.${key}`;
  const done = useRef(false);
  useEffect(() => {
    const saved = sessionStorage.getItem(storageKey);
    if (!saved) return;
    try {
      form.setValues(JSON.parse(saved) as Partial<T>);
    } catch {
      sessionStorage.removeItem(storageKey);
    }
    // Restore once, on arrival.
  }, [storageKey]);
  useEffect(() => {
    // Untouched (or not restored yet): nothing to keep, and a saved draft must not be overwritten.
    if (done.current || !form.isDirty()) return;
    const kept = Object.fromEntries(Object.entries(form.values).filter(([name]) => !secret.includes(name)));
    sessionStorage.setItem(storageKey, JSON.stringify(kept));
  }, [storageKey, form, secret]);
  return {
    // Sent: the draft is gone and stays gone while the page still shows the values.
    clear: () => {
      done.current = true;
      sessionStorage.removeItem(storageKey);
    },
  };
}
