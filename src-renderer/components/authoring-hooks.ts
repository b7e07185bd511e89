import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useActions, useReadiness, useSnapshot, type ProgrammeApi } from '../state/programme';

/**
 * Readiness messages by DOM id: a field shows, under itself, what the readiness check counts as
 * missing there (the item whose `focus` is the field's id). The readiness itself is computed once per
 * snapshot revision by the store, however many fields ask.
 */
export function useMissing(): (domId: string) => string | null {
  const { t } = useTranslation();
  const items = useReadiness();
  const byFocus = useMemo(() => {
    const map = new Map<string, string>();
    for (const item of items) {
      if (!item.focus) continue;
      // Several items can point at one place (both parties missing): say them all.
      const text = t(item.messageKey, item.params ?? {});
      const before = map.get(item.focus);
      map.set(item.focus, before ? `${before} ${text}` : text);
    }
    return map;
  }, [items, t]);
  return useCallback((domId: string) => byFocus.get(domId) ?? null, [byFocus]);
}

/**
 * The programme's commands behind a reference that never changes, so memoised rows (60 stakeholders,
 * 80 tree nodes) do not re-render when another row is saved; `p.snapshot` reads the current snapshot.
 */
export function useStableProgramme(): ProgrammeApi {
  return useActions();
}

/** Focuses an element by DOM id once it exists (after a command added it); one pending target at a time. */
export function useFocusLater(): (domId: string) => void {
  const pending = useRef<string | null>(null);
  const snapshot = useSnapshot();
  useEffect(() => {
    const id = pending.current;
    if (!id) return;
    const el = document.getElementById(id);
    if (el) {
      pending.current = null;
      el.focus();
    }
  }, [snapshot]);
  return useCallback((domId: string) => {
    const el = document.getElementById(domId);
    if (el) el.focus();
    else pending.current = domId;
  }, []);
}

/** Asks once before a destructive action (it can be undone afterwards). */
export function confirmOnce(message: string): boolean {
  return window.confirm(message);
}
