import type { SnapshotUpgrade } from '../upgrades';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Schema 2 → 3, execution after the vote: a programme of schema 2 is a draft with nothing spent, received or
 * reported yet. (A database's programmes that already have an « as voted » version start as voted: migration 0080.)
 * Frozen: literal values only.
 */
export const upgradeExecution: SnapshotUpgrade = (older) => ({
  ...older,
  execution: isObject(older.execution)
    ? older.execution
    : { phase: 'draft', startedOn: null, closedOn: null, finalAssessment: '', lessonsLearned: '', sustainability: '' },
  expenditures: Array.isArray(older.expenditures) ? older.expenditures : [],
  receipts: Array.isArray(older.receipts) ? older.receipts : [],
  executionReports: Array.isArray(older.executionReports) ? older.executionReports : [],
});
