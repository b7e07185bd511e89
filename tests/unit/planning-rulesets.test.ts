import { describe, expect, it } from 'vitest';
import { COUNTRIES, isLeastDevelopedCountry, LDC_LIST_DATE } from '../../src-shared/method/countries';
import { evaluateRule, explainRule, fundersCounted, ruleSetViolations, SHIPPED_RULE_SETS } from '../../src-shared/method/rulesets';
import type { BudgetRule, ProgrammeSnapshot } from '../../src-shared/model';
import { completeProgramme, IDS } from './readiness-fixture';

const meae = SHIPPED_RULE_SETS[0]!;
const rule = (id: string) => meae.rules.find((r) => r.id === id)! as BudgetRule;
/**
 * Budget of 11 000 € (10 000 missions + 1 000 evaluation); contributions set per funder. The partner
 * is in Senegal (a least developed country) or Morocco (not one).
 */
const withMoney = (amounts: { dep?: number; depInKind?: number; state?: number; partner?: number }, ldc = false): ProgrammeSnapshot => {
  const base = completeProgramme();
  const s = { ...base, framing: { ...base.framing, partnerCountry: ldc ? 'SN' : 'MA' } };
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
  it('takes the country’s status from the UN list, not from the officer’s checkbox, when the list holds the country', () => {
    const senegal = withMoney({ state: 8800, dep: 2200 }, true);
    const unticked = { ...senegal, budgetSettings: { ...senegal.budgetSettings, leastDevelopedCountry: false } };
    expect(explainRule(rule('state-max'), unticked)).toMatchObject({ actual: 80, limit: 90, ldcLimit: true, status: 'met' });
    const morocco = withMoney({ state: 8800, dep: 2200 });
    const ticked = { ...morocco, budgetSettings: { ...morocco.budgetSettings, leastDevelopedCountry: true } };
    expect(explainRule(rule('state-max'), ticked)).toMatchObject({ limit: 70, ldcLimit: false, status: 'not_met' });
  });
  it('falls back on the officer’s answer for a country the list does not hold', () => {
    const s = withMoney({ state: 8800, dep: 2200 });
    const elsewhere = { ...s, framing: { ...s.framing, partnerCountry: '' }, budgetSettings: { ...s.budgetSettings, leastDevelopedCountry: true } };
    expect(explainRule(rule('state-max'), elsewhere)).toMatchObject({ limit: 90, ldcLimit: true });
  });
});

describe('every rule explains itself', () => {
  it('gives the measured share and its limit when the rule holds too', () => {
    expect(explainRule(rule('state-max'), withMoney({ state: 7700, dep: 3300 }))).toMatchObject({ actual: 70, limit: 70, status: 'met' });
    expect(explainRule(rule('monitoring-min'), withMoney({}))).toMatchObject({ actual: 9.09, limit: 7, status: 'met' });
    expect(explainRule(rule('duration'), withMoney({}))).toMatchObject({ actual: 36, limit: 12, max: 36, status: 'met' });
  });
  it('says when a share cannot be measured yet, and when a rule is off', () => {
    const s = withMoney({});
    expect(explainRule(rule('state-max'), { ...s, budgetLines: [] })).toMatchObject({ actual: null, status: 'unknown' });
    expect(explainRule({ ...rule('state-max'), enabled: false }, s).status).toBe('disabled');
  });
  it('names the funders it counts with their articles', () => {
    expect(fundersCounted(['state_meae'], 'fr')).toBe('de l’État');
    expect(fundersCounted(['lead_authority', 'other_french_authority'], 'fr')).toBe('du Département et des autres collectivités françaises');
    expect(fundersCounted(['lead_authority', 'afd', 'eu'], 'fr')).toBe('du Département, de l’AFD et de l’Union européenne');
    expect(fundersCounted(['state_meae'], 'en')).toBe('the State');
    // The lead author is named by its own type, never as a Département it is not.
    expect(fundersCounted(['lead_authority', 'other_french_authority'], 'fr', 'commune')).toBe('de la Commune et des autres collectivités françaises');
    expect(fundersCounted(['lead_authority'], 'fr', 'region')).toBe('de la Région');
    expect(fundersCounted(['lead_authority'], 'fr', 'association')).toBe('de l’association');
    expect(fundersCounted(['lead_authority'], 'en', 'epci')).toBe('the Communauté');
  });
});

describe('the UN list of least developed countries', () => {
  it('holds the 44 countries of the list dated 13 December 2024, Senegal among them', () => {
    expect(LDC_LIST_DATE).toBe('2024-12-13');
    expect(COUNTRIES.filter((c) => c.ldc).length).toBe(44);
    expect(isLeastDevelopedCountry('SN')).toBe(true);
    expect(isLeastDevelopedCountry('MA')).toBe(false);
    expect(isLeastDevelopedCountry('ST')).toBeNull(); // São Tomé-et-Principe left the category and is not listed here
    expect(isLeastDevelopedCountry('')).toBeNull();
  });
  it('keeps one entry per ISO code', () => {
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
  });
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
