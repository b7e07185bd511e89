import type { Migration } from './types';

/**
 * Programmes, their sections and entity collections, revisions, settings. Frozen: literal SQL only, never the live
 * table list, so adding a collection later cannot change what version 10 creates (a new table needs its own migration).
 */
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
      CREATE TABLE target_groups (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX target_groups_by_programme ON target_groups (programme_id, position);
      CREATE TABLE territories (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX territories_by_programme ON territories (programme_id, position);
      CREATE TABLE stakeholders (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX stakeholders_by_programme ON stakeholders (programme_id, position);
      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX workshops_by_programme ON workshops (programme_id, position);
      CREATE TABLE problems (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX problems_by_programme ON problems (programme_id, position);
      CREATE TABLE objectives (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX objectives_by_programme ON objectives (programme_id, position);
      CREATE TABLE parties (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX parties_by_programme ON parties (programme_id, position);
      CREATE TABLE signatories (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX signatories_by_programme ON signatories (programme_id, position);
      CREATE TABLE clauses (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX clauses_by_programme ON clauses (programme_id, position);
      CREATE TABLE logframe_rows (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX logframe_rows_by_programme ON logframe_rows (programme_id, position);
      CREATE TABLE preconditions (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX preconditions_by_programme ON preconditions (programme_id, position);
      CREATE TABLE indicators (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX indicators_by_programme ON indicators (programme_id, position);
      CREATE TABLE indicator_targets (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX indicator_targets_by_programme ON indicator_targets (programme_id, position);
      CREATE TABLE monitoring_values (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX monitoring_values_by_programme ON monitoring_values (programme_id, position);
      CREATE TABLE budget_lines (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX budget_lines_by_programme ON budget_lines (programme_id, position);
      CREATE TABLE funders (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX funders_by_programme ON funders (programme_id, position);
      CREATE TABLE contributions (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX contributions_by_programme ON contributions (programme_id, position);
      CREATE TABLE risks (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX risks_by_programme ON risks (programme_id, position);
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX attachments_by_programme ON attachments (programme_id, position);
    `);
  },
};
