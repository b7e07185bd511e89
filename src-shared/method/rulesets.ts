import type { BudgetRule, FunderKind, ProgrammeSnapshot, RuleSet } from '../model';
import { monthsBetween } from '../i18n/format';
import { budgetTotals, type BudgetTotals } from './budget';

/**
 * Co-financing rule sets are data: a call's thresholds change from year to year and the officer may
 * edit them. The shipped set gathers the thresholds seen in the State's recent calls (DOMAIN.md §2.6).
 */
export const SHIPPED_RULE_SETS: readonly RuleSet[] = [
  {
    id: 'meae-2024-2025',
    name: 'Appels à projets MEAE (2024–2025)',
    rules: [
      // State share up to 70 % of the budget (90 % for least-developed countries, 2024).
      { id: 'state-max', kind: 'max_funder_share', enabled: true, funderKinds: ['state_meae'], percent: 70, percentLdc: 90 },
      // French local authorities at least 10 % of the budget (2025)…
      { id: 'french-authorities-min', kind: 'min_funder_share', enabled: true, funderKinds: ['departement', 'other_french_authority'], percent: 10 },
      // …of which in-kind at most 50 % of their contribution (2025).
      { id: 'french-authorities-in-kind', kind: 'max_in_kind_share', enabled: true, funderKinds: ['departement', 'other_french_authority'], percent: 50 },
      // Monitoring and evaluation at least 7 % of the budget (2018).
      { id: 'monitoring-min', kind: 'min_category_share', enabled: true, category: 'monitoring_evaluation', percent: 7 },
      // Projects of 12 to 36 months.
      { id: 'duration', kind: 'duration_months', enabled: true, min: 12, max: 36 },
    ],
  },
];

export function findShippedRuleSet(id: string): RuleSet | undefined {
  return SHIPPED_RULE_SETS.find((r) => r.id === id);
}

/** One broken rule: what was measured against which limit (percent values 0–100, or months). */
export interface RuleViolation {
  ruleId: string;
  kind: BudgetRule['kind'];
  actual: number;
  limit: number;
  /** For duration rules: the other bound. */
  max?: number;
}

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0);

function sumKinds(totals: BudgetTotals, kinds: readonly FunderKind[], pick: 'total' | 'inKind'): number {
  return totals.byFunder.filter((f) => kinds.includes(f.kind)).reduce((sum, f) => sum + f[pick], 0);
}

/** Evaluates one rule; null when it holds (or cannot be judged yet, e.g. no budget or no dates). */
export function evaluateRule(
  rule: BudgetRule,
  s: Pick<ProgrammeSnapshot, 'budgetLines' | 'funders' | 'contributions' | 'framing' | 'budgetSettings'>,
  totals: BudgetTotals = budgetTotals(s),
): RuleViolation | null {
  if (!rule.enabled) return null;
  // Shares are measured against the total budget (expenses), as the calls word it.
  const budget = totals.expenses;
  switch (rule.kind) {
    case 'max_funder_share': {
      if (budget <= 0) return null;
      const limit = s.budgetSettings.leastDevelopedCountry && rule.percentLdc !== null ? rule.percentLdc : rule.percent;
      const actual = pct(sumKinds(totals, rule.funderKinds, 'total'), budget);
      return actual > limit ? { ruleId: rule.id, kind: rule.kind, actual, limit } : null;
    }
    case 'min_funder_share': {
      if (budget <= 0) return null;
      const actual = pct(sumKinds(totals, rule.funderKinds, 'total'), budget);
      return actual < rule.percent ? { ruleId: rule.id, kind: rule.kind, actual, limit: rule.percent } : null;
    }
    case 'max_in_kind_share': {
      const total = sumKinds(totals, rule.funderKinds, 'total');
      if (total <= 0) return null;
      const actual = pct(sumKinds(totals, rule.funderKinds, 'inKind'), total);
      return actual > rule.percent ? { ruleId: rule.id, kind: rule.kind, actual, limit: rule.percent } : null;
    }
    case 'min_category_share': {
      if (budget <= 0) return null;
      const actual = pct(totals.byCategory[rule.category], budget);
      return actual < rule.percent ? { ruleId: rule.id, kind: rule.kind, actual, limit: rule.percent } : null;
    }
    case 'duration_months': {
      const months = monthsBetween(s.framing.startDate, s.framing.endDate);
      if (months === null) return null;
      return months < rule.min || months > rule.max ? { ruleId: rule.id, kind: rule.kind, actual: months, limit: rule.min, max: rule.max } : null;
    }
  }
}

/** Every violation of the programme's rule set (none when no rule set is chosen). */
export function ruleSetViolations(
  s: Pick<ProgrammeSnapshot, 'budgetLines' | 'funders' | 'contributions' | 'framing' | 'budgetSettings'>,
): RuleViolation[] {
  const set = s.budgetSettings.ruleSet;
  if (!set) return [];
  const totals = budgetTotals(s);
  return set.rules.map((r) => evaluateRule(r, s, totals)).filter((v): v is RuleViolation => v !== null);
}
