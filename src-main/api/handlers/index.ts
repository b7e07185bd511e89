import type { CommandName } from '../../../src-shared/api/contract';
import type { AppContext } from '../../services/app';
import { createArchiveHandlers } from './archive';
import { createAuthoringHandlers } from './authoring';
import { createCoreHandlers } from './core';
import { createDeclarationsHandlers } from './declarations';
import { createDocumentsHandlers } from './documents';
import { createExecutionHandlers } from './execution';
import { createJobsHandlers } from './jobs';
import { createPlanningHandlers } from './planning';
import type { Handlers } from './types';
import { JobRegistry } from '../../workers/jobs';

/** Every command of the contract has exactly one handler (the type checks it). */
export function createHandlers(app: AppContext): Handlers<CommandName> {
  const jobs = new JobRegistry();
  return {
    ...createCoreHandlers(app),
    ...createAuthoringHandlers(app),
    ...createPlanningHandlers(app),
    ...createDocumentsHandlers(app, jobs),
    ...createArchiveHandlers(app, jobs),
    ...createJobsHandlers(jobs),
    ...createExecutionHandlers(app, jobs),
    ...createDeclarationsHandlers(app, jobs),
  };
}
