import type { Migration } from './types';

/**
 * Data schema 3 starts here: programmes and merge bases are stamped with version 3. The changes of the model that
 * make up schema 3 each come in their own migration after this one (0060 onwards), which upgrade the rows, the
 * merge bases' snapshots and the settings they concern. Frozen versions keep their snapshot as voted (read-only by
 * trigger, checked by their sha256): the app upgrades them when it reads them (SNAPSHOT_UPGRADES). Frozen: literal SQL.
 */
export const m0050Schema3: Migration = {
  version: 50,
  name: 'schema-3',
  up(db) {
    db.exec(`UPDATE programmes SET schema_version = 3 WHERE schema_version = 2`);
    db.exec(`
      UPDATE merge_bases SET snapshot = json_set(snapshot, '$.schemaVersion', 3)
      WHERE json_extract(snapshot, '$.schemaVersion') = 2
    `);
  },
};
