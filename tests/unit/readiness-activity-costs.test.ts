import { describe, expect, it } from 'vitest';
import { catalogueText } from '../../src-shared/i18n';
import { gate } from '../../src-shared/method';
import { activityCostsMatchBudget } from '../../src-shared/method/readiness-rules/activity-costs';
import type { ProgrammeSnapshot } from '../../src-shared/model';
import { completeProgramme, completeSettings, IDS } from './readiness-fixture';

const costOf = (s: ProgrammeSnapshot, id: string, cost: number | null, text?: string): ProgrammeSnapshot => ({
  ...s,
  logframe: s.logframe.map((r) => (r.id === id ? { ...r, cost, ...(text !== undefined ? { text } : {}) } : r)),
});

/** The programme of issue 12: 132 000 € stated in the logframe, 180 000 € of lines attached to the activity. */
function issueTwelve(): ProgrammeSnapshot {
  const s = costOf(completeProgramme(), IDS.a111, 132_000);
  return {
    ...s,
    budgetLines: [
      ...s.budgetLines.map((l) => ({ ...l, activityId: null })),
      { id: 'c0000000-0000-7000-8000-000000000001', label: 'Formateurs', category: 'missions', year: 2027, quantity: 12, unitCost: 10_000, activityId: IDS.a111 },
      { id: 'c0000000-0000-7000-8000-000000000002', label: 'Salles', category: 'missions', year: 2027, quantity: 2, unitCost: 30_000, activityId: IDS.a111 },
    ],
  } as ProgrammeSnapshot;
}

describe('readiness: activity costs of the logframe against the budget lines', () => {
  it('warns, naming the activity by code and wording with both amounts, in council French', () => {
    const items = activityCostsMatchBudget(issueTwelve());
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ step: 'budget', severity: 'warning', focus: `activityCost.${IDS.a111}` });
    expect(catalogueText('fr', items[0]!.messageKey, items[0]!.params)).toBe(
      'A1.1.1 «\u202fFormer les éducateurs\u202f»\u202f: le cadre logique prévoit 132\u202f000\u202f€, les lignes de budget rattachées totalisent 180\u202f000\u202f€.',
    );
    expect(catalogueText('en', items[0]!.messageKey, items[0]!.params)).toBe(
      'A1.1.1 “Former les éducateurs”: the logframe states €132,000, the budget lines attached to it total €180,000.',
    );
  });

  it('is part of the gate as a warning: it does not block the package', () => {
    const g = gate(issueTwelve(), completeSettings());
    expect(g.items.filter((i) => i.rule === 'activityCostGap')).toHaveLength(1);
    expect(g.blocking.filter((i) => i.rule === 'activityCostGap')).toEqual([]);
  });

  it('an activity with no wording is named by its code alone (never « » with nothing inside)', () => {
    const [found] = activityCostsMatchBudget(costOf(issueTwelve(), IDS.a111, 132_000, '  '));
    const text = catalogueText('fr', found!.messageKey, found!.params);
    expect(text).toBe('A1.1.1\u202f: le cadre logique prévoit 132\u202f000\u202f€, les lignes de budget rattachées totalisent 180\u202f000\u202f€.');
  });

  it('says nothing when the amounts agree to the cent, or when the logframe states no cost', () => {
    expect(activityCostsMatchBudget(costOf(issueTwelve(), IDS.a111, 180_000))).toEqual([]);
    expect(activityCostsMatchBudget(costOf(issueTwelve(), IDS.a111, null))).toEqual([]);
  });

  it('a stated cost with no line attached is a difference: nothing in the budget pays for it', () => {
    const s = costOf({ ...completeProgramme(), budgetLines: completeProgramme().budgetLines.map((l) => ({ ...l, activityId: null })) }, IDS.a111, 5_000);
    const [found] = activityCostsMatchBudget(s);
    expect(found!.params).toMatchObject({ code: 'A1.1.1', stated: 5000, lines: 0 });
  });
});
