import { CommandError } from '../api/errors';
import type { Phase, ProgrammeSnapshot } from '../model';
import type { EditContext } from './context';
import { addEntity, updateSectionProducing } from './entity';

/** Moves allowed between phases: one step forward, or one back (a mistake, a reopened programme). */
export const PHASE_MOVES: Record<Phase, readonly Phase[]> = {
  draft: ['voted'],
  voted: ['draft', 'in_execution'],
  in_execution: ['voted', 'closed'],
  closed: ['in_execution'],
};

/** The final report's texts, asked for when the programme closes. */
export const FINAL_REPORT_FIELDS = ['finalAssessment', 'lessonsLearned', 'sustainability'] as const;
export type FinalReportData = Partial<Record<(typeof FINAL_REPORT_FIELDS)[number], string>> & { closedOn?: string | undefined };

/**
 * Changes the programme's phase. Voting and starting need the « as voted » version (the caller says whether this
 * database holds one); closing needs the final report's texts (given now or already written).
 */
export function setPhase(
  s: ProgrammeSnapshot,
  to: Phase,
  options: { hasVotedVersion: boolean; final?: FinalReportData | undefined },
  ctx: EditContext,
): ProgrammeSnapshot {
  const from = s.execution.phase;
  if (from === to) return s;
  if (!PHASE_MOVES[from].includes(to)) {
    throw new CommandError('phase_refused', `A programme cannot go from ${from} to ${to}.`, { reason: 'move', from, to });
  }
  if ((to === 'voted' || to === 'in_execution') && from !== 'closed' && !options.hasVotedVersion) {
    throw new CommandError('phase_refused', 'Freeze the « as voted » version first.', { reason: 'no_voted_version', from, to });
  }
  const today = ctx.now.slice(0, 10);
  const fields: Record<string, unknown> = { phase: to };
  if (to === 'in_execution' && !s.execution.startedOn) fields.startedOn = today;
  if (to === 'closed') {
    const final = options.final ?? {};
    for (const key of FINAL_REPORT_FIELDS) if (final[key] !== undefined) fields[key] = final[key];
    const missing = FINAL_REPORT_FIELDS.filter((key) => !String(fields[key] ?? s.execution[key]).trim());
    if (missing.length) {
      throw new CommandError('phase_refused', 'The final report’s texts are missing.', { reason: 'final_report_missing', from, to, missing });
    }
    fields.closedOn = final.closedOn ?? today;
  }
  if (from === 'closed') fields.closedOn = null;
  return updateSectionProducing(s, 'execution', fields).snapshot;
}

/** The officer's report texts for a year: the existing entry, or a new empty one. */
export function openReport(s: ProgrammeSnapshot, year: number, ctx: EditContext): { snapshot: ProgrammeSnapshot; id: string } {
  const existing = s.executionReports.find((r) => r.year === year);
  if (existing) return { snapshot: s, id: existing.id };
  const added = addEntity(s, 'executionReports', { year }, ctx);
  const sorted = [...added.snapshot.executionReports].sort((a, b) => a.year - b.year);
  return { snapshot: { ...added.snapshot, executionReports: sorted }, id: added.id };
}

export interface EntriesInput {
  expenditures: Array<Record<string, unknown>>;
  receipts: Array<Record<string, unknown>>;
}

/**
 * Adds execution entries in one go (a file from the accounts, the CLI): every entry is checked first, against its
 * schema and its budget line or funder, and one bad entry refuses them all with each fault listed.
 */
export function importEntries(s: ProgrammeSnapshot, input: EntriesInput, ctx: EditContext): { snapshot: ProgrammeSnapshot; added: number } {
  const lines = new Set(s.budgetLines.map((l) => l.id));
  const funders = new Set(s.funders.map((f) => f.id));
  const issues: Array<{ path: string; message: string }> = [];
  input.expenditures.forEach((e, i) => {
    if (!lines.has(String(e.budgetLineId))) issues.push({ path: `expenditures.${i}.budgetLineId`, message: 'No budget line with this id.' });
  });
  input.receipts.forEach((r, i) => {
    if (!funders.has(String(r.funderId))) issues.push({ path: `receipts.${i}.funderId`, message: 'No funder with this id.' });
  });
  let next = s;
  const tryAdd = (collection: 'expenditures' | 'receipts', fields: Record<string, unknown>, i: number) => {
    try {
      next = addEntity(next, collection, fields, ctx).snapshot;
    } catch (error) {
      const details = error instanceof CommandError ? (error.details as { issues?: Array<{ path: string; message: string }> } | undefined) : undefined;
      for (const issue of details?.issues ?? [{ path: '', message: error instanceof Error ? error.message : String(error) }]) {
        issues.push({ path: `${collection}.${i}${issue.path ? `.${issue.path}` : ''}`, message: issue.message });
      }
    }
  };
  input.expenditures.forEach((e, i) => tryAdd('expenditures', e, i));
  input.receipts.forEach((r, i) => tryAdd('receipts', r, i));
  if (issues.length) throw new CommandError('invalid_input', `${issues.length} execution entr${issues.length > 1 ? 'ies are' : 'y is'} not valid: nothing was added.`, { issues });
  return { snapshot: next, added: input.expenditures.length + input.receipts.length };
}
