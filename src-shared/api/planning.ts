import { z } from 'zod';
import { LogframeLevel, type RuleSet } from '../model';
import type { ReadinessItem } from '../method/readiness';
import type { StepKey } from '../method/steps';
import { EditResultSchema, ProgrammeRef, query, write, type CommandSpec } from './define';

const Fields = z.record(z.string(), z.unknown());
const IsoDateOrNull = z.iso.date().nullable();

export interface ReadinessReport {
  ready: boolean;
  items: ReadinessItem[];
  counts: Partial<Record<StepKey, number>>;
}

/** Logframe, indicators, budget, timeline, risks and the readiness check (steps 4–8). */
export const planningCommands = {
  /** Adds a row under its parent (goal: parentId null); returns createdId. */
  'logframe.addRow': write(
    ProgrammeRef.extend({
      level: LogframeLevel,
      parentId: z.uuid().nullable(),
      index: z.number().int().min(0).optional(),
      fields: Fields.optional(),
    }),
    EditResultSchema,
  ),
  /** Moves a row with its children under another parent of the right level, at `index` among its siblings. */
  'logframe.moveRow': write(
    ProgrammeRef.extend({ id: z.uuid(), parentId: z.uuid().nullable(), index: z.number().int().min(0) }),
    EditResultSchema,
  ),
  /** Sets an activity's dates (timeline). */
  'logframe.setDates': write(
    ProgrammeRef.extend({ id: z.uuid(), startDate: IsoDateOrNull, endDate: IsoDateOrNull }),
    EditResultSchema,
  ),
  'indicator.add': write(ProgrammeRef.extend({ logframeId: z.uuid(), fields: Fields.optional() }), EditResultSchema),
  'indicator.setSdgTargets': write(ProgrammeRef.extend({ id: z.uuid(), codes: z.array(z.string().max(10)).max(169) }), EditResultSchema),
  'indicator.addTarget': write(ProgrammeRef.extend({ indicatorId: z.uuid(), fields: Fields.optional() }), EditResultSchema),
  'indicator.addValue': write(ProgrammeRef.extend({ indicatorId: z.uuid(), fields: Fields.optional() }), EditResultSchema),
  /** Chooses a shipped co-financing rule set (copied into the programme) or none. */
  'budget.applyRuleSet': write(ProgrammeRef.extend({ ruleSetId: z.string().min(1).max(60).nullable() }), EditResultSchema),
  'budget.updateRule': write(ProgrammeRef.extend({ ruleId: z.string().min(1).max(60), fields: Fields }), EditResultSchema),
  'budget.ruleSets': query(z.object({}), z.custom<readonly RuleSet[]>()),
  /** Everything missing or inconsistent before the deliberation. */
  'readiness.check': query(ProgrammeRef, z.custom<ReadinessReport>()),
} satisfies Record<string, CommandSpec>;
