import type { CollectionKey, SectionKey } from '../model';

/** The steps of the cycle, in the guide's order. */
export const STEPS = [
  'framing',
  'diagnosis',
  'partnership',
  'logframe',
  'indicators',
  'budget',
  'timeline',
  'risks',
  'documents',
  'execution',
  'capitalisation',
] as const;
export type StepKey = (typeof STEPS)[number];

/** Which step a piece of the programme belongs to (history, readiness counts). */
export const STEP_OF: Record<CollectionKey | SectionKey, StepKey> = {
  framing: 'framing',
  targetGroups: 'framing',
  territories: 'diagnosis',
  stakeholders: 'diagnosis',
  workshops: 'diagnosis',
  problems: 'diagnosis',
  objectives: 'diagnosis',
  attachments: 'diagnosis',
  parties: 'partnership',
  signatories: 'partnership',
  governance: 'partnership',
  clauses: 'partnership',
  logframe: 'logframe',
  preconditions: 'logframe',
  indicators: 'indicators',
  indicatorTargets: 'indicators',
  monitoringValues: 'indicators',
  budgetLines: 'budget',
  funders: 'budget',
  contributions: 'budget',
  budgetSettings: 'budget',
  risks: 'risks',
  capitalisation: 'capitalisation',
  session: 'documents',
  execution: 'execution',
  expenditures: 'execution',
  receipts: 'execution',
  executionReports: 'execution',
};
