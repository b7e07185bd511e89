import type { ProgrammeSnapshot } from '../../model';
import { budgetTotals, lineAmount } from '../budget';
import { ruleSetViolations } from '../rulesets';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

/** Total revenue must equal total expenses (the financing plan balances). */
export function budgetBalance(s: ProgrammeSnapshot): ReadinessItem[] {
  if (s.budgetLines.length === 0) return [item('budget', 'budgetEmpty', 'budget.addLine')];
  const totals = budgetTotals(s);
  if (totals.balanced) return [];
  return [item('budget', totals.balance < 0 ? 'budgetDeficit' : 'budgetSurplus', 'budget.balance', { params: { amount: Math.abs(totals.balance) } })];
}

/** Lines without a label or worth nothing. */
export function budgetLines(s: ProgrammeSnapshot): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  for (const line of s.budgetLines) {
    if (blank(line.label)) out.push(item('budget', 'budgetLineLabel', `budgetLine.${line.id}.label`, { subject: line.id, severity: 'warning' }));
    if (lineAmount(line) === 0) out.push(item('budget', 'budgetLineZero', `budgetLine.${line.id}.unitCost`, { subject: line.id, severity: 'warning', params: { label: line.label } }));
  }
  return out;
}

/** Funders need a name and something to contribute. */
export function budgetFunders(s: ProgrammeSnapshot): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  for (const f of s.funders) {
    if (blank(f.name)) out.push(item('budget', 'funderName', `funder.${f.id}.name`, { subject: f.id }));
    const mine = s.contributions.filter((c) => c.funderId === f.id);
    if (mine.length === 0) out.push(item('budget', 'funderWithoutContribution', `funder.${f.id}.name`, { subject: f.id, severity: 'warning', params: { name: f.name } }));
    for (const c of mine.filter((x) => x.amount === 0)) {
      out.push(item('budget', 'contributionZero', `contribution.${c.id}.amount`, { subject: c.id, severity: 'warning', params: { name: f.name } }));
    }
  }
  return out;
}

/** Each violation of the chosen co-financing rule set. */
export function budgetRuleSet(s: ProgrammeSnapshot): ReadinessItem[] {
  return ruleSetViolations(s).map((v) =>
    item('budget', `ruleSet_${v.kind}`, 'budget.ruleSet', {
      subject: v.ruleId,
      params: { actual: v.actual, limit: v.limit, ...(v.max !== undefined ? { max: v.max } : {}) },
    }),
  );
}
