import type { Migration } from './types';
import { COLLECTION_TABLES } from '../tables';

/** Programmes, their sections and entity collections, revisions, settings. */
export const m0010Initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE programmes (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        acronym TEXT NOT NULL DEFAULT '',
        partner_authority TEXT NOT NULL DEFAULT '',
        schema_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE TABLE sections (
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        PRIMARY KEY (programme_id, key)
      ) STRICT;
      CREATE TABLE revisions (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        organisation TEXT NOT NULL,
        command TEXT NOT NULL,
        summary TEXT NOT NULL,
        steps TEXT NOT NULL CHECK (json_valid(steps)),
        changes TEXT NOT NULL CHECK (json_valid(changes)),
        state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'discarded')),
        origin TEXT NOT NULL CHECK (origin IN ('local', 'import')),
        UNIQUE (programme_id, seq)
      ) STRICT;
      CREATE INDEX revisions_by_state ON revisions (programme_id, state, seq);
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
    `);
    for (const table of Object.values(COLLECTION_TABLES)) {
      db.exec(`
        CREATE TABLE ${table} (
          id TEXT PRIMARY KEY,
          programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          data TEXT NOT NULL CHECK (json_valid(data))
        ) STRICT;
        CREATE INDEX ${table}_by_programme ON ${table} (programme_id, position);
      `);
    }
  },
};
