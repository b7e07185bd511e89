import { z } from 'zod';
import { Attachment } from './attachments';
import { BudgetLine, BudgetSettings, Contribution, Funder } from './budget';
import { Capitalisation } from './capitalisation';
import { Id } from './common';
import { Stakeholder, Territory, Workshop } from './diagnosis';
import { ExecutionReport, ExecutionSection, Expenditure, Receipt } from './execution';
import { Framing, TargetGroup } from './framing';
import { Indicator, IndicatorTarget, MonitoringValue } from './indicators';
import { LogframeRow, Precondition } from './logframe';
import { Clause, Governance, Party, Signatory } from './partnership';
import { Risk } from './risks';
import { SessionParticulars } from './session';
import { Objective, Problem } from './trees';

/** Version of the snapshot's shape; archives and databases carry it. */
export const SCHEMA_VERSION = 3;

/** Single-valued parts of a programme (one object each). */
export const SECTION_SCHEMAS = {
  framing: Framing,
  governance: Governance,
  budgetSettings: BudgetSettings,
  capitalisation: Capitalisation,
  session: SessionParticulars,
  execution: ExecutionSection,
} as const;
export type SectionKey = keyof typeof SECTION_SCHEMAS;
export const SECTION_KEYS = Object.keys(SECTION_SCHEMAS) as SectionKey[];

/** Ordered lists of entities, each entity with a UUID v7 id. The order of the array is meaningful. */
export const COLLECTION_SCHEMAS = {
  targetGroups: TargetGroup,
  territories: Territory,
  stakeholders: Stakeholder,
  workshops: Workshop,
  problems: Problem,
  objectives: Objective,
  parties: Party,
  signatories: Signatory,
  clauses: Clause,
  logframe: LogframeRow,
  preconditions: Precondition,
  indicators: Indicator,
  indicatorTargets: IndicatorTarget,
  monitoringValues: MonitoringValue,
  budgetLines: BudgetLine,
  funders: Funder,
  contributions: Contribution,
  risks: Risk,
  attachments: Attachment,
  expenditures: Expenditure,
  receipts: Receipt,
  executionReports: ExecutionReport,
} as const;
export type CollectionKey = keyof typeof COLLECTION_SCHEMAS;
export const COLLECTION_KEYS = Object.keys(COLLECTION_SCHEMAS) as CollectionKey[];
export const CollectionKeySchema = z.enum(COLLECTION_KEYS as [CollectionKey, ...CollectionKey[]]);
export const SectionKeySchema = z.enum(SECTION_KEYS as [SectionKey, ...SectionKey[]]);

const MAX_ENTITIES = 20_000;
const collectionShape = Object.fromEntries(
  COLLECTION_KEYS.map((key) => [key, z.array(COLLECTION_SCHEMAS[key]).max(MAX_ENTITIES).default([])]),
) as { [K in CollectionKey]: z.ZodDefault<z.ZodArray<(typeof COLLECTION_SCHEMAS)[K]>> };
const sectionShape = Object.fromEntries(
  SECTION_KEYS.map((key) => {
    const schema = SECTION_SCHEMAS[key] as z.ZodObject;
    return [key, schema.default(schema.parse({}) as never)];
  }),
) as { [K in SectionKey]: z.ZodDefault<(typeof SECTION_SCHEMAS)[K]> };

export const ProgrammeSnapshot = z.object({
  id: Id,
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  ...sectionShape,
  ...collectionShape,
});
export type ProgrammeSnapshot = z.infer<typeof ProgrammeSnapshot>;

export type EntityOf<K extends CollectionKey> = z.infer<(typeof COLLECTION_SCHEMAS)[K]>;
export type SectionOf<K extends SectionKey> = z.infer<(typeof SECTION_SCHEMAS)[K]>;
export type AnyEntity = { id: string } & Record<string, unknown>;

/** Builds an entity from a partial description: fills defaults and a fresh id, validates. */
export function makeEntity<K extends CollectionKey>(
  collection: K,
  fields: Partial<EntityOf<K>> & Record<string, unknown>,
  newId: () => string,
): EntityOf<K> {
  return COLLECTION_SCHEMAS[collection].parse({ id: newId(), ...fields }) as EntityOf<K>;
}

/** An empty programme, with the two territories of every cooperation (here and there). */
export function emptyProgramme(
  id: string,
  now: string,
  newId: () => string,
  init: { title?: string } = {},
): ProgrammeSnapshot {
  return ProgrammeSnapshot.parse({
    id,
    schemaVersion: SCHEMA_VERSION,
    createdAt: now,
    updatedAt: now,
    framing: { title: init.title ?? '' },
    territories: [
      { id: newId(), side: 'france', name: '' },
      { id: newId(), side: 'partner', name: '' },
    ],
  });
}
