import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/services/app';
import { BackupService, KEPT_BEFORE_DESTRUCTIVE } from '../../src-main/services/backups';
import { generateLargeProgramme } from '../../bench/generate';
import { createTestApp } from '../helpers/app';
import { buildWriterChild, startWriter } from '../helpers/writer';

/** Backups that terminate and count (issue 11, point 2). */
const dirs: string[] = [];
const tempDir = (prefix = 'atelier-bk-') => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const filesIn = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

describe('backups', () => {
  it('restore refuses an empty file named like a backup and leaves the store as it was (the 0-byte repro)', async () => {
    const t = await createTestApp();
    try {
      await t.ok('programme.create', { title: 'À garder' });
      const folder = join(t.dataDir, 'backups');
      await t.app.backups.create('manual');
      writeFileSync(join(folder, '2026-11-30T08-00-00-000Z__daily.sqlite'), '');
      writeFileSync(join(folder, '2026-11-30T09-00-00-000Z__daily.sqlite'), 'not a database at all, just text');
      const before = t.databaseBytes();
      for (const name of ['2026-11-30T08-00-00-000Z__daily.sqlite', '2026-11-30T09-00-00-000Z__daily.sqlite']) {
        const error = await t.fails('backup.restore', { name });
        expect(error.code).toBe('backup_invalid');
      }
      expect(t.databaseBytes().equals(before)).toBe(true);
      expect((await t.ok('programme.list', { includeDeleted: false })).map((p) => p.title)).toEqual(['À garder']);
    } finally {
      t.close();
    }
  });

  it('a backup past its deadline fails with a clear error and leaves no file, partial or empty', async () => {
    const t = await createTestApp();
    try {
      t.app.programmes.insert(generateLargeProgramme(1));
      const folder = join(t.dataDir, 'slow-backups');
      const bounded = new BackupService(t.app.db, folder, t.app.platform, { stepPages: 1, deadlineMs: 5 });
      await expect(bounded.create('manual')).rejects.toMatchObject({ code: 'backup_failed' });
      expect(filesIn(folder)).toEqual([]);
      // The app goes on answering.
      expect((await t.ok('programme.list', { includeDeleted: false })).length).toBe(1);
    } finally {
      t.close();
    }
  });

  it('terminates while another connection writes between its steps, and the copy is sound', async () => {
    const t = await createTestApp();
    const other = new Database(t.app.databaseFile);
    other.pragma('busy_timeout = 5000');
    let writes = 0;
    const timer = setInterval(() => {
      other.prepare("INSERT INTO settings (key, data) VALUES ('noise', ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data").run(JSON.stringify({ n: ++writes }));
    }, 1);
    try {
      t.app.programmes.insert(generateLargeProgramme(1));
      const stepping = new BackupService(t.app.db, join(t.dataDir, 'backups'), t.app.platform, { stepPages: 8, deadlineMs: 30_000 });
      const t0 = performance.now();
      const info = await stepping.create('before-import');
      expect(performance.now() - t0).toBeLessThan(30_000);
      expect(writes).toBeGreaterThan(0);
      const copy = new Database(info.file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare('SELECT count(*) AS n FROM programmes').get() as { n: number }).n).toBe(1);
      copy.close();
      expect(filesIn(join(t.dataDir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
    } finally {
      clearInterval(timer);
      other.close();
      t.close();
    }
  });

  it('import and pre-destructive backups are rotated (the last 10 of each kind), manual ones kept', async () => {
    let at = Date.parse('2026-11-01T08:00:00.000Z');
    const t = await createTestApp({ clock: () => new Date((at += 60_000)) });
    try {
      for (let i = 0; i < KEPT_BEFORE_DESTRUCTIVE + 3; i++) await t.app.backups.create('before-import');
      for (let i = 0; i < 3; i++) await t.app.backups.create('before-delete');
      for (let i = 0; i < 12; i++) await t.app.backups.create('manual');
      const byReason = (reason: string) => t.app.backups.list().filter((b) => b.reason === reason);
      expect(byReason('before-import')).toHaveLength(KEPT_BEFORE_DESTRUCTIVE);
      expect(byReason('before-delete')).toHaveLength(3);
      expect(byReason('manual')).toHaveLength(12);
      // The newest are the ones kept.
      expect(byReason('before-import')[0]!.at > byReason('before-import')[9]!.at).toBe(true);
      for (const b of t.app.backups.list()) expect(statSync(b.file).size).toBeGreaterThan(0);
    } finally {
      t.close();
    }
  });

  it('a read-only data folder is said at start, in words, and nothing is written', async () => {
    const dataDir = tempDir('atelier-ro-');
    const app = await openApp({ dataDir, skipDailyBackup: true });
    app.programmes.create('Programme existant');
    app.close();
    chmodSync(dataDir, 0o555);
    for (const f of readdirSync(dataDir)) if (f.startsWith('atelier.sqlite')) chmodSync(join(dataDir, f), 0o444);
    const buildDir = tempDir('atelier-ro-build-');
    chmodSync(buildDir, 0o755);
    const child = await buildWriterChild(buildDir);
    // Root writes anywhere: run the second process as an ordinary user, as the officer would be.
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    const before = readdirSync(dataDir).sort();
    const writer = await startWriter(child, dataDir, 'exclusive', user);
    await writer.close();
    expect(writer.status).toBe('refused data_folder_read_only');
    expect(readdirSync(dataDir).sort()).toEqual(before);
    chmodSync(dataDir, 0o755);
  });
});
