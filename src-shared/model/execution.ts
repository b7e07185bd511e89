import { z } from 'zod';
import { Id, Money, OptionalDate, ShortText, Text } from './common';
import { Nature } from './budget';

/**
 * After the vote (issue 14): the programme's phase, what was actually spent and received, and the officer's words
 * for the yearly and final reports. Amounts executed are summed once, in src-shared/method/execution.ts.
 */
export const PHASES = ['draft', 'voted', 'in_execution', 'closed'] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

const Year = z.number().int().min(2000).max(2100).nullable().default(null);

/** The programme's phase and the final report's data (asked for when it closes). */
export const ExecutionSection = z.object({
  phase: Phase.default('draft'),
  /** Day the execution started (phase « en exécution »). */
  startedOn: OptionalDate,
  /** Day the programme was closed, with the final report's texts. */
  closedOn: OptionalDate,
  finalAssessment: Text,
  lessonsLearned: Text,
  sustainability: Text,
});
export type ExecutionSection = z.infer<typeof ExecutionSection>;

/** An amount actually spent on a budget line, with the supporting reference (invoice or payment order). */
export const Expenditure = z.object({
  id: Id,
  budgetLineId: Id,
  /** Budget year it is charged to; when null, the year of its date. */
  year: Year,
  nature: Nature.default('cash'),
  amount: Money.default(0),
  /** Invoice, payment order (mandat) or timesheet number. */
  reference: ShortText,
  date: OptionalDate,
  comment: ShortText,
});
export type Expenditure = z.infer<typeof Expenditure>;

/** An amount a funder actually paid (or, in kind, provided). */
export const Receipt = z.object({
  id: Id,
  funderId: Id,
  /** Budget year it finances; when null, the year of its date. */
  year: Year,
  nature: Nature.default('cash'),
  amount: Money.default(0),
  /** Title of receipt, payment notice or convention instalment. */
  reference: ShortText,
  date: OptionalDate,
});
export type Receipt = z.infer<typeof Receipt>;

/** The officer's words for the technical report of one year (the figures come from the entries). */
export const ExecutionReport = z.object({
  id: Id,
  year: z.number().int().min(2000).max(2100),
  activitiesDone: Text,
  difficulties: Text,
  adjustments: Text,
  nextYearPlan: Text,
  /** Day the report was sent to the council and the co-financers; null while it is due. */
  submittedOn: OptionalDate,
});
export type ExecutionReport = z.infer<typeof ExecutionReport>;
