import type { AuthorityType, BudgetRule, FunderKind, ProgrammeSnapshot, RuleSet } from '../model';
import type { Locale } from '../i18n/catalogues';
import { monthsBetween } from '../i18n/format';
import { budgetTotals, type BudgetTotals } from './budget';
import { isLeastDevelopedCountry } from './countries';

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
      { id: 'french-authorities-min', kind: 'min_funder_share', enabled: true, funderKinds: ['lead_authority', 'other_french_authority'], percent: 10 },
      // …of which in-kind at most 50 % of their contribution (2025).
      { id: 'french-authorities-in-kind', kind: 'max_in_kind_share', enabled: true, funderKinds: ['lead_authority', 'other_french_authority'], percent: 50 },
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

/**
 * The funders a rule counts, named as a sentence needs them after "de" / "of": "de l’État",
 * "du Département et des autres collectivités françaises"; "the State", "the Département and other
 * French local authorities".
 */
const OF_FUNDER: Record<Locale, Record<FunderKind, string>> = {
  fr: {
    lead_authority: 'du Département', // replaced by OF_LEAD for the author's type
    partner_authority: 'de la collectivité partenaire',
    state_meae: 'de l’État',
    afd: 'de l’AFD',
    eu: 'de l’Union européenne',
    other_french_authority: 'des autres collectivités françaises',
    other_authority: 'des autres collectivités',
    association: 'des associations',
    private: 'des financeurs privés',
    other: 'des autres financeurs',
  },
  en: {
    lead_authority: 'the Département',
    partner_authority: 'the partner authority',
    state_meae: 'the State',
    afd: 'AFD',
    eu: 'the European Union',
    other_french_authority: 'other French local authorities',
    other_authority: 'other local authorities',
    association: 'associations',
    private: 'private funders',
    other: 'other funders',
  },
};

/** The lead author itself, named by its type (the rule sets were written for a Département). */
const OF_LEAD: Record<Locale, Record<AuthorityType, string>> = {
  fr: { departement: 'du Département', commune: 'de la Commune', epci: 'de la Communauté', region: 'de la Région', association: 'de l’association' },
  en: { departement: 'the Département', commune: 'the Commune', epci: 'the Communauté', region: 'the Région', association: 'the association' },
};

export function fundersCounted(kinds: readonly FunderKind[], locale: Locale, lead: AuthorityType = 'departement'): string {
  const names = kinds.map((k) => (k === 'lead_authority' ? OF_LEAD[locale][lead] : OF_FUNDER[locale][k]));
  if (names.length <= 1) return names[0] ?? '';
  const and = locale === 'fr' ? ' et ' : ' and ';
  return `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]!}`;
}

type RuleFacts = Pick<ProgrammeSnapshot, 'budgetLines' | 'funders' | 'contributions' | 'framing' | 'budgetSettings'>;

/**
 * Whether the State's ceilings for least developed countries apply: the UN list decides for a partner
 * country it holds (Senegal is one); for any other, the officer's answer in the budget settings.
 */
export function leastDevelopedCountryApplies(s: Pick<ProgrammeSnapshot, 'framing' | 'budgetSettings'>): boolean {
  return isLeastDevelopedCountry(s.framing.partnerCountry) ?? s.budgetSettings.leastDevelopedCountry;
}

/** What a rule measured and against which limit: the screen shows it for every rule, met or not. */
export interface RuleExplanation {
  ruleId: string;
  kind: BudgetRule['kind'];
  /** Percent (0–100) or months; null when it cannot be measured yet (no budget, no dates). */
  actual: number | null;
  /** The ceiling or floor applied (the lower bound for durations). */
  limit: number;
  max?: number;
  /** The least-developed-country ceiling is the one applied. */
  ldcLimit: boolean;
  status: 'met' | 'not_met' | 'unknown' | 'disabled';
}

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0);

function sumKinds(totals: BudgetTotals, kinds: readonly FunderKind[], pick: 'total' | 'inKind'): number {
  return totals.byFunder.filter((f) => kinds.includes(f.kind)).reduce((sum, f) => sum + f[pick], 0);
}

function measure(rule: BudgetRule, s: RuleFacts, totals: BudgetTotals): Omit<RuleExplanation, 'ruleId' | 'kind' | 'status'> & { ok: boolean | null } {
  // Shares are measured against the total budget (expenses), as the calls word it.
  const budget = totals.expenses;
  switch (rule.kind) {
    case 'max_funder_share': {
      const ldcLimit = leastDevelopedCountryApplies(s) && rule.percentLdc !== null;
      const limit = ldcLimit && rule.percentLdc !== null ? rule.percentLdc : rule.percent;
      if (budget <= 0) return { actual: null, limit, ldcLimit, ok: null };
      const actual = pct(sumKinds(totals, rule.funderKinds, 'total'), budget);
      return { actual, limit, ldcLimit, ok: actual <= limit };
    }
    case 'min_funder_share': {
      if (budget <= 0) return { actual: null, limit: rule.percent, ldcLimit: false, ok: null };
      const actual = pct(sumKinds(totals, rule.funderKinds, 'total'), budget);
      return { actual, limit: rule.percent, ldcLimit: false, ok: actual >= rule.percent };
    }
    case 'max_in_kind_share': {
      const total = sumKinds(totals, rule.funderKinds, 'total');
      if (total <= 0) return { actual: null, limit: rule.percent, ldcLimit: false, ok: null };
      const actual = pct(sumKinds(totals, rule.funderKinds, 'inKind'), total);
      return { actual, limit: rule.percent, ldcLimit: false, ok: actual <= rule.percent };
    }
    case 'min_category_share': {
      if (budget <= 0) return { actual: null, limit: rule.percent, ldcLimit: false, ok: null };
      const actual = pct(totals.byCategory[rule.category], budget);
      return { actual, limit: rule.percent, ldcLimit: false, ok: actual >= rule.percent };
    }
    case 'duration_months': {
      const months = monthsBetween(s.framing.startDate, s.framing.endDate);
      const bounds = { limit: rule.min, max: rule.max, ldcLimit: false };
      if (months === null) return { actual: null, ...bounds, ok: null };
      return { actual: months, ...bounds, ok: months >= rule.min && months <= rule.max };
    }
  }
}

/** Measures one rule, whether it holds or not. */
export function explainRule(rule: BudgetRule, s: RuleFacts, totals: BudgetTotals = budgetTotals(s)): RuleExplanation {
  const { ok, ...measured } = measure(rule, s, totals);
  const status = !rule.enabled ? 'disabled' : ok === null ? 'unknown' : ok ? 'met' : 'not_met';
  return { ruleId: rule.id, kind: rule.kind, ...measured, status };
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

/** Evaluates one rule; null when it holds (or cannot be judged yet, e.g. no budget or no dates). */
export function evaluateRule(rule: BudgetRule, s: RuleFacts, totals: BudgetTotals = budgetTotals(s)): RuleViolation | null {
  const e = explainRule(rule, s, totals);
  if (e.status !== 'not_met' || e.actual === null) return null;
  return { ruleId: e.ruleId, kind: e.kind, actual: e.actual, limit: e.limit, ...(e.max === undefined ? {} : { max: e.max }) };
}

/** Every violation of the programme's rule set (none when no rule set is chosen). */
export function ruleSetViolations(s: RuleFacts): RuleViolation[] {
  const set = s.budgetSettings.ruleSet;
  if (!set) return [];
  const totals = budgetTotals(s);
  return set.rules.map((r) => evaluateRule(r, s, totals)).filter((v): v is RuleViolation => v !== null);
}
