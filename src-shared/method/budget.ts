import {
  BUDGET_CATEGORIES,
  type BudgetCategory,
  type BudgetLine,
  type FunderKind,
  type Nature,
  type ProgrammeSnapshot,
  type Side,
} from '../model';

/** Amounts are kept in cents while summing, so totals never drift by a rounding error. */
const cents = (euros: number) => Math.round(euros * 100);
const euros = (c: number) => c / 100;

/** amount = quantity × unit cost (derived, never stored). */
export function lineAmount(line: Pick<BudgetLine, 'quantity' | 'unitCost'>): number {
  return euros(Math.round(line.quantity * line.unitCost * 100));
}

export interface FunderTotal {
  funderId: string;
  name: string;
  kind: FunderKind;
  cash: number;
  inKind: number;
  total: number;
  /** Share of the total revenue (0–1); 0 when there is no revenue yet. */
  share: number;
}

export interface BudgetTotals {
  expenses: number;
  revenue: number;
  /** revenue − expenses: 0 when the financing plan balances. */
  balance: number;
  balanced: boolean;
  byCategory: Record<BudgetCategory, number>;
  /** Years in ascending order; lines without a year are under the key "none". */
  byYear: Array<{ year: number | null; expenses: number; revenue: number }>;
  bySide: Record<Side, number>;
  byNature: Record<Nature, number>;
  byFunder: FunderTotal[];
  byFunderKind: Partial<Record<FunderKind, number>>;
}

function add<K extends string | number | null>(map: Map<K, number>, key: K, value: number) {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** Every total the budget screen, the rule sets, the readiness check and the documents need. */
export function budgetTotals(s: Pick<ProgrammeSnapshot, 'budgetLines' | 'funders' | 'contributions'>): BudgetTotals {
  let expenses = 0;
  const byCategory = new Map<BudgetCategory, number>();
  const yearExp = new Map<number | null, number>();
  const yearRev = new Map<number | null, number>();
  const bySide = new Map<Side, number>();
  const byNature = new Map<Nature, number>();
  for (const line of s.budgetLines) {
    const c = cents(lineAmount(line));
    expenses += c;
    add(byCategory, line.category, c);
    add(yearExp, line.year, c);
    add(bySide, line.side, c);
    add(byNature, line.nature, c);
  }
  let revenue = 0;
  const funderCash = new Map<string, number>();
  const funderKind = new Map<string, number>();
  for (const contribution of s.contributions) {
    const c = cents(contribution.amount);
    revenue += c;
    add(yearRev, contribution.year, c);
    if (contribution.nature === 'in_kind') add(funderKind, contribution.funderId, c);
    else add(funderCash, contribution.funderId, c);
  }
  const byFunder = s.funders.map((f): FunderTotal => {
    const cash = funderCash.get(f.id) ?? 0;
    const inKind = funderKind.get(f.id) ?? 0;
    return {
      funderId: f.id,
      name: f.name,
      kind: f.kind,
      cash: euros(cash),
      inKind: euros(inKind),
      total: euros(cash + inKind),
      share: revenue > 0 ? (cash + inKind) / revenue : 0,
    };
  });
  const byFunderKind: Partial<Record<FunderKind, number>> = {};
  for (const f of byFunder) byFunderKind[f.kind] = euros(cents(byFunderKind[f.kind] ?? 0) + cents(f.total));
  const years = [...new Set([...yearExp.keys(), ...yearRev.keys()])].sort((a, b) => (a ?? 99_999) - (b ?? 99_999));
  return {
    expenses: euros(expenses),
    revenue: euros(revenue),
    balance: euros(revenue - expenses),
    balanced: revenue === expenses,
    byCategory: Object.fromEntries(BUDGET_CATEGORIES.map((k) => [k, euros(byCategory.get(k) ?? 0)])) as Record<BudgetCategory, number>,
    byYear: years.map((year) => ({ year, expenses: euros(yearExp.get(year) ?? 0), revenue: euros(yearRev.get(year) ?? 0) })),
    bySide: { france: euros(bySide.get('france') ?? 0), partner: euros(bySide.get('partner') ?? 0) },
    byNature: { cash: euros(byNature.get('cash') ?? 0), in_kind: euros(byNature.get('in_kind') ?? 0) },
    byFunder,
    byFunderKind,
  };
}

/** Amount in the partner's currency at the programme's fixed rate (units per euro), or null. */
export function toPartnerCurrency(amount: number, rate: number | null): number | null {
  return rate && rate > 0 ? Math.round(amount * rate * 100) / 100 : null;
}
