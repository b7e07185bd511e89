import type { jobsCommands } from '../../../src-shared/api/jobs';
import type { JobRegistry } from '../../workers/jobs';
import type { Handlers } from './types';

/** Following and cancelling the long commands (documents, archives, Excel) by their jobId. */
export function createJobsHandlers(jobs: JobRegistry): Handlers<keyof typeof jobsCommands> {
  return {
    'jobs.progress': ({ jobId }) => jobs.progress(jobId),
    'jobs.cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}
