import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentBuilder } from '../../src-main/services/versions';
import { executionFacts } from '../../src-shared/method/execution';
import { createTestApp, type TestApp } from '../helpers/app';

const opened: TestApp[] = [];
afterEach(() => opened.splice(0).forEach((a) => a.close()));

/** Freezing builds the council's package; a tiny builder keeps the test about phases. */
const builder: DocumentBuilder = async () => [{ name: 'rapport-fr.docx', bytes: new TextEncoder().encode('rapport') }];

async function demo(): Promise<{ t: TestApp; id: string }> {
  const t = await createTestApp({ buildDocuments: builder });
  opened.push(t);
  const { id } = await t.ok('programme.createDemo', {});
  return { t, id };
}

describe('phases after the vote', () => {
  it('starting the execution needs the « as voted » version; each move is one undoable revision', async () => {
    const { t, id } = await demo();
    expect(t.app.programmes.get(id).execution.phase).toBe('draft');
    const refused = await t.fails('execution.setPhase', { programmeId: id, phase: 'voted' });
    expect(refused.code).toBe('phase_refused');
    expect(refused.details).toMatchObject({ reason: 'no_voted_version' });
    expect((await t.fails('execution.setPhase', { programmeId: id, phase: 'in_execution' })).details).toMatchObject({ reason: 'move' });
    expect(t.app.programmes.get(id).execution.phase).toBe('draft');

    await t.ok('version.freeze', { programmeId: id, deliberationNumber: 'CP-2026-12-07', deliberationDate: '2026-12-07' });
    expect(t.app.programmes.get(id).execution.phase).toBe('voted');
    await t.ok('execution.setPhase', { programmeId: id, phase: 'in_execution' });
    const running = t.app.programmes.get(id).execution;
    expect(running.phase).toBe('in_execution');
    expect(running.startedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await t.ok('history.undo', { programmeId: id });
    expect(t.app.programmes.get(id).execution).toMatchObject({ phase: 'voted', startedOn: null });
    await t.ok('history.redo', { programmeId: id });
    expect(t.app.programmes.get(id).execution.phase).toBe('in_execution');
  });

  it('freezing the « as voted » version votes a draft programme, as its own revision; an amendment keeps the phase', async () => {
    const { t, id } = await demo();
    const version = await t.ok('version.freeze', { programmeId: id, deliberationNumber: 'CP-2026-12-07', deliberationDate: '2026-12-07' });
    expect(t.app.programmes.get(id).execution.phase).toBe('voted');
    const history = await t.ok('history.list', { programmeId: id });
    expect(history.slice(0, 2).map((h) => [h.command, h.state])).toEqual([
      ['execution.setPhase', 'done'],
      ['version.freeze', 'discarded'],
    ]);
    expect(history[1]!.seq).toBe(version.revisionSeq);
    // The version frozen is the programme as voted on: its snapshot is the one before the phase changed.
    expect(t.app.versions.snapshot(id, version.id).execution.phase).toBe('draft');
    // The vote's revision is undoable like the officer's click.
    await t.ok('history.undo', { programmeId: id });
    expect(t.app.programmes.get(id).execution.phase).toBe('draft');
    await t.ok('history.redo', { programmeId: id });

    // In execution, an amendment's freeze leaves the phase alone and adds no phase revision.
    await t.ok('execution.setPhase', { programmeId: id, phase: 'in_execution' });
    await t.ok('section.update', { programmeId: id, section: 'framing', fields: { acronym: 'CAP 2' } });
    await t.ok('version.freeze', { programmeId: id, deliberationNumber: 'CP-2027-06-01', deliberationDate: '2027-06-01', amendment: true });
    expect(t.app.programmes.get(id).execution.phase).toBe('in_execution');
    expect((await t.ok('history.list', { programmeId: id }))[0]!.command).toBe('version.freeze');
  });

  it('closing asks for the final report’s texts, and keeps them', async () => {
    const { t, id } = await demo();
    await t.ok('version.freeze', { programmeId: id, deliberationNumber: 'CP-1', deliberationDate: '2026-12-07' });
    await t.ok('execution.setPhase', { programmeId: id, phase: 'in_execution' });
    const refused = await t.fails('execution.setPhase', { programmeId: id, phase: 'closed', final: { finalAssessment: 'Objectifs atteints.' } });
    expect(refused.details).toMatchObject({ reason: 'final_report_missing', missing: ['lessonsLearned', 'sustainability'] });
    expect(t.app.programmes.get(id).execution).toMatchObject({ phase: 'in_execution', finalAssessment: '' });
    await t.ok('execution.setPhase', {
      programmeId: id,
      phase: 'closed',
      final: { finalAssessment: 'Objectifs atteints.', lessonsLearned: 'Associer tôt les services sociaux.', sustainability: 'Le guichet est repris par la commune.', closedOn: '2029-12-31' },
    });
    expect(t.app.programmes.get(id).execution).toMatchObject({ phase: 'closed', closedOn: '2029-12-31', lessonsLearned: 'Associer tôt les services sociaux.' });
  });
});

describe('execution entries', () => {
  it('a file of entries is added whole, and the facts sum exactly what was entered', async () => {
    const { t, id } = await demo();
    const s = t.app.programmes.get(id);
    const [a, b] = s.budgetLines.filter((l) => l.year === 2027);
    const funder = s.funders[0]!;
    const { added } = await t.ok('execution.import', {
      programmeId: id,
      expenditures: [
        { budgetLineId: a!.id, year: 2027, amount: 1234.56, reference: 'Mandat 2027-0042', date: '2027-03-14' },
        { budgetLineId: a!.id, amount: 100.1, reference: 'Facture F-17', date: '2027-09-02' },
        { budgetLineId: b!.id, year: 2027, nature: 'in_kind', amount: 0.34, reference: 'Feuille de temps T3' },
      ],
      receipts: [{ funderId: funder.id, amount: 5000, date: '2027-02-01', reference: 'Titre 118' }],
    });
    expect(added).toBe(4);
    const facts = executionFacts(t.app.programmes.get(id), 2027);
    expect(facts.total.executed).toBe(1335);
    expect(facts.total.cash).toBe(1334.66);
    expect(facts.total.inKind).toBe(0.34);
    expect(facts.byCategory.reduce((x, c) => x + Math.round(c.executed * 100), 0)).toBe(133_500);
    expect(facts.received).toBe(5000);
    expect(executionFacts(t.app.programmes.get(id), 2028).total.executed).toBe(0);
  });

  it('one bad entry refuses the whole file, naming each fault; nothing is added', async () => {
    const { t, id } = await demo();
    const s = t.app.programmes.get(id);
    const line = s.budgetLines[0]!;
    const error = await t.fails('execution.import', {
      programmeId: id,
      expenditures: [
        { budgetLineId: line.id, year: 2027, amount: 10 },
        { budgetLineId: '01890000-0000-7000-8000-000000000000', year: 2027, amount: 10 },
        { budgetLineId: line.id, year: 2027, amount: -5 },
        { budgetLineId: line.id, year: 2027, amount: 5, invoice: 'x' },
      ],
    });
    expect(error.code).toBe('invalid_input');
    const paths = (error.details as { issues: Array<{ path: string }> }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['expenditures.1.budgetLineId', 'expenditures.2.amount', 'expenditures.3.invoice']));
    expect(paths.some((p) => p.startsWith('expenditures.0'))).toBe(false);
    expect(t.app.programmes.get(id).expenditures).toEqual([]);
  });

  it('each year has one report; opening it twice gives the same one', async () => {
    const { t, id } = await demo();
    const first = await t.ok('execution.openReport', { programmeId: id, year: 2028 });
    const again = await t.ok('execution.openReport', { programmeId: id, year: 2028 });
    expect(again.createdId).toBe(first.createdId);
    await t.ok('execution.openReport', { programmeId: id, year: 2027 });
    expect(t.app.programmes.get(id).executionReports.map((r) => r.year)).toEqual([2027, 2028]);
  });
});

describe('portfolio', () => {
  it('sums each year and country over the programmes and says where each stands', async () => {
    const { t, id } = await demo();
    const other = (await t.ok('programme.duplicate', { programmeId: id })).id;
    const s = t.app.programmes.get(id);
    const line = s.budgetLines.find((l) => l.year === 2027 && l.nature === 'cash')!;
    await t.ok('execution.import', { programmeId: other, expenditures: [] });
    await t.ok('execution.import', { programmeId: id, expenditures: [{ budgetLineId: line.id, year: 2027, amount: 700 }] });
    const summary = await t.ok('portfolio.summary', {});
    const row = summary.totals.find((r) => r.year === 2027 && r.country === s.framing.partnerCountry)!;
    const planned2027 = s.budgetLines.filter((l) => l.year === 2027 && l.nature === 'cash').reduce((x, l) => x + Math.round(l.quantity * l.unitCost * 100), 0);
    expect(Math.round(row.plannedCash * 100)).toBe(planned2027 * 2);
    expect(row.executedCash).toBe(700);
    expect(row.programmeIds.sort()).toEqual([id, other].sort());
    expect(summary.programmes.map((p) => p.phase)).toEqual(['draft', 'draft']);
  });
});
