import { z } from 'zod';
import { type CommandSpec, control } from './define';

/**
 * A long command (the document package, an archive export or import, an Excel export) may carry a jobId
 * the caller generates (a UUID): with it, the caller follows the command's progress and can cancel it
 * while it runs. A cancelled command answers `cancelled` and has changed nothing.
 */
export const JobId = z.uuid();
export const WithJob = { jobId: JobId.optional() };

/** `unknown`: no command with this id has run here (or it ended long ago). */
export type JobState = 'running' | 'done' | 'failed' | 'cancelled' | 'unknown';
export interface JobProgress {
  done: number;
  /** 0 while the command does not yet know how many steps it has. */
  total: number;
  state: JobState;
}

export const jobsCommands = {
  'jobs.progress': control(z.strictObject({ jobId: JobId }), z.custom<JobProgress>()),
  /**
   * Asks the command to stop; its own answer says whether it did (`cancelled`) or had already passed the
   * point where it writes (its result). A cancel sent before the command starts stops it at its start.
   */
  'jobs.cancel': control(z.strictObject({ jobId: JobId }), z.custom<{ state: JobState }>()),
} satisfies Record<string, CommandSpec>;
