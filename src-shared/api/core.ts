import { z } from 'zod';
import { CollectionKeySchema, AuthoritySettings, SectionKeySchema } from '../model';
import type { ProgrammeSnapshot } from '../model';
import { EditResultSchema, ProgrammeRef, query, write } from './define';

export interface ProgrammeSummary {
  id: string;
  title: string;
  acronym: string;
  partnerAuthority: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface RevisionSummary {
  id: string;
  seq: number;
  at: string;
  author: string;
  organisation: string;
  command: string;
  summary: string;
  steps: string[];
  state: 'done' | 'undone' | 'discarded';
  origin: 'local' | 'import';
}

/** A stored row that could not be read back: left out of the snapshot (a section: replaced by its defaults). */
export interface DamagedPart {
  /** A collection key (an entity row) or a section key. */
  part: string;
  /** The entity's id; null for a section. */
  id: string | null;
  reason: 'not_json' | 'invalid';
  /** The first characters the row holds, so the officer can tell what was lost. */
  excerpt: string;
}

const Title = z.string().trim().min(1).max(2_000);
/**
 * A map of field names to values. `__proto__` is refused by name before parsing: a record parse would drop it
 * (assigning it sets the prototype), so an update naming it would be silently ignored instead of refused.
 */
const Fields = z
  .unknown()
  .refine((v) => !(typeof v === 'object' && v !== null && Object.hasOwn(v, '__proto__')), { message: 'Unknown field: __proto__.', abort: true })
  .pipe(z.record(z.string(), z.unknown()));

export const coreCommands = {
  'app.info': query(
    z.strictObject({}),
    z.custom<{ version: string; schemaVersion: number; dataDir: string; transport: 'ipc' | 'http' }>(),
  ),
  'programme.list': query(
    z.strictObject({ includeDeleted: z.boolean().default(false) }),
    z.custom<ProgrammeSummary[]>(),
  ),
  'programme.get': query(ProgrammeRef, z.custom<{ snapshot: ProgrammeSnapshot; canUndo: boolean; canRedo: boolean; damaged: DamagedPart[] }>()),
  'programme.create': write(z.strictObject({ title: Title }), z.custom<ProgrammeSummary>()),
  'programme.createDemo': write(z.strictObject({}), z.custom<ProgrammeSummary>()),
  'programme.rename': write(ProgrammeRef.extend({ title: Title }), EditResultSchema),
  'programme.duplicate': write(ProgrammeRef, z.custom<ProgrammeSummary>()),
  /** Moves to the bin (after a backup); restorable. */
  'programme.delete': write(ProgrammeRef, z.custom<ProgrammeSummary>()),
  'programme.restore': write(ProgrammeRef, z.custom<ProgrammeSummary>()),
  /** Empties the programme out of the bin for good (after a backup). */
  'programme.purge': write(ProgrammeRef, z.strictObject({ purged: z.literal(true) })),

  'history.undo': write(ProgrammeRef, EditResultSchema),
  'history.redo': write(ProgrammeRef, EditResultSchema),
  'history.list': query(
    ProgrammeRef.extend({ limit: z.number().int().min(1).max(5_000).default(500) }),
    z.custom<RevisionSummary[]>(),
  ),

  /** Generic edits on one entity of a collection; domain commands exist where the method needs more. */
  'entity.add': write(
    ProgrammeRef.extend({
      collection: CollectionKeySchema,
      fields: Fields.default({}),
      index: z.number().int().min(0).optional(),
    }),
    EditResultSchema,
  ),
  'entity.update': write(
    ProgrammeRef.extend({ collection: CollectionKeySchema, id: z.uuid(), fields: Fields }),
    EditResultSchema,
  ),
  'entity.remove': write(ProgrammeRef.extend({ collection: CollectionKeySchema, id: z.uuid() }), EditResultSchema),
  'entity.move': write(
    ProgrammeRef.extend({
      collection: CollectionKeySchema,
      id: z.uuid(),
      /** Index among the siblings (same parent) after the move. */
      index: z.number().int().min(0),
      parentId: z.uuid().nullable().optional(),
    }),
    EditResultSchema,
  ),
  'section.update': write(ProgrammeRef.extend({ section: SectionKeySchema, fields: Fields }), EditResultSchema),

  'settings.get': query(z.strictObject({}), z.custom<AuthoritySettings>()),
  'settings.update': write(z.strictObject({ fields: Fields }), z.custom<AuthoritySettings>()),
  /** Damaged settings: keeps every readable field, empties the others, after a backup. */
  'settings.repair': write(z.strictObject({}), z.custom<{ settings: AuthoritySettings; reset: string[]; backup: string | null }>()),
};
