import { buildDemoProgramme } from '../../src-shared/demo';
import { newId, type ProgrammeSnapshot } from '../../src-shared/model';

/**
 * The demo after a year of execution (2027): one spending entry on each of its first 2027 lines (part of what was
 * planned, a voucher and a date each), a receipt from each funder, and the officer's report texts for the year.
 */
export function demoWithExecutedYear(): ProgrammeSnapshot {
  const s = buildDemoProgramme(newId, '2026-12-01T10:00:00.000Z');
  const lines = s.budgetLines.filter((l) => l.year === 2027).slice(0, 8);
  const expenditures = lines.map((l, i) => ({
    id: newId(),
    budgetLineId: l.id,
    year: 2027,
    nature: l.nature,
    amount: Math.round(l.quantity * l.unitCost * (0.5 + i * 0.07) * 100) / 100,
    reference: `Mandat 2027-${100 + i}`,
    date: `2027-0${(i % 9) + 1}-15`,
    comment: '',
  }));
  const receipts = s.funders.map((f, i) => ({ id: newId(), funderId: f.id, year: 2027, nature: 'cash' as const, amount: 10_000 * (i + 1), reference: `Titre de recette ${i + 1}`, date: '2027-04-01' }));
  const report = {
    id: newId(),
    year: 2027,
    activitiesDone: 'Les deux premières cohortes de jeunes ont suivi le parcours d’orientation.\nLe guichet d’insertion a ouvert ses portes à Ndiawara en mai.',
    difficulties: 'La saison des pluies a retardé les ateliers prévus en septembre.',
    adjustments: 'Les ateliers ont été regroupés en octobre, avec l’accord du comité de pilotage.',
    nextYearPlan: 'En 2028, le programme ouvrira une troisième cohorte et formera les conseillers du guichet.',
    submittedOn: null,
  };
  return { ...s, execution: { ...s.execution, phase: 'in_execution', startedOn: '2027-01-02' }, expenditures, receipts, executionReports: [report] };
}

/** The same programme at its close: every year reported, and the final report's texts written. */
export function demoClosed(): ProgrammeSnapshot {
  const s = demoWithExecutedYear();
  return {
    ...s,
    execution: {
      ...s.execution,
      phase: 'closed',
      closedOn: '2029-12-31',
      finalAssessment: 'Le programme a atteint la plupart de ses résultats attendus, avec un léger retard la première année.',
      lessonsLearned: 'Associer les services sociaux dès le diagnostic a rendu l’orientation des jeunes plus juste.',
      sustainability: 'La commune reprend le guichet d’insertion dans son budget à partir de 2030.',
    },
  };
}
