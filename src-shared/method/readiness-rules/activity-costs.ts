import type { ProgrammeSnapshot } from '../../model';
import { activityCostGaps } from '../activity-costs';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

/**
 * An activity whose cost in the logframe differs from the budget lines attached to it: the council
 * would read two amounts for one activity. A warning (either side may be the one to correct), pointing
 * at the activity's row of the budget screen's comparison table.
 */
export function activityCostsMatchBudget(s: ProgrammeSnapshot): ReadinessItem[] {
  return activityCostGaps(s).map((a) =>
    item('budget', blank(a.text) ? 'activityCostGapUntitled' : 'activityCostGap', `activityCost.${a.activityId}`, {
      subject: a.activityId,
      severity: 'warning',
      params: { code: a.code, text: a.text.trim(), stated: a.stated ?? 0, lines: a.linesTotal },
    }),
  );
}
