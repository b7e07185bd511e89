import type { CommandName } from '../../../src-shared/api/contract';
import type { AppContext } from '../../services/app';
import { createArchiveHandlers } from './archive';
import { createAuthoringHandlers } from './authoring';
import { createCoreHandlers } from './core';
import { createDocumentsHandlers } from './documents';
import { createPlanningHandlers } from './planning';
import type { Handlers } from './types';

/** Every command of the contract has exactly one handler (the type checks it). */
export function createHandlers(app: AppContext): Handlers<CommandName> {
  return {
    ...createCoreHandlers(app),
    ...createAuthoringHandlers(app),
    ...createPlanningHandlers(app),
    ...createDocumentsHandlers(app),
    ...createArchiveHandlers(app),
  };
}
