import type { CollectionKey } from '../../src-shared/model';

/** SQL table of each collection. */
export const COLLECTION_TABLES: Record<CollectionKey, string> = {
  targetGroups: 'target_groups',
  territories: 'territories',
  stakeholders: 'stakeholders',
  workshops: 'workshops',
  problems: 'problems',
  objectives: 'objectives',
  parties: 'parties',
  signatories: 'signatories',
  clauses: 'clauses',
  logframe: 'logframe_rows',
  preconditions: 'preconditions',
  indicators: 'indicators',
  indicatorTargets: 'indicator_targets',
  monitoringValues: 'monitoring_values',
  budgetLines: 'budget_lines',
  funders: 'funders',
  contributions: 'contributions',
  risks: 'risks',
  attachments: 'attachments',
  expenditures: 'expenditures',
  receipts: 'receipts',
  executionReports: 'execution_reports',
};

/** Row shape shared by every collection table: the entity is JSON, order and owner are columns. */
export interface EntityRow {
  id: string;
  programme_id: string;
  position: number;
  data: string;
}

export interface ProgrammeRow {
  id: string;
  title: string;
  acronym: string;
  partner_authority: string;
  schema_version: number;
  /** Counts the writes to this programme's rows (a copy read at revision n is current while it is n). */
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SectionRow {
  programme_id: string;
  key: string;
  data: string;
}

export interface RevisionRow {
  id: string;
  programme_id: string;
  seq: number;
  at: string;
  author: string;
  organisation: string;
  command: string;
  summary: string;
  steps: string;
  changes: string;
  state: 'done' | 'undone' | 'discarded';
  origin: 'local' | 'import';
}

export interface SettingRow {
  key: string;
  data: string;
}

/** Kysely's view of the database (collection tables share one row type). */
export type Database = {
  programmes: ProgrammeRow;
  sections: SectionRow;
  revisions: RevisionRow;
  settings: SettingRow;
} & { [table: string]: EntityRow };
