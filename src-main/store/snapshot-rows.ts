import type BetterSqlite3 from 'better-sqlite3';
import {
  COLLECTION_KEYS,
  SCHEMA_VERSION,
  SECTION_KEYS,
  SECTION_SCHEMAS,
  COLLECTION_SCHEMAS,
  type AnyEntity,
  type Change,
  type CollectionKey,
  type ProgrammeSnapshot,
} from '../../src-shared/model';
import type { DamagedPart } from '../../src-shared/api/core';
import { all, exec, first, sql } from './query';
import { COLLECTION_TABLES, type EntityRow, type ProgrammeRow } from './tables';

/** The one place where a snapshot becomes rows and rows become a snapshot. */

type Db = BetterSqlite3.Database;

export function readProgrammeRow(db: Db, id: string): ProgrammeRow | undefined {
  return first(db, sql.selectFrom('programmes').selectAll().where('id', '=', id));
}

export type { DamagedPart };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Rows → snapshot, each row checked against its schema: one damaged row (not JSON, or not a valid entry) is left
 * out and reported instead of making the whole programme unreadable. A field added to a schema later gets its
 * default when an older database is read.
 */
export function readSnapshotReport(db: Db, id: string): { snapshot: ProgrammeSnapshot; damaged: DamagedPart[] } | undefined {
  const row = readProgrammeRow(db, id);
  if (!row) return undefined;
  const damaged: DamagedPart[] = [];
  const snapshot: Record<string, unknown> = {
    id: row.id,
    schemaVersion: SCHEMA_VERSION,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  const sections = all(db, sql.selectFrom('sections').selectAll().where('programme_id', '=', id));
  for (const key of SECTION_KEYS) {
    const section = sections.find((s) => s.key === key);
    const json = section ? parseJson(section.data) : { ok: true as const, value: {} };
    const parsed = json.ok ? SECTION_SCHEMAS[key].safeParse(json.value) : null;
    if (parsed?.success) snapshot[key] = parsed.data;
    else {
      damaged.push({ part: key, id: null, reason: json.ok ? 'invalid' : 'not_json', excerpt: (section?.data ?? '').slice(0, 120) });
      snapshot[key] = SECTION_SCHEMAS[key].parse({});
    }
  }
  for (const key of COLLECTION_KEYS) {
    const rows = all<EntityRow>(
      db,
      sql
        .selectFrom(COLLECTION_TABLES[key])
        .select(['id', 'programme_id', 'position', 'data'])
        .where('programme_id', '=', id)
        .orderBy('position'),
    );
    const schema = COLLECTION_SCHEMAS[key];
    const entities: AnyEntity[] = [];
    for (const r of rows) {
      const json = parseJson(r.data);
      const parsed = json.ok ? schema.safeParse(json.value) : null;
      if (parsed?.success && (parsed.data as AnyEntity).id === r.id) entities.push(parsed.data as AnyEntity);
      else damaged.push({ part: key, id: r.id, reason: json.ok ? 'invalid' : 'not_json', excerpt: r.data.slice(0, 120) });
    }
    snapshot[key] = entities;
  }
  return { snapshot: snapshot as ProgrammeSnapshot, damaged };
}

export function readSnapshot(db: Db, id: string): ProgrammeSnapshot | undefined {
  return readSnapshotReport(db, id)?.snapshot;
}

/** Ids of a snapshot's entities that rows of this database already hold (entity ids are unique database-wide). */
export function findUsedIds(db: Db, snapshot: ProgrammeSnapshot): string[] {
  const used: string[] = [];
  for (const key of COLLECTION_KEYS) {
    const ids = (snapshot[key] as AnyEntity[]).map((e) => e.id);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = all(db, sql.selectFrom(COLLECTION_TABLES[key]).select('id').where('id', 'in', chunk));
      used.push(...rows.map((r) => r.id));
    }
  }
  return used;
}

function programmeColumns(snapshot: ProgrammeSnapshot) {
  return {
    title: snapshot.framing.title,
    acronym: snapshot.framing.acronym,
    partner_authority: snapshot.framing.partnerAuthority,
  };
}

