import type { Phase, ProgrammeSnapshot } from '../model';
import { lineAmount } from './budget';
import { entryYear, programmeYears } from './execution';

/**
 * Across the authority's programmes: what each programme's budget spends in each partner country each year, planned
 * and executed (every funder counted), and where each programme stands. The e-APD declares less: only the
 * authority's own contributions, by DAC purpose code (apd.ts); the two are not the same figure.
 */

const cents = (euros: number) => Math.round(euros * 100);

export interface YearCountryTotal {
  year: number;
  /** ISO 3166-1 alpha-2 code of the partner country; '' when a programme has none yet. */
  country: string;
  plannedCash: number;
  plannedInKind: number;
  executedCash: number;
  executedInKind: number;
  /** Programmes that count in this row. */
  programmeIds: string[];
}

export type PortfolioInput = Pick<ProgrammeSnapshot, 'id' | 'framing' | 'budgetLines' | 'expenditures'>;

/**
 * Planned (budget lines of the year) and executed (entries counted in the year) amounts, cash and in kind, by year
 * and partner country; rows sorted by year, then country. Lines and entries without a year are left out: an
 * annual declaration cannot place them.
 */
export function totalsByYearAndCountry(programmes: readonly PortfolioInput[]): YearCountryTotal[] {
  const rows = new Map<string, { year: number; country: string; c: [number, number, number, number]; ids: Set<string> }>();
  const at = (year: number, country: string, programmeId: string) => {
    const key = `${year}|${country}`;
    const row = rows.get(key) ?? { year, country, c: [0, 0, 0, 0] as [number, number, number, number], ids: new Set<string>() };
    row.ids.add(programmeId);
    rows.set(key, row);
    return row.c;
  };
  for (const p of programmes) {
    const nature = new Map(p.budgetLines.map((l) => [l.id, l.nature]));
    for (const line of p.budgetLines) {
      if (line.year === null) continue;
      const amount = cents(lineAmount(line));
      if (amount === 0) continue;
      at(line.year, p.framing.partnerCountry, p.id)[line.nature === 'in_kind' ? 1 : 0] += amount;
    }
    for (const e of p.expenditures) {
      const year = entryYear(e);
      if (year === null || !nature.has(e.budgetLineId) || e.amount === 0) continue;
      at(year, p.framing.partnerCountry, p.id)[e.nature === 'in_kind' ? 3 : 2] += cents(e.amount);
    }
  }
  return [...rows.values()]
    .sort((a, b) => a.year - b.year || a.country.localeCompare(b.country))
    .map((r) => ({
      year: r.year,
      country: r.country,
      plannedCash: r.c[0] / 100,
      plannedInKind: r.c[1] / 100,
      executedCash: r.c[2] / 100,
      executedInKind: r.c[3] / 100,
      programmeIds: [...r.ids],
    }));
}

export interface ProgrammeStanding {
  programmeId: string;
  title: string;
  phase: Phase;
  /** The report to write next: a year's report, or the final report; null when none is due. */
  nextReport: { kind: 'yearly'; year: number; overdue: boolean } | { kind: 'final'; overdue: boolean } | null;
  /** The next dated step on or after today: the session, an activity's end, a target, the programme's end. */
  nextDeadline: { date: string; what: 'session' | 'activity_end' | 'target' | 'programme_end' } | null;
}

export type StandingInput = Pick<ProgrammeSnapshot, 'id' | 'framing' | 'execution' | 'executionReports' | 'session' | 'logframe' | 'indicatorTargets'>;

/** Where a programme stands on `today` (ISO date): its phase, the next report due and the next deadline. */
export function programmeStanding(s: StandingInput, today: string): ProgrammeStanding {
  const phase = s.execution.phase;
  const thisYear = Number(today.slice(0, 4));
  let nextReport: ProgrammeStanding['nextReport'] = null;
  if (phase === 'in_execution') {
    const submitted = new Set(s.executionReports.filter((r) => r.submittedOn).map((r) => r.year));
    const years = programmeYears(s);
    const last = years[years.length - 1];
    // The first year not reported yet (the last year's report is the final one); late once that year is over.
    const due = years.find((y) => y !== last && !submitted.has(y));
    if (due !== undefined) nextReport = { kind: 'yearly', year: due, overdue: due < thisYear };
    else if (last !== undefined) nextReport = { kind: 'final', overdue: (s.framing.endDate ?? '9999') < today };
  }
  const dates: Array<{ date: string; what: 'session' | 'activity_end' | 'target' | 'programme_end' }> = [];
  if (phase === 'draft' && s.session.sessionDate) dates.push({ date: s.session.sessionDate, what: 'session' });
  if (phase === 'in_execution' || phase === 'voted') {
    for (const row of s.logframe) if (row.level === 'activity' && row.endDate) dates.push({ date: row.endDate, what: 'activity_end' });
    for (const t of s.indicatorTargets) if (t.date) dates.push({ date: t.date, what: 'target' });
  }
  if (phase !== 'closed' && s.framing.endDate) dates.push({ date: s.framing.endDate, what: 'programme_end' });
  const next = dates.filter((d) => d.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
  return { programmeId: s.id, title: s.framing.title, phase, nextReport, nextDeadline: next };
}

export interface PortfolioSummary {
  today: string;
  totals: YearCountryTotal[];
  programmes: ProgrammeStanding[];
}

/** The programme list's portfolio panel: one call over every programme not in the bin. */
export function portfolioSummary(programmes: readonly ProgrammeSnapshot[], today: string): PortfolioSummary {
  return { today, totals: totalsByYearAndCountry(programmes), programmes: programmes.map((p) => programmeStanding(p, today)) };
}
