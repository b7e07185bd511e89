import type { Migration } from './types';

/**
 * One writer, honest merge bases.
 * - `programmes.revision` counts the writes to a programme's rows: a process holding a copy of the snapshot
 *   checks it inside each write transaction, so a second writer on the folder (the CLI beside the app) is seen.
 * - Merge bases are keyed by programme and export: an archive reusing another programme's export id no longer
 *   replaces that programme's base.
 * Literal SQL only (a migration never imports live definitions).
 */
export const m0040OneWriter: Migration = {
  version: 40,
  name: 'one-writer',
  up(db) {
    db.exec(`
      ALTER TABLE programmes ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE merge_bases_new (
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        export_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('export', 'import')),
        at TEXT NOT NULL,
        lineage TEXT NOT NULL CHECK (json_valid(lineage)),
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        PRIMARY KEY (programme_id, export_id)
      ) STRICT;
      INSERT INTO merge_bases_new (programme_id, export_id, kind, at, lineage, snapshot)
        SELECT programme_id, export_id, kind, at, lineage, snapshot FROM merge_bases ORDER BY rowid;
      DROP TABLE merge_bases;
      ALTER TABLE merge_bases_new RENAME TO merge_bases;
      CREATE INDEX merge_bases_by_programme ON merge_bases (programme_id, at);
    `);
  },
};
