import type BetterSqlite3 from 'better-sqlite3';
import type { EditResult } from '../../src-shared/api/define';
import type { ProgrammeSummary, RevisionSummary } from '../../src-shared/api/core';
import { CommandError } from '../../src-shared/api/errors';
import type { EditContext } from '../../src-shared/edits/context';
import { STEP_OF, structureProblems } from '../../src-shared/method';
import {
  COLLECTION_SCHEMAS,
  SECTION_SCHEMAS,
  REFERENCES,
  applyChanges,
  diffSnapshots,
  emptyProgramme,
  invertChanges,
  remapIds,
  touchedKeys,
  type AnyEntity,
  type Change,
  type ProgrammeSnapshot,
} from '../../src-shared/model';
import { all, exec, first, sql } from '../store/query';
import { deleteProgrammeRows, findUsedIds, insertSnapshot, readProgrammeRow, readSnapshotReport, writeChanges, type DamagedPart } from '../store/snapshot-rows';
import type { ProgrammeRow } from '../store/tables';
import type { BackupService } from './backups';
import type { Platform } from './platform';
import type { SettingsService } from './settings';

/** What a transform returns: the next snapshot, with the changes when the edit produced them itself. */
export type Produced = ProgrammeSnapshot | { snapshot: ProgrammeSnapshot; changes: Change[] };
export type Transform = (snapshot: ProgrammeSnapshot, ctx: EditContext) => Produced;

export interface EditOptions {
  origin?: 'local' | 'import';
  /** Set when the transform creates an entity, so the screen can focus it. */
  createdId?: string;
}

/** A snapshot as read at a given revision of its programme row. */
interface CachedCopy {
  snapshot: ProgrammeSnapshot;
  revision: number;
  damaged: DamagedPart[];
}

