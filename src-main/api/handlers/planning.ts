import type { planningCommands } from '../../../src-shared/api/planning';
import { applyRuleSet, updateBudgetRule } from '../../../src-shared/edits/budget';
import { addIndicator, addIndicatorTarget, addMonitoringValue, setSdgTargets } from '../../../src-shared/edits/indicators';
import { addLogframeRow, moveLogframeRow, setActivityDates } from '../../../src-shared/edits/logframe';
import type { ProgrammeSnapshot } from '../../../src-shared/model';
import type { EditContext } from '../../../src-shared/edits/context';
import { countByStep, gate } from '../../../src-shared/method';
import { SHIPPED_RULE_SETS } from '../../../src-shared/method/rulesets';
import type { AppContext } from '../../services/app';
import type { Handlers } from './types';

type Creator = (s: ProgrammeSnapshot, ctx: EditContext) => { snapshot: ProgrammeSnapshot; id: string };

export function createPlanningHandlers(app: AppContext): Handlers<keyof typeof planningCommands> {
  const p = app.programmes;
  /** Runs an edit that creates an entity and returns its id with the result. */
  const create = (programmeId: string, command: string, creator: Creator) => {
    let createdId = '';
    const result = p.edit(programmeId, command, (s, ctx) => {
      const added = creator(s, ctx);
      createdId = added.id;
      return added.snapshot;
    });
    return { ...result, createdId };
  };
  return {
    'logframe.addRow': ({ programmeId, level, parentId, index, fields }) =>
      create(programmeId, 'logframe.addRow', (s, ctx) => addLogframeRow(s, { level, parentId, index, fields }, ctx)),
    'logframe.moveRow': ({ programmeId, id, parentId, index }) =>
      p.edit(programmeId, 'logframe.moveRow', (s) => moveLogframeRow(s, id, parentId, index)),
    'logframe.setDates': ({ programmeId, id, startDate, endDate }) =>
      p.edit(programmeId, 'logframe.setDates', (s) => setActivityDates(s, id, startDate, endDate)),
    'indicator.add': ({ programmeId, logframeId, fields }) =>
      create(programmeId, 'indicator.add', (s, ctx) => addIndicator(s, logframeId, fields ?? {}, ctx)),
    'indicator.setSdgTargets': ({ programmeId, id, codes }) =>
      p.edit(programmeId, 'indicator.setSdgTargets', (s) => setSdgTargets(s, id, codes)),
    'indicator.addTarget': ({ programmeId, indicatorId, fields }) =>
      create(programmeId, 'indicator.addTarget', (s, ctx) => addIndicatorTarget(s, indicatorId, fields ?? {}, ctx)),
    'indicator.addValue': ({ programmeId, indicatorId, fields }) =>
      create(programmeId, 'indicator.addValue', (s, ctx) => addMonitoringValue(s, indicatorId, fields ?? {}, ctx)),
    'budget.applyRuleSet': ({ programmeId, ruleSetId }) =>
      p.edit(programmeId, 'budget.applyRuleSet', (s) => applyRuleSet(s, ruleSetId)),
    'budget.updateRule': ({ programmeId, ruleId, fields }) =>
      p.edit(programmeId, 'budget.updateRule', (s) => updateBudgetRule(s, ruleId, fields)),
    'budget.ruleSets': () => SHIPPED_RULE_SETS,
    'readiness.check': ({ programmeId }) => {
      const { items, ready } = gate(p.get(programmeId), app.settings.get());
      return { ready, items, counts: countByStep(items) };
    },
  };
}
