import type { Migration } from './types';

/**
 * Archives: merge bases (the snapshot at each export and import, keyed by export id), attachment
 * bytes by sha256, and "as voted" versions with their documents (read-only once written).
 */
export const m0020Archives: Migration = {
  version: 20,
  name: 'archives',
  up(db) {
    db.exec(`
      CREATE TABLE merge_bases (
        export_id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('export', 'import')),
        at TEXT NOT NULL,
        lineage TEXT NOT NULL CHECK (json_valid(lineage)),
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
      ) STRICT;
      CREATE INDEX merge_bases_by_programme ON merge_bases (programme_id, at);

      CREATE TABLE attachment_blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size INTEGER NOT NULL,
        data BLOB NOT NULL
      ) STRICT;

      CREATE TABLE frozen_versions (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        deliberation_number TEXT NOT NULL,
        deliberation_date TEXT NOT NULL,
        frozen_at TEXT NOT NULL,
        author TEXT NOT NULL,
        organisation TEXT NOT NULL,
        revision_seq INTEGER NOT NULL,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        snapshot_sha256 TEXT NOT NULL,
        UNIQUE (programme_id, number)
      ) STRICT;
      CREATE TABLE frozen_documents (
        version_id TEXT NOT NULL REFERENCES frozen_versions(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (version_id, name)
      ) STRICT;
      -- A voted version never changes (it may only disappear with its programme).
      CREATE TRIGGER frozen_versions_read_only BEFORE UPDATE ON frozen_versions
        BEGIN SELECT RAISE(ABORT, 'version_frozen'); END;
      CREATE TRIGGER frozen_documents_read_only BEFORE UPDATE ON frozen_documents
        BEGIN SELECT RAISE(ABORT, 'version_frozen'); END;
    `);
  },
};
