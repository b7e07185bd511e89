import { CONTRACT, type CommandInput, type CommandName, type CommandOutput } from '../../src-shared/api/contract';
import { noteDamage, readSettings } from './recovery';
import type { EditResult } from '../../src-shared/api/define';
import { readiness, type ReadinessItem } from '../../src-shared/method';
import {
  applyChanges,
  type CollectionKey,
  type AuthoritySettings,
  type ProgrammeSnapshot,
  type SectionKey,
} from '../../src-shared/model';
import { ApiError, call } from '../api';

/**
 * The renderer's one store of the programme being edited: a plain object outside React that screens
 * read through selectors (state/programme.tsx), so a component re-renders only when the part it reads
 * changes. Every command goes through `run`, which routes it by the contract's `kind`:
 * - a write waits its turn in one queue (its changes apply in the order the store wrote them); a
 *   refused write is a failed save: the save indicator and the error banner show it;
 * - a query runs once the writes before it are answered, and its refusal goes back to its caller only
 *   (a preview that cannot be built is not a failed save).
 */

export type SaveState = 'saved' | 'saving' | 'error';

export interface ProgrammeState {
  snapshot: ProgrammeSnapshot;
  settings: AuthoritySettings;
  canUndo: boolean;
  canRedo: boolean;
  /** Writes sent and not yet answered. */
  pending: number;
  /** The last refused write, until the next write succeeds or the officer dismisses it. */
  lastError: ApiError | null;
}

export type Transport = <N extends CommandName>(name: N, input: CommandInput<N>) => Promise<CommandOutput<N>>;

export interface RunOptions {
  /**
   * Who reports a refused write: the save indicator and banner (an edit that failed to save, the
   * default), or only the caller (an imported file refused for its content is not a failed save).
   */
  refusal?: 'save' | 'caller';
}

export interface ProgrammeActions {
  /** The snapshot as it is now (for event handlers; components read it through a selector). */
  readonly snapshot: ProgrammeSnapshot;
  run<N extends CommandName>(name: N, input: CommandInput<N>, options?: RunOptions): Promise<CommandOutput<N>>;
  add(collection: CollectionKey, fields?: Record<string, unknown>, index?: number): Promise<string>;
  update(collection: CollectionKey, id: string, fields: Record<string, unknown>): Promise<void>;
  remove(collection: CollectionKey, id: string): Promise<void>;
  move(collection: CollectionKey, id: string, index: number, parentId?: string | null): Promise<void>;
  /**
   * `fields`, or a function that makes them from the snapshot as it stands when the write's turn comes (after every
   * write sent before it): how one part of a nested value (one of the vote's numbers) is saved without erasing another
   * part written a moment before and not yet answered.
   */
  updateSection(section: SectionKey, fields: Record<string, unknown> | ((snapshot: ProgrammeSnapshot) => Record<string, unknown>)): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Reads the programme and settings again (after an import replaced them). */
  reload(): Promise<void>;
  clearError(): void;
}

export interface ProgrammeStore extends ProgrammeActions {
  getState(): ProgrammeState | null;
  /** The load error, when the programme could not be read. */
  getLoadError(): ApiError | null;
  subscribe(listener: () => void): () => void;
  /** Readiness of the current snapshot and settings, computed once per revision. */
  readiness(): ReadinessItem[];
}

/**
 * The `.catch` of a write whose refusal is already on screen: the store turned it into a failed save
 * (the save indicator reads "Non enregistré" and the banner says why), so its caller has nothing to add.
 */
export const shownAsFailedSave = (): void => undefined;

export const saveStateOf = (s: Pick<ProgrammeState, 'pending' | 'lastError'>): SaveState =>
  s.lastError ? 'error' : s.pending > 0 ? 'saving' : 'saved';

const isEditResult = (value: unknown): value is EditResult =>
  typeof value === 'object' && value !== null && Array.isArray((value as EditResult).changes) && 'programmeId' in value;

export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) });

// One queue for every write of this window, programme screens and app pages alike (import, backups):
// writes reach the main process in the order they were made. The chain itself never rejects.
let writeQueue: Promise<unknown> = Promise.resolve();

function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const result = writeQueue.then(task);
  writeQueue = result.then(
    () => undefined,
    () => undefined,
  );
  return result;
}

/**
 * Runs a command outside a programme screen (the list, import, backups), routed by its kind like the
 * store's: writes wait their turn in the window's one queue, queries wait for the writes before them,
 * and control commands (jobs.progress, jobs.cancel) wait for nothing — a cancel queued behind the
 * export it cancels would arrive after it. Refusals go back to the caller, which shows them.
 */
