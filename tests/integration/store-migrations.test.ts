import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/services/app';
import { LATEST_VERSION, MIGRATIONS } from '../../src-main/store/migrations';
import { m0010Initial } from '../../src-main/store/migrations/0010-initial';
import { m0020Archives } from '../../src-main/store/migrations/0020-archives';
import { migrate, openDatabase, schemaVersionOf } from '../../src-main/store/open';
import { COLLECTION_TABLES } from '../../src-main/store/tables';
import { CommandError } from '../../src-shared/api/errors';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'atelier-mig-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('migrations', () => {
  it('are numbered with gaps, strictly increasing', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.every((v) => v % 10 === 0)).toBe(true);
  });

  it('create every table from an empty file, STRICT, with the pragmas of DESIGN.md', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite'));
    expect(schemaVersionOf(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string; sql: string }>;
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['programmes', 'sections', 'revisions', 'settings', 'stakeholders', 'logframe_rows', 'budget_lines']));
    for (const t of tables) expect(t.sql).toMatch(/STRICT$/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('upgrade a database from each earlier version, keeping its data, after a backup', async () => {
    for (const [index, from] of MIGRATIONS.slice(0, -1).entries()) {
      const dir = tempDir();
      const file = join(dir, 'atelier.sqlite');
      const old = new Database(file);
      migrate(old, MIGRATIONS.slice(0, index + 1));
      // The settings row is keyed 'authority' since migration 60, 'departement' before.
      const key = from.version >= 60 ? 'authority' : 'departement';
      old.prepare("INSERT INTO settings (key, data) VALUES (?, '{\"name\":\"Département test\"}')").run(key);
      old.close();
      const app = await openApp({ dataDir: dir, skipDailyBackup: true });
      expect(schemaVersionOf(app.db)).toBe(LATEST_VERSION);
      expect(app.settings.get().name).toBe('Département test');
      expect(readdirSync(join(dir, 'backups')).some((f) => f.includes('before-migration'))).toBe(true);
      app.close();
    }
  });

  it('refuse a database written by a newer version, with a clear message, without touching it', () => {
    const file = join(tempDir(), 'newer.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    db.close();
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).code).toBe('db_newer_version');
    expect((error as CommandError).message).toMatch(/newer version/);
    const check = new Database(file);
    expect(schemaVersionOf(check)).toBe(LATEST_VERSION + 10);
    check.close();
  });

  it('roll back every migration of a run when one fails', () => {
    const file = join(tempDir(), 'fail.sqlite');
    const db = new Database(file);
    const failing = [...MIGRATIONS, { version: LATEST_VERSION + 10, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE x (a INT) STRICT; SELECT * FROM nowhere;') }];
    expect(() => migrate(db, failing)).toThrow();
    expect(schemaVersionOf(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'programmes'").get()).toEqual({ n: 0 });
    db.close();
  });
});

/** The schema objects of a database, their SQL with whitespace collapsed (indentation is not schema). */
function schemaOf(db: Database.Database): Array<{ type: string; name: string; tbl_name: string; sql: string | null }> {
  const rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Array<{
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }>;
  return rows.map((r) => ({ ...r, sql: r.sql === null ? null : r.sql.replace(/\s+/g, ' ').trim() }));
}

describe('frozen migrations', () => {
  const V1_DATABASE = join(__dirname, '../fixtures/v1-atelier.sqlite');
  const MIGRATIONS_DIR = join(__dirname, '../../src-main/store/migrations');

  it('version 10 and 20, as frozen, create exactly the schema of the released version-1 database', () => {
    const released = new Database(V1_DATABASE, { readonly: true });
    const expected = schemaOf(released);
    expect(released.pragma('user_version', { simple: true })).toBe(20);
    released.close();
    const db = new Database(':memory:');
    migrate(db, [m0010Initial, m0020Archives]);
    expect(schemaOf(db)).toEqual(expected);
    // The released file holds the 19 collection tables and their indexes: the comparison covers them.
    expect(expected.filter((o) => o.type === 'index' && o.name.endsWith('_by_programme')).length).toBeGreaterThanOrEqual(19);
    db.close();
  });

  it('every collection the store knows has its table after all migrations (a new collection needs a migration)', () => {
    const db = new Database(':memory:');
    migrate(db);
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name));
    for (const table of Object.values(COLLECTION_TABLES)) expect(tables.has(table), table).toBe(true);
    db.close();
  });

  it('a migration file imports nothing but the Migration type (no live table list, schema or constant)', () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}-.*\.ts$/.test(f));
    expect(files.length).toBe(MIGRATIONS.length);
    for (const file of files) {
      const imports = [...readFileSync(join(MIGRATIONS_DIR, file), 'utf8').matchAll(/^import[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
      expect(imports, file).toEqual(['./types']);
    }
  });
});
