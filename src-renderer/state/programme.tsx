import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../src-shared/api/contract';
import type { EditResult } from '../../src-shared/api/define';
import {
  applyChanges,
  type CollectionKey,
  type DepartementSettings,
  type ProgrammeSnapshot,
  type SectionKey,
} from '../../src-shared/model';
import { ApiError, call } from '../api';

export type SaveState = 'saved' | 'saving' | 'error';

export interface ProgrammeApi {
  snapshot: ProgrammeSnapshot;
  settings: DepartementSettings;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  lastError: ApiError | null;
  /** Runs any command; a write's changes are applied to the local snapshot. Errors are shown, then rethrown. */
  run<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
  add(collection: CollectionKey, fields?: Record<string, unknown>, index?: number): Promise<string>;
  update(collection: CollectionKey, id: string, fields: Record<string, unknown>): Promise<void>;
  remove(collection: CollectionKey, id: string): Promise<void>;
  move(collection: CollectionKey, id: string, index: number, parentId?: string | null): Promise<void>;
  updateSection(section: SectionKey, fields: Record<string, unknown>): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  reload(): Promise<void>;
  clearError(): void;
}

const ProgrammeContext = createContext<ProgrammeApi | null>(null);

export function useProgramme(): ProgrammeApi {
  const value = useContext(ProgrammeContext);
  if (!value) throw new Error('useProgramme outside ProgrammeProvider');
  return value;
}

const isEditResult = (value: unknown): value is EditResult =>
  typeof value === 'object' && value !== null && Array.isArray((value as EditResult).changes) && 'programmeId' in value;

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
  const [snapshot, setSnapshot] = useState<ProgrammeSnapshot | null>(null);
  const [settings, setSettings] = useState<DepartementSettings | null>(null);
  const [undoState, setUndoState] = useState({ canUndo: false, canRedo: false });
  const [pending, setPending] = useState(0);
  const [lastError, setLastError] = useState<ApiError | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  // Commands run one after another so their changes apply in the order the store wrote them.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const reload = useCallback(async () => {
    try {
      const [got, s] = await Promise.all([call('programme.get', { programmeId }), call('settings.get', {})]);
      setSnapshot(got.snapshot);
      setUndoState({ canUndo: got.canUndo, canRedo: got.canRedo });
      setSettings(s);
      setLoadError(null);
    } catch (error) {
      setLoadError(error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }));
    }
  }, [programmeId]);

  useEffect(() => {
    setSnapshot(null);
    void reload();
  }, [reload]);

  const run = useCallback(
    <N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>> => {
      setPending((n) => n + 1);
      const task = queue.current.then(async () => {
        try {
          const value = await call(name, input);
          if (isEditResult(value) && value.programmeId === programmeId) {
            setSnapshot((s) => (s ? { ...applyChanges(s, value.changes), updatedAt: value.updatedAt } : s));
            setUndoState({ canUndo: value.canUndo, canRedo: value.canRedo });
          }
          if (name === 'settings.update') setSettings(value as DepartementSettings);
          setLastError(null);
          return value;
        } catch (error) {
          const apiError = error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) });
          setLastError(apiError);
          onError?.(apiError);
          throw apiError;
        } finally {
          setPending((n) => n - 1);
        }
      });
      queue.current = task.catch(() => undefined);
      return task;
    },
    [programmeId, onError],
  );

  const api = useMemo<ProgrammeApi | null>(() => {
    if (!snapshot || !settings) return null;
    return {
      snapshot,
      settings,
      ...undoState,
      saveState: lastError ? 'error' : pending > 0 ? 'saving' : 'saved',
      lastError,
      run,
      add: async (collection, fields = {}, index) => {
        const result = await run('entity.add', { programmeId, collection, fields, ...(index === undefined ? {} : { index }) });
        return result.createdId ?? '';
      },
      update: async (collection, id, fields) => {
        await run('entity.update', { programmeId, collection, id, fields });
      },
      remove: async (collection, id) => {
        await run('entity.remove', { programmeId, collection, id });
      },
      move: async (collection, id, index, parentId) => {
        await run('entity.move', { programmeId, collection, id, index, ...(parentId === undefined ? {} : { parentId }) });
      },
      updateSection: async (section, fields) => {
        await run('section.update', { programmeId, section, fields });
      },
      undo: async () => {
        await run('history.undo', { programmeId });
      },
      redo: async () => {
        await run('history.redo', { programmeId });
      },
      reload,
      clearError: () => setLastError(null),
    };
  }, [snapshot, settings, undoState, pending, lastError, run, programmeId, reload]);

  if (!api) return <>{fallback(loadError)}</>;
  return <ProgrammeContext.Provider value={api}>{children}</ProgrammeContext.Provider>;
}
