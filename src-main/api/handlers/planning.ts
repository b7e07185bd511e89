import type { planningCommands } from '../../../src-shared/api/planning';
import type { AppContext } from '../../services/app';
import type { Handlers } from './types';

export function createPlanningHandlers(app: AppContext): Handlers<keyof typeof planningCommands> {
  void app;
  return {};
}
