import {
  BUDGET_CATEGORIES,
  type BudgetCategory,
  type Expenditure,
  type FunderKind,
  type ProgrammeSnapshot,
  type Receipt,
} from '../model';
import { lineAmount } from './budget';

/**
 * The one place where the amounts executed are summed: the Exécution screen, the readiness check, the yearly and
 * final reports and the CLI read these figures, never their own sums. "Planned" is the programme's budget, which
 * after the vote is the voted one (an amendment makes a new voted version). Sums run in cents, so every total is
 * the exact sum of the entries it shows.
 */

const cents = (euros: number) => Math.round(euros * 100);
const euros = (c: number) => c / 100;

export type ExecutionInput = Pick<
  ProgrammeSnapshot,
  'framing' | 'budgetLines' | 'funders' | 'contributions' | 'expenditures' | 'receipts'
>;

/** The year an entry counts in: its budget year, else the year of its date. */
export function entryYear(entry: Pick<Expenditure | Receipt, 'year' | 'date'>): number | null {
  if (entry.year !== null) return entry.year;
  return entry.date ? Number(entry.date.slice(0, 4)) : null;
}

export interface Executed {
  planned: number;
  cash: number;
  inKind: number;
  /** cash + in kind */
  executed: number;
  /** executed / planned (0–…); null when nothing was planned. */
  rate: number | null;
}

export interface LineExecution extends Executed {
  lineId: string;
  label: string;
  category: BudgetCategory;
  year: number | null;
}

export interface FunderExecution {
  funderId: string;
  name: string;
  kind: FunderKind;
  /** Contributions planned (cash and in kind). */
  planned: number;
  received: number;
  rate: number | null;
}

export interface ExecutionFacts {
  /** The year the figures are for, or null for the whole programme. */
  year: number | null;
  lines: LineExecution[];
  byCategory: Array<Executed & { category: BudgetCategory }>;
  byFunder: FunderExecution[];
  total: Executed;
  /** Sum of every receipt counted. */
  received: number;
  /** Entries counted (the report's budget table adds up to them). */
  expenditures: Expenditure[];
  receipts: Receipt[];
}

const rate = (executed: number, planned: number) => (planned > 0 ? executed / planned : null);

function executed(plannedC: number, cashC: number, inKindC: number): Executed {
  return { planned: euros(plannedC), cash: euros(cashC), inKind: euros(inKindC), executed: euros(cashC + inKindC), rate: rate(cashC + inKindC, plannedC) };
}

/**
 * Budget execution against the plan, for one year (planned lines and contributions of that year, entries counted in
 * that year) or for the whole programme (year null: everything).
 */
export function executionFacts(s: ExecutionInput, year: number | null = null): ExecutionFacts {
  const inYear = (y: number | null) => year === null || y === year;
  const expenditures = s.expenditures.filter((e) => inYear(entryYear(e)));
  const receipts = s.receipts.filter((r) => inYear(entryYear(r)));
  const spent = new Map<string, { cash: number; inKind: number }>();
  for (const e of expenditures) {
    const acc = spent.get(e.budgetLineId) ?? { cash: 0, inKind: 0 };
    if (e.nature === 'in_kind') acc.inKind += cents(e.amount);
    else acc.cash += cents(e.amount);
    spent.set(e.budgetLineId, acc);
  }
  const lines: LineExecution[] = [];
  const cat = new Map<BudgetCategory, { planned: number; cash: number; inKind: number }>();
  let plannedAll = 0;
  let cashAll = 0;
  let inKindAll = 0;
  for (const line of s.budgetLines) {
    const planned = inYear(line.year) ? cents(lineAmount(line)) : 0;
    const done = spent.get(line.id) ?? { cash: 0, inKind: 0 };
    if (planned === 0 && done.cash + done.inKind === 0 && year !== null) continue;
    lines.push({ lineId: line.id, label: line.label, category: line.category, year: line.year, ...executed(planned, done.cash, done.inKind) });
    const c = cat.get(line.category) ?? { planned: 0, cash: 0, inKind: 0 };
    c.planned += planned;
    c.cash += done.cash;
    c.inKind += done.inKind;
    cat.set(line.category, c);
    plannedAll += planned;
    cashAll += done.cash;
    inKindAll += done.inKind;
  }
  const byCategory = BUDGET_CATEGORIES.filter((k) => cat.has(k)).map((category) => {
    const c = cat.get(category)!;
    return { category, ...executed(c.planned, c.cash, c.inKind) };
  });
  const plannedBy = new Map<string, number>();
  for (const c of s.contributions) if (inYear(c.year)) plannedBy.set(c.funderId, (plannedBy.get(c.funderId) ?? 0) + cents(c.amount));
  const receivedBy = new Map<string, number>();
  for (const r of receipts) receivedBy.set(r.funderId, (receivedBy.get(r.funderId) ?? 0) + cents(r.amount));
  const byFunder = s.funders
    .filter((f) => (plannedBy.get(f.id) ?? 0) > 0 || (receivedBy.get(f.id) ?? 0) > 0)
    .map((f) => {
      const planned = plannedBy.get(f.id) ?? 0;
      const received = receivedBy.get(f.id) ?? 0;
      return { funderId: f.id, name: f.name, kind: f.kind, planned: euros(planned), received: euros(received), rate: rate(received, planned) };
    });
  const receivedAll = [...receivedBy.values()].reduce((a, b) => a + b, 0);
  return { year, lines, byCategory, byFunder, total: executed(plannedAll, cashAll, inKindAll), received: euros(receivedAll), expenditures, receipts };
}

