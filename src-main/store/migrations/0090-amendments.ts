import type { Migration } from './types';

/**
 * Amendments (issue 14): a voted version may be an amendment (avenant) of the version before it, which it names.
 * Existing versions are original votes (NULL). Adding a column is no UPDATE, so the read-only triggers stay as they
 * are and no voted row changes. Frozen: literal SQL.
 */
export const m0090Amendments: Migration = {
  version: 90,
  name: 'amendments',
  up(db) {
    db.exec(`ALTER TABLE frozen_versions ADD COLUMN amends_version_id TEXT REFERENCES frozen_versions(id)`);
  },
};
