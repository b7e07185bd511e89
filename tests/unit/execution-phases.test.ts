import { describe, expect, it } from 'vitest';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { setPhase } from '../../src-shared/edits/execution';
import { executionYears } from '../../src-shared/method/execution';
import { programmeStanding } from '../../src-shared/method/portfolio';
import { gate } from '../../src-shared/method/readiness';
import { executionFollowUp } from '../../src-shared/method/readiness-rules/execution';
import { AuthoritySettings, type ProgrammeSnapshot } from '../../src-shared/model';
import { idFactory } from './readiness-fixture';

const NOW = '2028-03-01T09:00:00.000Z';
const ctx = { newId: idFactory(900), now: NOW };
const inPhase = (s: ProgrammeSnapshot, phase: ProgrammeSnapshot['execution']['phase']): ProgrammeSnapshot => ({ ...s, execution: { ...s.execution, phase } });
const demo = () => buildDemoProgramme(idFactory(), NOW);

describe('what the readiness check asks in each phase', () => {
  it('a draft asks nothing of the execution; a voted programme is reminded to start', () => {
    expect(executionFollowUp(demo(), undefined, '2028-03-01')).toEqual([]);
    expect(executionFollowUp(inPhase(demo(), 'voted'), undefined, '2028-03-01').map((i) => i.rule)).toEqual(['executionNotStarted']);
  });

  it('in execution, each past year without spending or without a sent report is named, and only past years', () => {
    const s = inPhase(demo(), 'in_execution');
    expect(executionYears(s)).toEqual([2027, 2028, 2029]);
    const items = executionFollowUp(s, undefined, '2028-03-01');
    expect(items.map((i) => i.id)).toEqual(['executionEntriesMissing:2027', 'executionReportDue:2027']);
    const line = s.budgetLines.find((l) => l.year === 2027)!;
    const reported: ProgrammeSnapshot = {
      ...s,
      expenditures: [{ id: ctx.newId(), budgetLineId: line.id, year: 2027, nature: 'cash', amount: 50, reference: 'M-1', date: null, comment: '' }],
      executionReports: [{ id: ctx.newId(), year: 2027, activitiesDone: 'x', difficulties: '', adjustments: '', nextYearPlan: '', submittedOn: '2028-02-15' }],
    };
    expect(executionFollowUp(reported, undefined, '2028-03-01')).toEqual([]);
    // They are reminders: the voted deliberation package is not blocked by them.
    expect(items.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('closed, the final report’s blank texts are named; the gate reads the same rule', () => {
    const s = inPhase(demo(), 'closed');
    expect(executionFollowUp(s).map((i) => i.rule)).toEqual(['executionFinal_finalAssessment', 'executionFinal_lessonsLearned', 'executionFinal_sustainability']);
    const ids = gate(s, AuthoritySettings.parse(demoSettings())).items.map((i) => i.rule);
    expect(ids).toContain('executionFinal_finalAssessment');
  });
});

describe('moving between phases', () => {
  it('goes one step at a time; leaving « closed » clears the closing date', () => {
    const s = demo();
    expect(() => setPhase(s, 'closed', { hasVotedVersion: true }, ctx)).toThrow(/cannot go from draft to closed/);
    const closed = { ...inPhase(s, 'closed'), execution: { ...s.execution, phase: 'closed' as const, closedOn: '2029-12-31' } };
    expect(setPhase(closed, 'in_execution', { hasVotedVersion: false }, ctx).execution).toMatchObject({ phase: 'in_execution', closedOn: null });
  });
});

describe('where a programme stands', () => {
  it('in execution: the first unsent yearly report, late once its year is over; the next dated step', () => {
    const s = inPhase(demo(), 'in_execution');
    const standing = programmeStanding(s, '2028-03-01');
    expect(standing.nextReport).toEqual({ kind: 'yearly', year: 2027, overdue: true });
    // Before the programme starts, the first year's report is the next one, not yet late.
    expect(programmeStanding(s, '2026-12-01').nextReport).toEqual({ kind: 'yearly', year: 2027, overdue: false });
    expect((standing.nextDeadline?.date ?? '') >= '2028-03-01').toBe(true);
    const done = { ...s, executionReports: [2027, 2028].map((year) => ({ id: ctx.newId(), year, activitiesDone: '', difficulties: '', adjustments: '', nextYearPlan: '', submittedOn: `${year + 1}-01-20` })) };
    expect(programmeStanding(done, '2029-02-01').nextReport).toEqual({ kind: 'final', overdue: false });
  });
});
