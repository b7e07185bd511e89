import { useCallback, useState } from 'react';

/** A yes/no choice of the officer's kept across launches (this machine only), e.g. a collapsed help panel. */
export function useRememberedFlag(key: string, initial: boolean): [boolean, (value: boolean) => void] {
  const read = () => {
    const stored = localStorage.getItem(key);
    return stored === null ? initial : stored === '1';
  };
  const [state, setState] = useState<{ key: string; value: boolean }>(() => ({ key, value: read() }));
  // Another screen, another choice: read it again when the key changes.
  const value = state.key === key ? state.value : read();
  const set = useCallback(
    (next: boolean) => {
      localStorage.setItem(key, next ? '1' : '0');
      setState({ key, value: next });
    },
    [key],
  );
  return [value, set];
}