export function runCommand<N extends CommandName>(name: N, input: CommandInput<N>, transport: Transport = call): Promise<CommandOutput<N>> {
  const kind = CONTRACT[name].kind;
  const task =
    kind === 'control'
      ? Promise.resolve().then(() => transport(name, input))
      : kind === 'query'
        ? writeQueue.then(() => transport(name, input))
        : enqueue(() => transport(name, input));
  return task.catch((error: unknown) => Promise.reject(asApiError(error)));
}

export function createProgrammeStore(
  programmeId: string,
  options: { transport?: Transport; onWriteError?: (error: ApiError) => void } = {},
): ProgrammeStore {
  const send: Transport = options.transport ?? call;
  let state: ProgrammeState | null = null;
  let loadError: ApiError | null = null;
  const listeners = new Set<() => void>();
  let readinessCache: { snapshot: ProgrammeSnapshot; settings: AuthoritySettings; items: ReadinessItem[] } | null = null;

  const set = (patch: Partial<ProgrammeState>) => {
    if (!state) return;
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };

  const reload = async () => {
    try {
      // Damaged settings or rows do not stop the programme from opening: RecoveryBanners says what is lost.
      const [got, settings] = await Promise.all([send('programme.get', { programmeId }), readSettings(send)]);
      noteDamage(programmeId, got.damaged);
      state = { snapshot: got.snapshot, settings, canUndo: got.canUndo, canRedo: got.canRedo, pending: state?.pending ?? 0, lastError: null };
      loadError = null;
    } catch (error) {
      loadError = asApiError(error);
    }
    for (const l of listeners) l();
  };

  const applyWrite = (name: CommandName, value: unknown) => {
    if (!state) return;
    if (isEditResult(value) && value.programmeId === programmeId) {
      set({
        snapshot: { ...applyChanges(state.snapshot, value.changes), updatedAt: value.updatedAt },
        canUndo: value.canUndo,
        canRedo: value.canRedo,
        lastError: null,
      });
    } else if (name === 'settings.update') {
      set({ settings: value as AuthoritySettings, lastError: null });
    } else {
      set({ lastError: null });
    }
  };

  function run<N extends CommandName>(name: N, input: CommandInput<N>, runOptions: RunOptions = {}): Promise<CommandOutput<N>> {
    // A query waits for the writes sent before it (it must see them), without holding up the ones after it;
    // a control command (following or cancelling a job) waits for nothing.
    if (CONTRACT[name].kind !== 'write') return runCommand(name, input, send);
    return write(name, () => input, runOptions);
  }

  /** A write in the window's queue; its input is made when its turn comes. */
  function write<N extends CommandName>(name: N, makeInput: () => CommandInput<N>, runOptions: RunOptions = {}): Promise<CommandOutput<N>> {
    if (state) set({ pending: state.pending + 1 });
    // The caller of the returned promise gets (and must handle) a refusal; the queue goes on.
    return enqueue(async () => {
      try {
        const value = await send(name, makeInput());
        applyWrite(name, value);
        return value;
      } catch (error) {
        const apiError = asApiError(error);
        if (runOptions.refusal !== 'caller') {
          set({ lastError: apiError });
          options.onWriteError?.(apiError);
        }
        throw apiError;
      } finally {
        if (state) set({ pending: state.pending - 1 });
      }
    });
  }

  const current = () => {
    if (!state) throw new Error('The programme is not loaded yet.');
    return state;
  };

  return {
    getState: () => state,
    getLoadError: () => loadError,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readiness() {
      const s = current();
      if (!readinessCache || readinessCache.snapshot !== s.snapshot || readinessCache.settings !== s.settings) {
        readinessCache = { snapshot: s.snapshot, settings: s.settings, items: readiness(s.snapshot, s.settings) };
      }
      return readinessCache.items;
    },
    get snapshot() {
      return current().snapshot;
    },
    run,
    async add(collection, fields = {}, index) {
      const result = await run('entity.add', { programmeId, collection, fields, ...(index === undefined ? {} : { index }) });
      return result.createdId ?? '';
    },
    async update(collection, id, fields) {
      await run('entity.update', { programmeId, collection, id, fields });
    },
    async remove(collection, id) {
      await run('entity.remove', { programmeId, collection, id });
    },
    async move(collection, id, index, parentId) {
      await run('entity.move', { programmeId, collection, id, index, ...(parentId === undefined ? {} : { parentId }) });
    },
    async updateSection(section, fields) {
      await write('section.update', () => ({ programmeId, section, fields: typeof fields === 'function' ? fields(current().snapshot) : fields }));
    },
    async undo() {
      await run('history.undo', { programmeId });
    },
    async redo() {
      await run('history.redo', { programmeId });
    },
    reload,
    clearError: () => set({ lastError: null }),
  };
}
