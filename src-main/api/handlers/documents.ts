import type { documentsCommands } from '../../../src-shared/api/documents';
import type { AppContext } from '../../services/app';
import type { Handlers } from './types';

export function createDocumentsHandlers(app: AppContext): Handlers<keyof typeof documentsCommands> {
  void app;
  return {};
}
