import type { archiveCommands } from '../../../src-shared/api/archive';
import type { AppContext } from '../../services/app';
import type { Handlers } from './types';

export function createArchiveHandlers(app: AppContext): Handlers<keyof typeof archiveCommands> {
  void app;
  return {};
}
