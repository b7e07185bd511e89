import type BetterSqlite3 from 'better-sqlite3';
import type { EditResult } from '../../src-shared/api/define';
import type { ProgrammeSummary, RevisionSummary } from '../../src-shared/api/core';
import { CommandError } from '../../src-shared/api/errors';
import type { EditContext } from '../../src-shared/edits/context';
import { STEP_OF, structureProblems } from '../../src-shared/method';
import {
  COLLECTION_SCHEMAS,
  SECTION_SCHEMAS,
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
import { deleteProgrammeRows, insertSnapshot, readProgrammeRow, readSnapshot, writeChanges } from '../store/snapshot-rows';
import type { ProgrammeRow, RevisionRow } from '../store/tables';
import type { BackupService } from './backups';
import type { Platform } from './platform';
import type { SettingsService } from './settings';

export type Transform = (snapshot: ProgrammeSnapshot, ctx: EditContext) => ProgrammeSnapshot;

export interface EditOptions {
  origin?: 'local' | 'import';
  /** Set when the transform creates an entity, so the screen can focus it. */
  createdId?: string;
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
 * Programmes: the only writer of programme rows. Every write goes through `edit`, which validates the
 * result, writes the rows and records the revision in one transaction.
 */
export class ProgrammeService {
  /** Snapshots as last written: this process is the database's only writer. */
  private readonly cache = new Map<string, ProgrammeSnapshot>();

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

  summary(id: string): ProgrammeSummary {
    const row = readProgrammeRow(this.db, id);
    if (!row) throw new CommandError('not_found', 'This programme does not exist (it may have been deleted for good).', { id });
    return toSummary(row);
  }

  /** The snapshot of a programme that is not in the bin. */
  get(id: string, { allowDeleted = false } = {}): ProgrammeSnapshot {
    const summary = this.summary(id);
    if (summary.deletedAt && !allowDeleted) {
      throw new CommandError('programme_deleted', 'This programme is in the bin: restore it to edit it.', { id });
    }
    let snapshot = this.cache.get(id);
    if (!snapshot) {
      snapshot = readSnapshot(this.db, id)!;
      this.cache.set(id, snapshot);
    }
    return snapshot;
  }

  undoState(id: string): { canUndo: boolean; canRedo: boolean } {
    const has = (state: 'done' | 'undone') =>
      first(this.db, sql.selectFrom('revisions').select('id').where('programme_id', '=', id).where('state', '=', state).limit(1)) !== undefined;
    return { canUndo: has('done'), canRedo: has('undone') };
  }

  /** Stores a new, complete snapshot (create, duplicate, demo, import as new). */
  insert(snapshot: ProgrammeSnapshot, origin: 'local' | 'import' = 'local', command = 'programme.create'): ProgrammeSummary {
    assertValid(snapshot);
    this.db.transaction(() => {
      insertSnapshot(this.db, snapshot);
      this.recordRevision(snapshot.id, command, diffSnapshots(emptyLike(snapshot), snapshot), origin, false);
    })();
    this.cache.set(snapshot.id, snapshot);
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

  /** Applies a pure transform as one revision. No change, no revision. */
  edit(programmeId: string, command: string, transform: Transform, options: EditOptions = {}): EditResult {
    const before = this.get(programmeId);
    const ctx = this.context();
    const transformed = transform(before, ctx);
    const changes = diffSnapshots(before, transformed);
    if (changes.length === 0) {
      return { programmeId, revisionId: null, changes, updatedAt: before.updatedAt, ...this.undoState(programmeId) };
    }
    validateChanges(changes);
    const after = { ...transformed, updatedAt: ctx.now };
    assertStructure(after);
    let revisionId = '';
    this.db.transaction(() => {
      writeChanges(this.db, before, after, changes, ctx.now);
      revisionId = this.recordRevision(programmeId, command, changes, options.origin ?? 'local', true);
    })();
    this.cache.set(programmeId, after);
    return {
      programmeId,
      revisionId,
      changes,
      updatedAt: ctx.now,
      ...this.undoState(programmeId),
      ...(options.createdId ? { createdId: options.createdId } : {}),
    };
  }

  undo(programmeId: string): EditResult {
    const row = first(
      this.db,
      sql.selectFrom('revisions').selectAll().where('programme_id', '=', programmeId).where('state', '=', 'done').orderBy('seq', 'desc').limit(1),
    );
    if (!row) throw new CommandError('nothing_to_undo', 'There is nothing to undo.');
    return this.replay(programmeId, row, invertChanges(JSON.parse(row.changes) as Change[]), 'undone');
  }

  redo(programmeId: string): EditResult {
    const row = first(
      this.db,
      sql.selectFrom('revisions').selectAll().where('programme_id', '=', programmeId).where('state', '=', 'undone').orderBy('seq', 'asc').limit(1),
    );
    if (!row) throw new CommandError('nothing_to_redo', 'There is nothing to redo.');
    return this.replay(programmeId, row, JSON.parse(row.changes) as Change[], 'done');
  }

  private replay(programmeId: string, row: RevisionRow, changes: Change[], state: 'done' | 'undone'): EditResult {
    const before = this.get(programmeId);
    const now = this.platform.clock().toISOString();
    const after = { ...applyChanges(before, changes), updatedAt: now };
    this.db.transaction(() => {
      writeChanges(this.db, before, after, changes, now);
      exec(this.db, sql.updateTable('revisions').set({ state }).where('id', '=', row.id));
    })();
    this.cache.set(programmeId, after);
    return { programmeId, revisionId: row.id, changes, updatedAt: now, ...this.undoState(programmeId) };
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
    const { authorName, authorOrganisation } = this.settings.get();
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
