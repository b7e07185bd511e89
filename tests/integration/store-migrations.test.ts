import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/services/app';
import { LATEST_VERSION, MIGRATIONS } from '../../src-main/store/migrations';
import { migrate, openDatabase, schemaVersionOf } from '../../src-main/store/open';
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
      old.prepare("INSERT INTO settings (key, data) VALUES ('departement', '{\"name\":\"Département test\"}')").run();
      old.close();
      const app = await openApp({ dataDir: dir, skipDailyBackup: true });
      expect(schemaVersionOf(app.db)).toBe(LATEST_VERSION);
      expect(app.settings.get().name).toBe('Département test');
      expect(readdirSync(join(dir, 'backups')).some((f) => f.includes('before-migration'))).toBe(true);
      app.close();
      void from;
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