/** Calendar years of the programme's period (start to end), in order; empty while the period is not set. */
export function programmeYears(s: Pick<ProgrammeSnapshot, 'framing'>): number[] {
  const { startDate, endDate } = s.framing;
  if (!startDate || !endDate) return [];
  const from = Number(startDate.slice(0, 4));
  const to = Number(endDate.slice(0, 4));
  return to >= from && to - from < 50 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [];
}

/** Every year the programme plans or executes something, plus its period's: the years a report can be made for. */
export function executionYears(s: ExecutionInput): number[] {
  const years = new Set<number>(programmeYears(s));
  for (const l of s.budgetLines) if (l.year !== null) years.add(l.year);
  for (const e of [...s.expenditures, ...s.receipts]) {
    const y = entryYear(e);
    if (y !== null) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

export interface IndicatorProgress {
  indicatorId: string;
  code: string;
  wording: string;
  unit: string;
  quantitative: boolean;
  baseline: { value: number; date: string } | null;
  targets: Array<{ kind: 'intermediate' | 'final'; value: number; date: string | null }>;
  /** Monitoring values with a number and a date, in date order; up to the end of `year` when one is given. */
  values: Array<{ value: number; date: string; comment: string }>;
  latest: { value: number; date: string } | null;
  finalTarget: number | null;
  /** (latest − baseline) / (final target − baseline), when all three are known and the target differs from the baseline. */
  achieved: number | null;
}

/** Each indicator's values against its targets (the screen's charts and the reports' charts read this). */
export function indicatorProgress(
  s: Pick<ProgrammeSnapshot, 'indicators' | 'indicatorTargets' | 'monitoringValues'>,
  codes: ReadonlyMap<string, string>,
  year: number | null = null,
): IndicatorProgress[] {
  const until = year === null ? '9999-12-31' : `${year}-12-31`;
  return s.indicators.map((i) => {
    const targets = s.indicatorTargets
      .filter((t) => t.indicatorId === i.id && t.value !== null)
      .map((t) => ({ kind: t.kind, value: t.value!, date: t.date }))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    const values = s.monitoringValues
      .filter((v) => v.indicatorId === i.id && v.value !== null && v.date && v.date <= until)
      .map((v) => ({ value: v.value!, date: v.date!, comment: v.comment }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const baseline = i.baselineValue !== null && i.baselineDate ? { value: i.baselineValue, date: i.baselineDate } : null;
    const latest = values.length ? { value: values[values.length - 1]!.value, date: values[values.length - 1]!.date } : null;
    const finals = targets.filter((t) => t.kind === 'final');
    const finalTarget = finals.length ? finals[finals.length - 1]!.value : null;
    const from = baseline?.value ?? null;
    const achieved = latest && finalTarget !== null && from !== null && finalTarget !== from ? (latest.value - from) / (finalTarget - from) : null;
    return {
      indicatorId: i.id,
      code: codes.get(i.id) ?? '',
      wording: i.wording,
      unit: i.unit,
      quantitative: i.type === 'quantitative',
      baseline,
      targets,
      values,
      latest,
      finalTarget,
      achieved,
    };
  });
}
