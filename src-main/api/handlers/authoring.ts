import type { authoringCommands } from '../../../src-shared/api/authoring';
import type { AppContext } from '../../services/app';
import type { Handlers } from './types';

export function createAuthoringHandlers(app: AppContext): Handlers<keyof typeof authoringCommands> {
  void app;
  return {};
}
