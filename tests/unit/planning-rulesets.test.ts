import { describe, expect, it } from 'vitest';
import { evaluateRule, ruleSetViolations, SHIPPED_RULE_SETS } from '../../src-shared/method/rulesets';
import type { BudgetRule, ProgrammeSnapshot } from '../../src-shared/model';
import { completeProgramme, IDS } from './readiness-fixture';

const meae = SHIPPED_RULE_SETS[0]!;
const rule = (id: string) => meae.rules.find((r) => r.id === id)! as BudgetRule;
/** Budget of 11 000 € (10 000 missions + 1 000 evaluation); contributions set per funder. */
const withMoney = (amounts: { dep?: number; depInKind?: number; state?: number; partner?: number }, ldc = false): ProgrammeSnapshot => {
  const s = completeProgramme();
  const c = (id: string, funderId: string, amount: number, nature: 'cash' | 'in_kind' = 'cash') => ({ id, funderId, year: 2027, nature, amount });
  return {
    ...s,
    budgetSettings: { ...s.budgetSettings, ruleSet: meae, leastDevelopedCountry: ldc },
    contributions: [
      c('d0000000-0000-7000-8000-000000000001', IDS.funderDep, amounts.dep ?? 0),
      c('d0000000-0000-7000-8000-000000000002', IDS.funderDep, amounts.depInKind ?? 0, 'in_kind'),
      c('d0000000-0000-7000-8000-000000000003', IDS.funderState, amounts.state ?? 0),
      c('d0000000-0000-7000-8000-000000000004', IDS.funderPartner, amounts.partner ?? 0),
    ],
  };
};

describe('shipped rule set (MEAE 2024–2025) — data, not code', () => {
  it('holds the thresholds of the recent calls', () => {
    expect(meae.rules.map((r) => r.kind)).toEqual(['max_funder_share', 'min_funder_share', 'max_in_kind_share', 'min_category_share', 'duration_months']);
    expect(rule('state-max')).toMatchObject({ percent: 70, percentLdc: 90 });
    expect(rule('duration')).toMatchObject({ min: 12, max: 36 });
  });
});

describe('max_funder_share (State ≤ 70 %, 90 % for least-developed countries)', () => {
  it('passes at 70 %', () => expect(evaluateRule(rule('state-max'), withMoney({ state: 7700, dep: 3300 }))).toBeNull());
  it('fails above 70 %', () =>
    expect(evaluateRule(rule('state-max'), withMoney({ state: 8800, dep: 2200 }))).toMatchObject({ actual: 80, limit: 70 }));
  it('uses the higher ceiling for a least-developed country', () =>
    expect(evaluateRule(rule('state-max'), withMoney({ state: 8800, dep: 2200 }, true))).toBeNull());
});

describe('min_funder_share (French authorities ≥ 10 %)', () => {
  it('passes at 10 %', () => expect(evaluateRule(rule('french-authorities-min'), withMoney({ dep: 1100, state: 7700, partner: 2200 }))).toBeNull());
  it('fails below 10 %', () =>
    expect(evaluateRule(rule('french-authorities-min'), withMoney({ dep: 550, state: 7700, partner: 2750 }))).toMatchObject({ actual: 5, limit: 10 }));
});

describe('max_in_kind_share (in kind ≤ 50 % of the French authorities’ contribution)', () => {
  it('passes at half', () => expect(evaluateRule(rule('french-authorities-in-kind'), withMoney({ dep: 1000, depInKind: 1000 }))).toBeNull());
  it('fails above half', () =>
    expect(evaluateRule(rule('french-authorities-in-kind'), withMoney({ dep: 1000, depInKind: 3000 }))).toMatchObject({ actual: 75, limit: 50 }));
});

describe('min_category_share (monitoring and evaluation ≥ 7 %)', () => {
  it('passes with 1 000 € of 11 000 € (9,09 %)', () => expect(evaluateRule(rule('monitoring-min'), withMoney({}))).toBeNull());
  it('fails without evaluation lines', () => {
    const s = withMoney({});
    const v = evaluateRule(rule('monitoring-min'), { ...s, budgetLines: s.budgetLines.filter((l) => l.category !== 'monitoring_evaluation') });
    expect(v).toMatchObject({ actual: 0, limit: 7 });
  });
});

describe('duration_months (12–36 months)', () => {
  it('passes at 36 months', () => expect(evaluateRule(rule('duration'), withMoney({}))).toBeNull());
  it('fails at 48 months', () => {
    const s = withMoney({});
    expect(evaluateRule(rule('duration'), { ...s, framing: { ...s.framing, endDate: '2030-12-31' } })).toMatchObject({ actual: 48, limit: 12, max: 36 });
  });
});

describe('rule set evaluation', () => {
  it('a disabled rule never fails', () =>
    expect(evaluateRule({ ...rule('state-max'), enabled: false }, withMoney({ state: 11_000 }))).toBeNull());
  it('an edited threshold is the one applied', () =>
    expect(evaluateRule({ ...rule('state-max'), percent: 85 } as BudgetRule, withMoney({ state: 8800, dep: 2200 }))).toBeNull());
  it('no rule set, no violation', () => {
    const s = withMoney({ state: 11_000 });
    expect(ruleSetViolations({ ...s, budgetSettings: { ...s.budgetSettings, ruleSet: null } })).toEqual([]);
  });
  it('lists each violation', () => {
    expect(ruleSetViolations(withMoney({ state: 10_500, depInKind: 500 })).map((v) => v.ruleId)).toEqual([
      'state-max',
      'french-authorities-min',
      'french-authorities-in-kind',
    ]);
  });
});
