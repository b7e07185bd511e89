import { describe, expect, it } from 'vitest';
import { budgetTotals, lineAmount, toPartnerCurrency } from '../../src-shared/method/budget';
import { completeProgramme, IDS } from './readiness-fixture';

describe('budget totals', () => {
  it('amount = quantity × unit cost, without float drift', () => {
    expect(lineAmount({ quantity: 3, unitCost: 0.1 })).toBe(0.3);
    expect(lineAmount({ quantity: 12, unitCost: 1050 })).toBe(12_600);
  });

  it('totals by category, year, side and nature; revenue by funder with shares; balance', () => {
    const s = completeProgramme();
    const t = budgetTotals({
      ...s,
      budgetLines: [
        ...s.budgetLines,
        { ...s.budgetLines[0]!, id: 'c0000000-0000-7000-8000-000000000009', side: 'partner', nature: 'in_kind', year: 2028, quantity: 2, unitCost: 250.5 },
      ],
    });
    expect(t.expenses).toBe(11_501);
    expect(t.byCategory.missions).toBe(10_501);
    expect(t.byCategory.monitoring_evaluation).toBe(1000);
    expect(t.byCategory.personnel).toBe(0);
    expect(t.bySide).toEqual({ france: 11_000, partner: 501 });
    expect(t.byNature).toEqual({ cash: 11_000, in_kind: 501 });
    expect(t.byYear).toEqual([
      { year: 2027, expenses: 10_000, revenue: 11_000 },
      { year: 2028, expenses: 501, revenue: 0 },
      { year: 2029, expenses: 1000, revenue: 0 },
    ]);
    expect(t.revenue).toBe(11_000);
    expect(t.balance).toBe(-501);
    expect(t.balanced).toBe(false);
    const state = t.byFunder.find((f) => f.funderId === IDS.funderState)!;
    expect(state.total).toBe(7000);
    expect(state.share).toBeCloseTo(7000 / 11_000);
    const partner = t.byFunder.find((f) => f.funderId === IDS.funderPartner)!;
    expect(partner).toMatchObject({ cash: 0, inKind: 1000 });
    expect(t.byFunder.reduce((sum, f) => sum + f.share, 0)).toBeCloseTo(1);
    expect(t.byFunderKind.state_meae).toBe(7000);
  });

  it('balances exactly when revenue equals expenses, even with cents', () => {
    const s = completeProgramme();
    const t = budgetTotals({
      ...s,
      budgetLines: [{ ...s.budgetLines[0]!, quantity: 3, unitCost: 0.1 }],
      contributions: [
        { ...s.contributions[0]!, amount: 0.1 },
        { ...s.contributions[1]!, amount: 0.2 },
      ],
    });
    expect(t.balanced).toBe(true);
    expect(t.balance).toBe(0);
  });

  it('shares are 0 when there is no revenue yet', () => {
    const s = completeProgramme();
    expect(budgetTotals({ ...s, contributions: [] }).byFunder.every((f) => f.share === 0)).toBe(true);
  });

  it('converts to the partner currency at a fixed rate, or not at all', () => {
    expect(toPartnerCurrency(1000, 655.957)).toBe(655_957);
    expect(toPartnerCurrency(1000, null)).toBeNull();
  });
});
