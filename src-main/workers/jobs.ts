import { CommandError } from '../../src-shared/api/errors';
import type { JobProgress, JobState } from '../../src-shared/api/jobs';

/** What a long command receives to report its progress and learn it was cancelled. */
export interface JobControl {
  signal: AbortSignal;
  progress: (done: number, total: number) => void;
}

interface Entry {
  controller: AbortController;
  done: number;
  total: number;
  state: JobState;
}

/** Ended jobs and early cancels kept, so a last poll still reads how the command ended. */
const KEPT = 100;

/**
 * The long commands running in this process, by the jobId their caller chose: their progress for
 * jobs.progress, their AbortController for jobs.cancel (the signal reaches the worker pool, which stops
 * the worker). One registry per dispatcher; both transports go through it.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();

  /**
   * Runs `work` as the job `jobId` (none: a job nobody can follow or cancel). When it was cancelled and
   * fails — from the pool or at a check before writing — it answers `cancelled`, whatever the failure.
   */
  async run<T>(jobId: string | undefined, work: (job: JobControl) => Promise<T>): Promise<T> {
    const known = jobId === undefined ? undefined : this.jobs.get(jobId);
    if (known?.state === 'running') throw new CommandError('conflict', 'A command with this jobId is already running.');
    const entry: Entry = { controller: new AbortController(), done: 0, total: 0, state: 'running' };
    // A cancel that arrived before the command started (it waited behind a write) stops it at once.
    if (known?.state === 'cancelled') entry.controller.abort();
    if (jobId !== undefined) this.keep(jobId, entry);
    const progress = (done: number, total: number) => {
      entry.done = done;
      entry.total = total;
    };
    try {
      entry.controller.signal.throwIfAborted();
      const value = await work({ signal: entry.controller.signal, progress });
      entry.state = 'done';
      return value;
    } catch (error) {
      if (!entry.controller.signal.aborted) {
        entry.state = 'failed';
        throw error;
      }
      entry.state = 'cancelled';
      throw new CommandError('cancelled', 'The operation was cancelled: nothing was changed.');
    }
  }

  progress(jobId: string): JobProgress {
    const entry = this.jobs.get(jobId);
    return entry ? { done: entry.done, total: entry.total, state: entry.state } : { done: 0, total: 0, state: 'unknown' };
  }

  /** Stops a running job; a job not started yet is marked so that it stops when it starts. */
  cancel(jobId: string): { state: JobState } {
    const entry = this.jobs.get(jobId);
    if (!entry) {
      this.keep(jobId, { controller: new AbortController(), done: 0, total: 0, state: 'cancelled' });
      return { state: 'cancelled' };
    }
    if (entry.state === 'running') entry.controller.abort();
    return { state: entry.state === 'running' ? 'running' : entry.state };
  }

  private keep(jobId: string, entry: Entry): void {
    this.jobs.delete(jobId);
    this.jobs.set(jobId, entry);
    for (const [id, old] of this.jobs) {
      if (this.jobs.size <= KEPT) break;
      if (old.state !== 'running') this.jobs.delete(id);
    }
  }
}