/** Snapshot → rows, for a programme not yet in the database. */
export function insertSnapshot(db: Db, snapshot: ProgrammeSnapshot): void {
  exec(
    db,
    sql.insertInto('programmes').values({
      id: snapshot.id,
      ...programmeColumns(snapshot),
      schema_version: SCHEMA_VERSION,
      revision: 0,
      created_at: snapshot.createdAt,
      updated_at: snapshot.updatedAt,
      deleted_at: null,
    }),
  );
  for (const key of SECTION_KEYS) {
    exec(
      db,
      sql.insertInto('sections').values({ programme_id: snapshot.id, key, data: JSON.stringify(snapshot[key]) }),
    );
  }
  for (const key of COLLECTION_KEYS) {
    (snapshot[key] as AnyEntity[]).forEach((entity, position) => {
      exec(
        db,
        sql
          .insertInto(COLLECTION_TABLES[key])
          .values({ id: entity.id, programme_id: snapshot.id, position, data: JSON.stringify(entity) }),
      );
    });
  }
}

/**
 * Writes a change set, given the snapshot before it and the snapshot after it
 * (positions are rewritten only for rows whose index moved).
 */
export function writeChanges(
  db: Db,
  before: ProgrammeSnapshot,
  after: ProgrammeSnapshot,
  changes: Change[],
  updatedAt: string,
): void {
  const id = after.id;
  const touched = new Set<CollectionKey>();
  for (const c of changes) {
    if (c.t === 'section') {
      exec(
        db,
        sql
          .insertInto('sections')
          .values({ programme_id: id, key: c.key, data: JSON.stringify(c.after) })
          .onConflict((oc) => oc.columns(['programme_id', 'key']).doUpdateSet({ data: JSON.stringify(c.after) })),
      );
    } else touched.add(c.collection);
  }
  for (const key of touched) {
    const table = COLLECTION_TABLES[key];
    const own = changes.filter((c): c is Extract<Change, { t: 'entity' }> => c.t === 'entity' && c.collection === key);
    // The everyday edit (entries changed in place, none added, removed or moved): one UPDATE per entry, without
    // walking the collection, so the write costs what changed and not the programme's size.
    const inPlace = own.length === changes.filter((c) => c.t !== 'section' && c.collection === key).length && own.every((c) => c.before && c.after && c.beforeIndex === c.afterIndex);
    if (inPlace) {
      for (const c of own) {
        exec(db, sql.updateTable(table).set({ data: JSON.stringify(c.after) }).where('id', '=', c.id).where('programme_id', '=', id));
      }
      continue;
    }
    const oldIndex = new Map((before[key] as AnyEntity[]).map((e, i) => [e.id, i]));
    const changedIds = new Set(own.map((c) => c.id));
    for (const c of own) {
      if (c.after === null) exec(db, sql.deleteFrom(table).where('id', '=', c.id).where('programme_id', '=', id));
    }
    (after[key] as AnyEntity[]).forEach((entity, position) => {
      const was = oldIndex.get(entity.id);
      if (was === undefined) {
        exec(
          db,
          sql.insertInto(table).values({ id: entity.id, programme_id: id, position, data: JSON.stringify(entity) }),
        );
      } else if (changedIds.has(entity.id)) {
        exec(
          db,
          sql
            .updateTable(table)
            .set({ position, data: JSON.stringify(entity) })
            .where('id', '=', entity.id)
            .where('programme_id', '=', id),
        );
      } else if (was !== position) {
        exec(db, sql.updateTable(table).set({ position }).where('id', '=', entity.id).where('programme_id', '=', id));
      }
    });
  }
  exec(
    db,
    sql
      .updateTable('programmes')
      .set((eb) => ({ ...programmeColumns(after), updated_at: updatedAt, revision: eb('revision', '+', 1) }))
      .where('id', '=', id),
  );
}

/** Removes a programme and all its rows (foreign keys cascade). */
export function deleteProgrammeRows(db: Db, id: string): void {
  exec(db, sql.deleteFrom('programmes').where('id', '=', id));
}
