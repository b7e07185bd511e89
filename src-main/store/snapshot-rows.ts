import type BetterSqlite3 from 'better-sqlite3';
import {
  COLLECTION_KEYS,
  SCHEMA_VERSION,
  SECTION_KEYS,
  SECTION_SCHEMAS,
  type AnyEntity,
  type Change,
  type CollectionKey,
  type ProgrammeSnapshot,
} from '../../src-shared/model';
import { all, exec, first, sql } from './query';
import { COLLECTION_TABLES, type EntityRow, type ProgrammeRow } from './tables';

/** The one place where a snapshot becomes rows and rows become a snapshot. */

type Db = BetterSqlite3.Database;

export function readProgrammeRow(db: Db, id: string): ProgrammeRow | undefined {
  return first(db, sql.selectFrom('programmes').selectAll().where('id', '=', id));
}

/**
 * Rows → snapshot. Entities are not validated here (the store only ever holds validated snapshots, and the large
 * programme's thousands of rows would pay for it); the four sections are, so a field added to a section later gets
 * its default when an older database is read.
 */
export function readSnapshot(db: Db, id: string): ProgrammeSnapshot | undefined {
  const row = readProgrammeRow(db, id);
  if (!row) return undefined;
  const snapshot: Record<string, unknown> = {
    id: row.id,
    schemaVersion: SCHEMA_VERSION,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  const sections = all(db, sql.selectFrom('sections').selectAll().where('programme_id', '=', id));
  for (const key of SECTION_KEYS) {
    const section = sections.find((s) => s.key === key);
    snapshot[key] = section ? SECTION_SCHEMAS[key].parse(JSON.parse(section.data)) : undefined;
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
    snapshot[key] = rows.map((r) => JSON.parse(r.data) as AnyEntity);
  }
  return snapshot as ProgrammeSnapshot;
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
    const oldIndex = new Map((before[key] as AnyEntity[]).map((e, i) => [e.id, i]));
    const own = changes.filter((c): c is Extract<Change, { t: 'entity' }> => c.t === 'entity' && c.collection === key);
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
      .set({ ...programmeColumns(after), updated_at: updatedAt })
      .where('id', '=', id),
  );
}

/** Removes a programme and all its rows (foreign keys cascade). */
export function deleteProgrammeRows(db: Db, id: string): void {
  exec(db, sql.deleteFrom('programmes').where('id', '=', id));
}
