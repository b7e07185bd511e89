import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/services/app';
import { MIGRATIONS } from '../../src-main/store/migrations';
import { migrate } from '../../src-main/store/open';
import { newId } from '../../src-shared/model';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'atelier-m40-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('migration 0040 (one writer, merge bases by programme and export)', () => {
  it('migrates a database of the version before: programmes get revision 0, merge bases are kept, keyed by programme and export', async () => {
    const dir = tempDir();
    const old = new Database(join(dir, 'atelier.sqlite'));
    migrate(old, MIGRATIONS.filter((m) => m.version < 40));
    old.exec(`
      INSERT INTO programmes (id, title, acronym, partner_authority, schema_version, created_at, updated_at)
        VALUES ('p1', 'Un', '', '', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
               ('p2', 'Deux', '', '', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
      INSERT INTO merge_bases (export_id, programme_id, kind, at, lineage, snapshot)
        VALUES ('e1', 'p1', 'export', '2026-01-02T00:00:00.000Z', '[]', '{"id":"p1"}');
    `);
    old.close();
    const app = await openApp({ dataDir: dir, skipDailyBackup: true });
    try {
      expect(app.db.prepare('SELECT id, revision FROM programmes ORDER BY id').all()).toEqual([
        { id: 'p1', revision: 0 },
        { id: 'p2', revision: 0 },
      ]);
      // Kept (later migrations may add the parts of their schema to the snapshot; its content stays).
      const bases = app.db.prepare('SELECT programme_id, export_id, snapshot FROM merge_bases').all() as Array<{ programme_id: string; export_id: string; snapshot: string }>;
      expect(bases.map((b) => [b.programme_id, b.export_id])).toEqual([['p1', 'e1']]);
      expect(JSON.parse(bases[0]!.snapshot)).toMatchObject({ id: 'p1' });
      // The same export id under another programme is another base, not a replacement.
      app.db.prepare("INSERT INTO merge_bases (export_id, programme_id, kind, at, lineage, snapshot) VALUES ('e1', 'p2', 'import', '2026-01-03T00:00:00.000Z', '[]', '{}')").run();
      expect(app.db.prepare('SELECT count(*) AS n FROM merge_bases').get()).toEqual({ n: 2 });
      expect(app.db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      app.close();
    }
  });

  it('an archive of another programme reusing an export id does not replace this programme’s merge base (the repro)', async () => {
    const ours = await openApp({ dataDir: tempDir(), skipDailyBackup: true, buildDocuments: async () => [] });
    let forced: string | null = null;
    const partner = await openApp({ dataDir: tempDir(), skipDailyBackup: true, buildDocuments: async () => [], idFactory: () => forced ?? newId() });
    try {
      const mine = ours.programmes.create('Programme du Département');
      const exported = await ours.archives.export(mine.id);
      expect((await ours.archives.inspect(exported.bytes)).local.knownBase).toBe(true);
      const other = partner.programmes.create('Autre programme');
      forced = exported.exportId;
      const reused = await partner.archives.export(other.id);
      forced = null;
      expect(reused.exportId).toBe(exported.exportId);
      expect((await ours.archives.import(reused.bytes, { strategy: 'merge', decisions: {} })).status).toBe('imported');
      // Our programme still knows its export: a partner's reply to it can still be merged.
      expect((await ours.archives.inspect(exported.bytes)).local.knownBase).toBe(true);
      expect((await ours.archives.inspect(reused.bytes)).local.knownBase).toBe(true);
    } finally {
      ours.close();
      partner.close();
    }
  });
});
