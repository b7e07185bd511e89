import { CommandError } from '../api/errors';
import { findShippedRuleSet } from '../method/rulesets';
import { BudgetRule, type ProgrammeSnapshot } from '../model';
import { updateSection } from './entity';

/** Chooses a shipped rule set (a copy the officer may then edit) or none. */
export function applyRuleSet(s: ProgrammeSnapshot, ruleSetId: string | null): ProgrammeSnapshot {
  if (ruleSetId === null) return updateSection(s, 'budgetSettings', { ruleSet: null });
  const set = findShippedRuleSet(ruleSetId);
  if (!set) throw new CommandError('not_found', `No rule set named ${ruleSetId}.`, { ruleSetId });
  return updateSection(s, 'budgetSettings', { ruleSet: JSON.parse(JSON.stringify(set)) as typeof set });
}

/** Edits one rule of the programme's rule set (threshold, on/off); its id and kind never change. */
export function updateBudgetRule(s: ProgrammeSnapshot, ruleId: string, fields: Record<string, unknown>): ProgrammeSnapshot {
  const set = s.budgetSettings.ruleSet;
  if (!set) throw new CommandError('conflict', 'Choose a rule set before editing its rules.');
  const rule = set.rules.find((r) => r.id === ruleId);
  if (!rule) throw new CommandError('not_found', `No rule ${ruleId} in this rule set.`, { ruleId });
  const parsed = BudgetRule.safeParse({ ...rule, ...fields, id: rule.id, kind: rule.kind });
  if (!parsed.success) {
    throw new CommandError('invalid_input', 'Invalid rule threshold.', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  if (parsed.data.kind === 'duration_months' && parsed.data.min > parsed.data.max) {
    throw new CommandError('invalid_input', 'The minimum duration cannot exceed the maximum.', { min: parsed.data.min, max: parsed.data.max });
  }
  return updateSection(s, 'budgetSettings', { ruleSet: { ...set, rules: set.rules.map((r) => (r.id === ruleId ? parsed.data : r)) } });
}