const toSummary = (row: ProgrammeRow): ProgrammeSummary => ({
  id: row.id,
  title: row.title,
  acronym: row.acronym,
  partnerAuthority: row.partner_authority,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

/**
 * Programmes: the only writer of programme rows. Every write goes through one IMMEDIATE transaction that
 * reads the programme's revision first: a copy read at another revision (another process wrote: the CLI
 * beside the app) is read again before the change is applied, so no write is ever made from a stale copy.
 */
export class ProgrammeService {
  /** Snapshots by programme, each with the revision it was read at (checked before every use). */
  private readonly cache = new Map<string, CachedCopy>();

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly backups: BackupService,
    private readonly settings: SettingsService,
    readonly platform: Platform,
  ) {}

  context(): EditContext {
    return { newId: this.platform.newId, now: this.platform.clock().toISOString() };
  }

  list(includeDeleted = false): ProgrammeSummary[] {
    let q = sql.selectFrom('programmes').selectAll().orderBy('updated_at', 'desc');
    if (!includeDeleted) q = q.where('deleted_at', 'is', null);
    return all(this.db, q).map(toSummary);
  }

  private row(id: string): ProgrammeRow {
    const row = readProgrammeRow(this.db, id);
    if (!row) throw new CommandError('not_found', 'This programme does not exist (it may have been deleted for good).', { id });
    return row;
  }

  summary(id: string): ProgrammeSummary {
    return toSummary(this.row(id));
  }

  /** The current copy: the cached one when its revision is the stored one, else read again from the rows. */
  private current(id: string, allowDeleted: boolean): CachedCopy {
    const row = this.row(id);
    if (row.deleted_at && !allowDeleted) {
      throw new CommandError('programme_deleted', 'This programme is in the bin: restore it to edit it.', { id });
    }
    const cached = this.cache.get(id);
    if (cached && cached.revision === row.revision) return cached;
    const read = readSnapshotReport(this.db, id)!;
    const copy = { snapshot: read.snapshot, revision: row.revision, damaged: read.damaged };
    this.cache.set(id, copy);
    return copy;
  }

  /** The snapshot of a programme that is not in the bin. */
  get(id: string, { allowDeleted = false } = {}): ProgrammeSnapshot {
    return this.current(id, allowDeleted).snapshot;
  }

  /** The rows of a programme that could not be read (left out of its snapshot), with what they held. */
  damaged(id: string): DamagedPart[] {
    return this.current(id, true).damaged;
  }

  undoState(id: string): { canUndo: boolean; canRedo: boolean } {
    const has = (state: 'done' | 'undone') =>
      first(this.db, sql.selectFrom('revisions').select('id').where('programme_id', '=', id).where('state', '=', state).limit(1)) !== undefined;
    return { canUndo: has('done'), canRedo: has('undone') };
  }

  /** Stores a new, complete snapshot (create, duplicate, demo, import as new). */
  insert(snapshot: ProgrammeSnapshot, origin: 'local' | 'import' = 'local', command = 'programme.create'): ProgrammeSummary {
    assertValid(snapshot);
    this.db
      .transaction(() => {
        assertFreeIds(this.db, snapshot);
        insertSnapshot(this.db, snapshot);
        this.recordRevision(snapshot.id, command, diffSnapshots(emptyLike(snapshot), snapshot), origin, false);
      })
      .immediate();
    this.cache.set(snapshot.id, { snapshot, revision: 0, damaged: [] });
    return this.summary(snapshot.id);
  }

  create(title: string): ProgrammeSummary {
    const ctx = this.context();
    return this.insert(emptyProgramme(ctx.newId(), ctx.now, ctx.newId, { title }));
  }

  duplicate(id: string): ProgrammeSummary {
    const source = this.get(id, { allowDeleted: true });
    const ctx = this.context();
    const copy = remapIds(source, ctx.newId, ctx.newId());
    return this.insert(
      { ...copy, createdAt: ctx.now, updatedAt: ctx.now, framing: { ...copy.framing, title: copyTitle(source.framing.title) } },
      'local',
      'programme.duplicate',
    );
  }

  /**
   * Applies a pure transform as one revision, inside one IMMEDIATE transaction: the copy it transforms is the
   * stored one at that moment (read again if another process wrote since). No change, no revision.
   */
  edit(programmeId: string, command: string, transform: Transform, options: EditOptions = {}): EditResult {
    const ctx = this.context();
    let written: CachedCopy | null = null;
    const result = this.db
      .transaction((): EditResult => {
        const copy = this.current(programmeId, false);
        const before = copy.snapshot;
        const produced = transform(before, ctx);
        const transformed = 'changes' in produced ? produced.snapshot : produced;
        const changes = 'changes' in produced ? produced.changes : diffSnapshots(before, transformed);
        if (changes.length === 0) {
          return { programmeId, revisionId: null, changes, updatedAt: before.updatedAt, ...this.undoState(programmeId) };
        }
        validateChanges(changes);
        const after = { ...transformed, updatedAt: ctx.now };
        if (!structureNeutral(changes)) assertStructure(after);
        writeChanges(this.db, before, after, changes, ctx.now);
        const revisionId = this.recordRevision(programmeId, command, changes, options.origin ?? 'local', true);
        written = { snapshot: after, revision: copy.revision + 1, damaged: copy.damaged };
        return {
          programmeId,
          revisionId,
          changes,
          updatedAt: ctx.now,
          ...this.undoState(programmeId),
          ...(options.createdId ? { createdId: options.createdId } : {}),
        };
      })
      .immediate();
    if (written) this.cache.set(programmeId, written);
    return result;
  }

  undo(programmeId: string): EditResult {
    return this.replay(programmeId, 'done');
  }

  redo(programmeId: string): EditResult {
    return this.replay(programmeId, 'undone');
  }

  /** Undo (the last done revision) or redo (the first undone one), chosen and applied inside one transaction. */
  private replay(programmeId: string, from: 'done' | 'undone'): EditResult {
    const now = this.platform.clock().toISOString();
    let written: CachedCopy | null = null;
    const result = this.db
      .transaction((): EditResult => {
        const copy = this.current(programmeId, false);
        const row = first(
          this.db,
          sql
            .selectFrom('revisions')
            .selectAll()
            .where('programme_id', '=', programmeId)
            .where('state', '=', from)
            .orderBy('seq', from === 'done' ? 'desc' : 'asc')
            .limit(1),
        );
        if (!row) {
          throw from === 'done'
            ? new CommandError('nothing_to_undo', 'There is nothing to undo.')
            : new CommandError('nothing_to_redo', 'There is nothing to redo.');
        }
        const recorded = JSON.parse(row.changes) as Change[];
        const changes = from === 'done' ? invertChanges(recorded) : recorded;
        const after = { ...applyChanges(copy.snapshot, changes), updatedAt: now };
        writeChanges(this.db, copy.snapshot, after, changes, now);
        exec(this.db, sql.updateTable('revisions').set({ state: from === 'done' ? 'undone' : 'done' }).where('id', '=', row.id));
        written = { snapshot: after, revision: copy.revision + 1, damaged: copy.damaged };
        return { programmeId, revisionId: row.id, changes, updatedAt: now, ...this.undoState(programmeId) };
      })
      .immediate();
    if (written) this.cache.set(programmeId, written);
    return result;
  }

  history(programmeId: string, limit: number): RevisionSummary[] {
    this.summary(programmeId);
    return all(
      this.db,
      sql.selectFrom('revisions').selectAll().where('programme_id', '=', programmeId).orderBy('seq', 'desc').limit(limit),
    ).map((r) => ({
      id: r.id,
      seq: r.seq,
      at: r.at,
      author: r.author,
      organisation: r.organisation,
      command: r.command,
      summary: r.summary,
      steps: JSON.parse(r.steps) as string[],
      state: r.state,
      origin: r.origin,
    }));
  }

  /** Records a revision; a new local edit drops the redo stack (as every editor does). */
  recordRevision(programmeId: string, command: string, changes: Change[], origin: 'local' | 'import', undoable: boolean): string {
    const { authorName, authorOrganisation } = this.settings.author();
    if (undoable) {
      exec(
        this.db,
        sql.updateTable('revisions').set({ state: 'discarded' }).where('programme_id', '=', programmeId).where('state', '=', 'undone'),
      );
    }
    const last = first(
      this.db,
      sql.selectFrom('revisions').select((eb) => eb.fn.max('seq').as('seq')).where('programme_id', '=', programmeId),
    );
    const id = this.platform.newId();
    exec(
      this.db,
      sql.insertInto('revisions').values({
        id,
        programme_id: programmeId,
        seq: Number(last?.seq ?? 0) + 1,
        at: this.platform.clock().toISOString(),
        author: authorName,
        organisation: authorOrganisation,
        command,
        summary: command,
        steps: JSON.stringify([...new Set([...touchedKeys(changes)].map((k) => STEP_OF[k]))]),
        changes: JSON.stringify(undoable ? changes : []),
        // Creation is not undoable: deleting goes through the bin instead.
        state: undoable ? 'done' : 'discarded',
        origin,
      }),
    );
    return id;
  }

  async moveToBin(id: string): Promise<ProgrammeSummary> {
    this.get(id);
    await this.backups.create('before-delete');
    exec(this.db, sql.updateTable('programmes').set({ deleted_at: this.platform.clock().toISOString() }).where('id', '=', id));
    return this.summary(id);
  }

  restoreFromBin(id: string): ProgrammeSummary {
    this.summary(id);
    exec(this.db, sql.updateTable('programmes').set({ deleted_at: null }).where('id', '=', id));
    return this.summary(id);
  }

  async purge(id: string): Promise<void> {
    const summary = this.summary(id);
    if (!summary.deletedAt) throw new CommandError('conflict', 'Move the programme to the bin before deleting it for good.');
    await this.backups.create('before-purge');
    this.db.transaction(() => deleteProgrammeRows(this.db, id))();
    this.cache.delete(id);
  }

  /** Forgets cached snapshots (after a restore replaced the database underneath). */
  invalidate(id?: string): void {
    if (id) this.cache.delete(id);
    else this.cache.clear();
  }
}

function copyTitle(title: string): string {
  return `${title} (copie)`;
}

function emptyLike(s: ProgrammeSnapshot): ProgrammeSnapshot {
  const empty: Record<string, unknown> = { ...s };
  for (const key of Object.keys(COLLECTION_SCHEMAS)) empty[key] = [];
  return empty as ProgrammeSnapshot;
}

/** Every entity and section a transform produced must satisfy its schema. */
function validateChanges(changes: Change[]): void {
  for (const c of changes) {
    const result =
      c.t === 'section'
        ? SECTION_SCHEMAS[c.key].safeParse(c.after)
        : c.t === 'entity' && c.after
          ? COLLECTION_SCHEMAS[c.collection].safeParse(c.after as AnyEntity)
          : null;
    if (result && !result.success) {
      throw new CommandError('invalid_input', 'The change would store invalid data.', {
        issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
  }
}

function assertStructure(s: ProgrammeSnapshot): void {
  const problems = structureProblems(s);
  if (problems.length > 0) {
    throw new CommandError('integrity_error', 'The change would break the structure of the programme.', { problems });
  }
}

function assertValid(s: ProgrammeSnapshot): void {
  assertStructure(s);
}

/** Fields that carry the programme's structure: references, a logframe row's level, a tree node's kind. */
const STRUCTURAL_FIELDS = new Map<string, string[]>();
for (const ref of REFERENCES) STRUCTURAL_FIELDS.set(ref.collection, [...(STRUCTURAL_FIELDS.get(ref.collection) ?? []), ref.field]);
for (const [collection, field] of [['logframe', 'level'], ['problems', 'kind'], ['objectives', 'kind']] as const) {
  STRUCTURAL_FIELDS.set(collection, [...(STRUCTURAL_FIELDS.get(collection) ?? []), field]);
}

/**
 * True when no change can break a structural invariant: sections, reorders, and updates of an entity that
 * leave its id, references, level and kind as they were (the everyday edit of a text or an amount). Such an
 * edit costs what it changes; any other change set is checked whole.
 */
function structureNeutral(changes: Change[]): boolean {
  return changes.every((c) => {
    if (c.t !== 'entity') return true;
    if (!c.before || !c.after || c.before.id !== c.after.id) return false;
    const before = c.before;
    const after = c.after;
    return (STRUCTURAL_FIELDS.get(c.collection) ?? []).every((f) => before[f] === after[f]);
  });
}

/** Entity ids are unique across programmes: say which ones an incoming programme reuses, instead of a storage error. */
function assertFreeIds(db: BetterSqlite3.Database, s: ProgrammeSnapshot): void {
  const used = findUsedIds(db, s);
  if (used.length > 0) {
    throw new CommandError('id_collision', 'This programme reuses entry ids that another programme of this data folder already holds.', {
      count: used.length,
      examples: used.slice(0, 5),
    });
  }
}
