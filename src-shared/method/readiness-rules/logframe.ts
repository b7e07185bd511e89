import type { LogframeRow, ProgrammeSnapshot } from '../../model';
import { logframeCodes } from '../numbering';
import type { ReadinessItem } from '../readiness';
import { blank, inTreeOrder, item } from './item';

const childrenOf = (rows: readonly LogframeRow[], id: string) => rows.filter((r) => r.parentId === id);

/** An overall objective with at least one specific objective. */
export function logframeGoal(s: ProgrammeSnapshot): ReadinessItem[] {
  const goal = s.logframe.find((r) => r.level === 'goal');
  if (!goal) return [item('logframe', 'logframeGoalMissing', 'logframe.addGoal')];
  if (childrenOf(s.logframe, goal.id).length === 0) return [item('logframe', 'logframeNoSpecific', `logframe.${goal.id}.addChild`)];
  return [];
}

/** Every row says what it is (the intervention logic column). */
export function logframeTexts(s: ProgrammeSnapshot): ReadinessItem[] {
  const codes = logframeCodes(s.logframe);
  return inTreeOrder(s.logframe)
    .filter((r) => blank(r.text))
    .map((r) => item('logframe', 'logframeRowText', `logframe.${r.id}.text`, { subject: r.id, params: { code: codes.get(r.id) ?? '' } }));
}

/** Each specific objective has results, each result has activities (read bottom-up: if…, then…). */
export function logframeChildren(s: ProgrammeSnapshot): ReadinessItem[] {
  const codes = logframeCodes(s.logframe);
  const out: ReadinessItem[] = [];
  for (const row of inTreeOrder(s.logframe)) {
    if ((row.level === 'specific' || row.level === 'result') && childrenOf(s.logframe, row.id).length === 0) {
      out.push(
        item('logframe', row.level === 'specific' ? 'logframeSpecificWithoutResult' : 'logframeResultWithoutActivity', `logframe.${row.id}.addChild`, {
          subject: row.id,
          params: { code: codes.get(row.id) ?? '' },
        }),
      );
    }
  }
  return out;
}

/** Assumptions of specific objectives and results (what must hold, outside the programme's control). */
export function logframeAssumptions(s: ProgrammeSnapshot): ReadinessItem[] {
  const codes = logframeCodes(s.logframe);
  return inTreeOrder(s.logframe)
    .filter((r) => (r.level === 'specific' || r.level === 'result') && blank(r.assumptions))
    .map((r) =>
      item('logframe', 'logframeAssumptions', `logframe.${r.id}.assumptions`, { subject: r.id, severity: 'warning', params: { code: codes.get(r.id) ?? '' } }),
    );
}

/** Activities carry their means (what they need). */
export function logframeMeans(s: ProgrammeSnapshot): ReadinessItem[] {
  const codes = logframeCodes(s.logframe);
  return inTreeOrder(s.logframe)
    .filter((r) => r.level === 'activity' && blank(r.means))
    .map((r) => item('logframe', 'logframeMeans', `logframe.${r.id}.means`, { subject: r.id, severity: 'warning', params: { code: codes.get(r.id) ?? '' } }));
}
