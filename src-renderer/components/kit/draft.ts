import { useEffect, useRef, useState } from 'react';
import { shownAsFailedSave } from '../../state/store';

const COMMIT_DELAY_MS = 700;

/**
 * The one draft of the kit, shared by the labelled fields and the table cells: a local draft that is
 * committed on blur or after a pause, so typing only re-renders the control being typed in and each
 * pause becomes one undoable revision. Outside changes (undo, another screen) replace the draft when
 * the user is not editing.
 */
export function useDraft<T>(value: T, onCommit: (v: T) => unknown, equals: (a: T, b: T) => boolean = Object.is) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, value, onCommit, equals });
  latest.current = { ...latest.current, value, onCommit, equals };

  useEffect(() => {
    if (!editing.current) {
      setDraft(value);
      latest.current.draft = value;
    }
  }, [value]);

  const commit = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft: d, value: v, onCommit: c, equals: eq } = latest.current;
    if (!eq(d, v)) void Promise.resolve(c(d)).catch(shownAsFailedSave);
  };
  useEffect(() => () => commit(), []);

  return {
    draft,
    change(next: T) {
      editing.current = true;
      setDraft(next);
      latest.current.draft = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(commit, COMMIT_DELAY_MS);
    },
    blur() {
      editing.current = false;
      commit();
    },
    /** Saves now (before a command that depends on the text, e.g. adding a sibling). */
    flush: commit,
  };
}
