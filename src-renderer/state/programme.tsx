import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ReadinessItem } from '../../src-shared/method';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';
import type { ApiError } from '../api';
import { createProgrammeStore, saveStateOf, type ProgrammeActions, type ProgrammeState, type ProgrammeStore, type SaveState } from './store';

export type { SaveState } from './store';
/** The commands and current snapshot that rows receive as a prop (never changes identity). */
export type ProgrammeApi = ProgrammeActions;

/**
 * React's view of the programme store (state/store.ts): the provider holds one store per programme;
 * screens read it through selectors, each re-rendering only when the value it selects changes.
 */

const StoreContext = createContext<ProgrammeStore | null>(null);

function useStore(): ProgrammeStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('A programme screen outside ProgrammeProvider');
  return store;
}

/** The loaded state (the provider renders its children only once it is loaded). */
const loaded = (store: ProgrammeStore): ProgrammeState => store.getState()!;

/** Reads one value of the programme's state; the component re-renders only when that value changes (Object.is). */
export function useProgrammeSelector<T>(select: (state: ProgrammeState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(loaded(store)));
}

/** Commands and the current snapshot for handlers: one object that never changes, so it re-renders nothing. */
export function useActions(): ProgrammeActions {
  return useStore();
}

export const useSnapshot = (): ProgrammeSnapshot => useProgrammeSelector((s) => s.snapshot);
export const useSettings = (): AuthoritySettings => useProgrammeSelector((s) => s.settings);
export const useSaveState = (): SaveState => useProgrammeSelector(saveStateOf);
export const useLastError = (): ApiError | null => useProgrammeSelector((s) => s.lastError);
export const useUndoState = (): { canUndo: boolean; canRedo: boolean } => {
  const canUndo = useProgrammeSelector((s) => s.canUndo);
  const canRedo = useProgrammeSelector((s) => s.canRedo);
  return useMemo(() => ({ canUndo, canRedo }), [canUndo, canRedo]);
};

/** The readiness items of the programme, computed once per snapshot revision for every reader. */
export function useReadiness(): ReadinessItem[] {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => store.readiness());
}

export interface ProgrammeView extends ProgrammeActions {
  snapshot: ProgrammeSnapshot;
  settings: AuthoritySettings;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The programme as a screen edits it: snapshot, settings, undo state and the commands. It re-renders
 * with an edit of the programme, never with the save indicator's ticks (useSaveState reads those).
 */
export function useProgramme(): ProgrammeView {
  const actions = useActions();
  const snapshot = useSnapshot();
  const settings = useSettings();
  const { canUndo, canRedo } = useUndoState();
  return useMemo(
    () => ({
      ...bind(actions),
      snapshot,
      settings,
      canUndo,
      canRedo,
    }),
    [actions, snapshot, settings, canUndo, canRedo],
  );
}

// The store's methods as own properties (spreading the store would read its `snapshot` getter once).
function bind(a: ProgrammeActions): ProgrammeActions {
  return {
    get snapshot() {
      return a.snapshot;
    },
    run: a.run,
    add: a.add,
    update: a.update,
    remove: a.remove,
    move: a.move,
    updateSection: a.updateSection,
    undo: a.undo,
    redo: a.redo,
    reload: a.reload,
    clearError: a.clearError,
  };
}

export function ProgrammeProvider({
  programmeId,
  children,
  fallback,
  onError,
}: {
  programmeId: string;
  children: ReactNode;
  fallback: (error: ApiError | null) => ReactNode;
  onError?: (error: ApiError) => void;
}) {
  const [store, setStore] = useState<ProgrammeStore | null>(null);
  const [, setLoaded] = useState(0);
  useEffect(() => {
    const next = createProgrammeStore(programmeId, onError ? { onWriteError: onError } : {});
    let live = true;
    setStore(null);
    void next.reload().then(() => {
      if (!live) return;
      setStore(next);
      setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [programmeId, onError]);

  if (!store || !store.getState()) return <>{fallback(store?.getLoadError() ?? null)}</>;
  return <ProgrammeStoreProvider store={store}>{children}</ProgrammeStoreProvider>;
}

/** Gives screens a loaded store (the provider above, or a test's own store). */
export function ProgrammeStoreProvider({ store, children }: { store: ProgrammeStore; children?: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}
