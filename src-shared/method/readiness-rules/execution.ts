import type { ProgrammeSnapshot } from '../../model';
import { entryYear, programmeYears } from '../execution';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

const FINAL_FIELDS = ['finalAssessment', 'lessonsLearned', 'sustainability'] as const;

/** Today's date (ISO); the rules take it as a parameter so tests pin it. */
const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * What the phase asks for after the vote. In execution: for each past year of the period, its spending entries and
 * its yearly report (sent); closed: the final report's texts. Warnings: they never block the deliberation package,
 * which was voted already; the report's own missing values block the final report (method/execution-report.ts).
 */
export function executionFollowUp(s: ProgrammeSnapshot, _settings?: unknown, today: string = todayIso()): ReadinessItem[] {
  const phase = s.execution.phase;
  const out: ReadinessItem[] = [];
  if (phase === 'voted') out.push(item('execution', 'executionNotStarted', 'execution.phase', { severity: 'warning' }));
  if (phase === 'in_execution') {
    const thisYear = Number(today.slice(0, 4));
    const spent = new Set(s.expenditures.map(entryYear));
    const submitted = new Set(s.executionReports.filter((r) => r.submittedOn).map((r) => r.year));
    for (const year of programmeYears(s).filter((y) => y < thisYear)) {
      if (!spent.has(year)) out.push(item('execution', 'executionEntriesMissing', 'execution.expenditures', { subject: String(year), severity: 'warning', params: { year } }));
      if (!submitted.has(year)) out.push(item('execution', 'executionReportDue', `execution.report.${year}`, { subject: String(year), severity: 'warning', params: { year } }));
    }
  }
  if (phase === 'closed') {
    for (const field of FINAL_FIELDS) {
      if (blank(s.execution[field])) out.push(item('execution', `executionFinal_${field}`, `execution.${field}`, { severity: 'warning' }));
    }
  }
  return out;
}
