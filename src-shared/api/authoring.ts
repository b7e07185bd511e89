import { z } from 'zod';
import { IsoDate } from '../model/common';
import type { CommandSpec, EditResult } from './define';
import { EditResultSchema, ProgrammeRef, query, write } from './define';

/**
 * Guided authoring (steps 1–3): framing period, problem and objective trees, parties, convention.
 * Plain field edits go through the generic entity.* and section.update commands.
 */

const Tree = z.enum(['problems', 'objectives']);
const NodeRef = ProgrammeRef.extend({ tree: Tree, id: z.uuid() });
const NodeText = z.string().max(100_000).default('');

export const authoringCommands = {
  /** Either date or both (a date left out keeps its stored value); an end before the start is refused. */
  'framing.setPeriod': write(
    ProgrammeRef.extend({ startDate: IsoDate.nullable().optional(), endDate: IsoDate.nullable().optional() }),
    EditResultSchema,
  ),

  /** Adds a node: the core (once per tree), a child (under the core: branch below = cause/means, above = effect/end) or a sibling. */
  'tree.addNode': write(
    ProgrammeRef.extend({
      tree: Tree,
      position: z.discriminatedUnion('as', [
        z.object({ as: z.literal('core') }),
        z.object({ as: z.literal('child'), of: z.uuid(), branch: z.enum(['below', 'above']).optional() }),
        z.object({ as: z.literal('sibling'), of: z.uuid() }),
      ]),
      text: NodeText,
    }),
    EditResultSchema,
  ),
  'tree.indent': write(NodeRef, EditResultSchema),
  'tree.outdent': write(NodeRef, EditResultSchema),
  'tree.shift': write(NodeRef.extend({ direction: z.enum(['up', 'down']) }), EditResultSchema),

  /** Creates the objectives missing for the problems; never changes an objective already derived. */
  'trees.deriveObjectives': write(
    ProgrammeRef,
    z.custom<EditResult & { report: { created: number; kept: number; linked: number } }>(),
  ),
  /** The core objective or a means branch becomes a specific objective with its results and activities. */
  'trees.sendToLogframe': write(
    ProgrammeRef.extend({ objectiveId: z.uuid() }),
    z.custom<EditResult & { report: { specificId: string; createdRows: number; keptRows: number } }>(),
  ),

  'partnership.addParty': write(
    ProgrammeRef.extend({ stakeholderId: z.uuid(), role: z.enum(['lead', 'partner', 'other']) }),
    EditResultSchema,
  ),

  /** Adds the missing standard clauses and refreshes those still at their default; edited ones are kept. */
  'convention.generate': write(
    ProgrammeRef,
    z.custom<EditResult & { report: { created: number; refreshed: number; keptEdited: number } }>(),
  ),
  'convention.updateClause': write(
    ProgrammeRef.extend({
      id: z.uuid(),
      title: z.string().max(2_000).optional(),
      text: z.string().max(100_000).optional(),
      partnerText: z.string().max(100_000).optional(),
      required: z.boolean().optional(),
    }),
    EditResultSchema,
  ),
  'convention.resetClause': write(ProgrammeRef.extend({ id: z.uuid() }), EditResultSchema),
  'convention.reorderClause': write(ProgrammeRef.extend({ id: z.uuid(), index: z.number().int().min(0) }), EditResultSchema),
  'convention.addClause': write(
    ProgrammeRef.extend({ title: z.string().trim().min(1).max(2_000), afterId: z.uuid().optional() }),
    EditResultSchema,
  ),
  /** The default text a clause would have now (to compare before resetting). */
  'convention.preview': query(
    ProgrammeRef.extend({ id: z.uuid() }),
    z.custom<{ title: string; text: string }>(),
  ),
} satisfies Record<string, CommandSpec>;
