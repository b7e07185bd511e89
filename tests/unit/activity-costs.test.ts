import { describe, expect, it } from 'vitest';
import { activityBudgets, activityCostGaps } from '../../src-shared/method/activity-costs';
import { BudgetLine, type ProgrammeSnapshot } from '../../src-shared/model';
import { completeProgramme, IDS } from './readiness-fixture';

/** A111 states 132 000 €; two lines attached to it come to 180 000 €; A211 states nothing. */
function programme(): ProgrammeSnapshot {
  const s = completeProgramme();
  const line = (id: string, label: string, quantity: number, unitCost: number, activityId: string | null) =>
    BudgetLine.parse({ id, label, category: 'missions', year: 2027, quantity, unitCost, activityId });
  return {
    ...s,
    logframe: s.logframe.map((r) => (r.id === IDS.a111 ? { ...r, cost: 132_000 } : r.id === IDS.a211 ? { ...r, cost: null } : r)),
    budgetLines: [
      line('c0000000-0000-7000-8000-000000000001', 'Formateurs', 12, 10_000, IDS.a111),
      line('c0000000-0000-7000-8000-000000000002', 'Salles', 2, 30_000, IDS.a111),
      line('c0000000-0000-7000-8000-000000000003', 'Frais de gestion', 1, 5_000, null),
    ],
  };
}

describe('activity costs: logframe against the attached budget lines', () => {
  it('gives each activity its attached lines and their total, in code order', () => {
    const all = activityBudgets(programme());
    expect(all.map((a) => a.code)).toEqual(['A1.1.1', 'A2.1.1']);
    expect(all[0]).toMatchObject({ stated: 132_000, linesTotal: 180_000, gap: 48_000 });
    expect(all[0]!.lines.map((l) => [l.label, l.amount])).toEqual([
      ['Formateurs', 120_000],
      ['Salles', 60_000],
    ]);
    expect(all[1]).toMatchObject({ stated: null, lines: [], linesTotal: 0, gap: null });
  });

  it('lists only the activities whose stated cost differs from their lines', () => {
    expect(activityCostGaps(programme()).map((a) => a.activityId)).toEqual([IDS.a111]);
    const agreed = programme();
    agreed.logframe = agreed.logframe.map((r) => (r.id === IDS.a111 ? { ...r, cost: 180_000 } : r));
    expect(activityCostGaps(agreed)).toEqual([]);
  });

  it('counts a stated cost with no line attached as a difference (nothing in the budget pays for it)', () => {
    const s = programme();
    s.budgetLines = [];
    expect(activityCostGaps(s)).toMatchObject([{ activityId: IDS.a111, linesTotal: 0, gap: -132_000 }]);
  });
});
