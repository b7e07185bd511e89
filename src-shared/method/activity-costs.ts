import type { ProgrammeSnapshot } from '../model';
import { lineAmount } from './budget';
import { logframeCodes } from './numbering';
import { compareCodes } from './code-order';

/**
 * The budget seen from the logframe: each activity's cost as the matrix states it beside the budget
 * lines attached to it (a line's « Activité »). The budget screen lists the differences, the matrix
 * shows each activity's lines, and the readiness check can call `activityCostGaps`.
 */

export interface ActivityBudget {
  activityId: string;
  /** A1.1.1 */
  code: string;
  text: string;
  /** The cost stated in the logframe; null when none is written. */
  stated: number | null;
  lines: Array<{ id: string; label: string; amount: number }>;
  /** Sum of the attached lines, to the cent. */
  linesTotal: number;
  /** linesTotal − stated (positive: the lines cost more than stated); null when no cost is stated. */
  gap: number | null;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Every activity of the logframe, in matrix order, with its attached lines. */
export function activityBudgets(s: Pick<ProgrammeSnapshot, 'logframe' | 'budgetLines'>): ActivityBudget[] {
  const codes = logframeCodes(s.logframe);
  const byActivity = new Map<string, ActivityBudget['lines']>();
  for (const line of s.budgetLines) {
    if (!line.activityId) continue;
    const list = byActivity.get(line.activityId) ?? [];
    list.push({ id: line.id, label: line.label, amount: cents(lineAmount(line)) });
    byActivity.set(line.activityId, list);
  }
  return s.logframe
    .filter((r) => r.level === 'activity')
    .map((r) => {
      const lines = byActivity.get(r.id) ?? [];
      const linesTotal = cents(lines.reduce((sum, l) => sum + l.amount, 0));
      return {
        activityId: r.id,
        code: codes.get(r.id) ?? '',
        text: r.text,
        stated: r.cost,
        lines,
        linesTotal,
        gap: r.cost === null ? null : cents(linesTotal - r.cost),
      };
    })
    .sort((a, b) => compareCodes(a.code, b.code));
}

/**
 * The activities whose cost stated in the logframe differs from their attached budget lines (to the
 * cent). An activity with no stated cost is not a difference: there is nothing to compare.
 */
export function activityCostGaps(s: Pick<ProgrammeSnapshot, 'logframe' | 'budgetLines'>): ActivityBudget[] {
  return activityBudgets(s).filter((a) => a.gap !== null && a.gap !== 0);
}
