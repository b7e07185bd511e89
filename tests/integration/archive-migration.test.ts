import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src-main/store/migrations';
import { m0010Initial } from '../../src-main/store/migrations/0010-initial';
import { openDatabase } from '../../src-main/store/open';

describe('migration 0020 (archives)', () => {
  it('migrates a version-10 database with data, keeping every row, and adds the archive tables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atelier-m20-'));
    try {
      const file = join(dir, 'atelier.sqlite');
      const v10 = openDatabase(file, { migrations: [m0010Initial] });
      expect(v10.pragma('user_version', { simple: true })).toBe(10);
      v10.prepare(`INSERT INTO programmes (id, title, acronym, partner_authority, schema_version, created_at, updated_at) VALUES ('p1', 'Insertion', 'IJ', 'Kédougou', 1, '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')`).run();
      v10.prepare(`INSERT INTO stakeholders (id, programme_id, position, data) VALUES ('s1', 'p1', 0, '{"id":"s1","name":"Mission locale"}')`).run();
      v10.close();

      const db = openDatabase(file);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
      expect(db.prepare('SELECT title FROM programmes').all()).toEqual([{ title: 'Insertion' }]);
      expect(db.prepare('SELECT data FROM stakeholders').all()).toEqual([{ data: '{"id":"s1","name":"Mission locale"}' }]);
      for (const table of ['merge_bases', 'attachment_blobs', 'frozen_versions', 'frozen_documents']) {
        expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
      }
      db.prepare(`INSERT INTO merge_bases (export_id, programme_id, kind, at, lineage, snapshot) VALUES ('e1', 'p1', 'export', 'now', '[]', '{}')`).run();
      // Purging the programme takes its merge bases along.
      db.prepare(`DELETE FROM programmes WHERE id = 'p1'`).run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM merge_bases').get()).toEqual({ n: 0 });
      db.close();
      const reopened = new Database(file);
      expect(reopened.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
