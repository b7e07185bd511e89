import { z } from 'zod';
import { Id, Money, ShortText, Side } from './common';

export const BUDGET_CATEGORIES = [
  'personnel',
  'missions',
  'expertise',
  'training',
  'equipment',
  'communication',
  'monitoring_evaluation',
  'administrative',
  'contingencies',
] as const;
export const BudgetCategory = z.enum(BUDGET_CATEGORIES);
export type BudgetCategory = z.infer<typeof BudgetCategory>;

export const Nature = z.enum(['cash', 'in_kind']);
export type Nature = z.infer<typeof Nature>;
const Year = z.number().int().min(2000).max(2100).nullable().default(null);

/** amount = quantity × unitCost (derived, never stored, so it cannot drift). */
export const BudgetLine = z.object({
  id: Id,
  label: ShortText,
  category: BudgetCategory,
  year: Year,
  activityId: Id.nullable().default(null),
  side: Side.default('france'),
  nature: Nature.default('cash'),
  quantity: z.number().finite().min(0).max(1e9).default(1),
  unit: z.string().max(60).default(''),
  unitCost: Money.default(0),
  /** OECD DAC purpose code (five digits) for the e-APD; null: its activity's, else the programme's default. */
  purposeCode: z.string().regex(/^\d{5}$/).nullable().default(null),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const FUNDER_KINDS = [
  'lead_authority',
  'partner_authority',
  'state_meae',
  'afd',
  'eu',
  'other_french_authority',
  'other_authority',
  'association',
  'private',
  'other',
] as const;
export const FunderKind = z.enum(FUNDER_KINDS);
export type FunderKind = z.infer<typeof FunderKind>;

export const Funder = z.object({ id: Id, name: ShortText, kind: FunderKind.default('other') });
export type Funder = z.infer<typeof Funder>;

export const Contribution = z.object({
  id: Id,
  funderId: Id,
  year: Year,
  nature: Nature.default('cash'),
  amount: Money.default(0),
});
export type Contribution = z.infer<typeof Contribution>;

const Percent = z.number().min(0).max(100);
const FunderKinds = z.array(FunderKind).min(1).max(FUNDER_KINDS.length);

/** Co-financing rules are data: a call's thresholds change every year, and the officer may edit them. */
export const BudgetRule = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().min(1).max(60),
    kind: z.literal('max_funder_share'),
    enabled: z.boolean().default(true),
    funderKinds: FunderKinds,
    percent: Percent,
    /** Higher ceiling for least-developed countries (applies when the budget settings say so). */
    percentLdc: Percent.nullable().default(null),
  }),
  z.object({
    id: z.string().min(1).max(60),
    kind: z.literal('min_funder_share'),
    enabled: z.boolean().default(true),
    funderKinds: FunderKinds,
    percent: Percent,
  }),
  z.object({
    id: z.string().min(1).max(60),
    kind: z.literal('max_in_kind_share'),
    enabled: z.boolean().default(true),
    funderKinds: FunderKinds,
    percent: Percent,
  }),
  z.object({
    id: z.string().min(1).max(60),
    kind: z.literal('min_category_share'),
    enabled: z.boolean().default(true),
    category: BudgetCategory,
    percent: Percent,
  }),
  z.object({
    id: z.string().min(1).max(60),
    kind: z.literal('duration_months'),
    enabled: z.boolean().default(true),
    min: z.number().int().min(0).max(600),
    max: z.number().int().min(0).max(600),
  }),
]);
export type BudgetRule = z.infer<typeof BudgetRule>;

export const RuleSet = z.object({
  id: z.string().min(1).max(60),
  name: ShortText,
  rules: z.array(BudgetRule).max(50),
});
export type RuleSet = z.infer<typeof RuleSet>;

export const BudgetSettings = z.object({
  currency: z.literal('EUR').default('EUR'),
  /** Optional display of amounts in the partner's currency (ISO 4217) at a fixed rate (units per euro). */
  partnerCurrency: z.string().regex(/^[A-Z]{3}$/).nullable().default(null),
  exchangeRate: z.number().positive().max(1e9).nullable().default(null),
  leastDevelopedCountry: z.boolean().default(false),
  /** The rule set applied (a copy the officer may edit), or none. */
  ruleSet: RuleSet.nullable().default(null),
});
export type BudgetSettings = z.infer<typeof BudgetSettings>;
