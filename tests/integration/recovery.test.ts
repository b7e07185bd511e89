import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main';
import { openApp } from '../../src-main/services/app';
import { startFailureText } from '../../src-main/services/start-failure';
import { createTestApp, type TestApp } from '../helpers/app';

/** Recovery (issue 11, point 3): damaged settings, rows and files are said, with the way out, and nothing is lost. */
const opened: TestApp[] = [];
const dirs: string[] = [];
afterEach(() => {
  opened.splice(0).forEach((t) => t.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const app = async () => {
  const t = await createTestApp();
  opened.push(t);
  return t;
};
const settingsRow = (t: TestApp) => (t.app.db.prepare("SELECT data FROM settings WHERE key = 'authority'").get() as { data: string }).data;
/** Writes a row as damage would: bypassing the CHECK (json_valid) constraints. */
function damage(t: TestApp, sqlText: string, ...params: unknown[]): void {
  t.app.db.pragma('ignore_check_constraints = ON');
  t.app.db.prepare(sqlText).run(...params);
  t.app.db.pragma('ignore_check_constraints = OFF');
  t.app.programmes.invalidate();
}

describe('damaged settings', () => {
  it('a row that fails validation is never overwritten by defaults: reads and writes refuse, edits go on, repair keeps what is readable', async () => {
    const t = await app();
    await t.ok('settings.update', { fields: { name: 'Département de la Drôme', presidentName: 'Marie-Pierre Mouton', authorName: 'Camille Martin', appealCourt: 'Tribunal administratif de Grenoble' } });
    const p = await t.ok('programme.create', { title: 'Insertion' });
    const stored = JSON.parse(settingsRow(t)) as Record<string, unknown>;
    damage(t, "UPDATE settings SET data = ? WHERE key = 'authority'", JSON.stringify({ ...stored, presidentTitle: 'titre inconnu' }));
    const damagedRow = settingsRow(t);

    expect((await t.fails('settings.get', {})).code).toBe('settings_damaged');
    // The repro: an update used to write the defaults plus the change, erasing name, president, author, numbers.
    const refused = await t.fails('settings.update', { fields: { defaultSignatory: 'M. Durand' } });
    expect(refused.code).toBe('settings_damaged');
    expect(refused.details).toMatchObject({ fields: ['presidentTitle'] });
    expect(settingsRow(t)).toBe(damagedRow);
    // The officer's edits still work and are signed with the stored author.
    await t.ok('programme.rename', { programmeId: p.id, title: 'Insertion des jeunes' });
    expect((await t.ok('history.list', { programmeId: p.id, limit: 1 }))[0]!.author).toBe('Camille Martin');

    const repaired = await t.ok('settings.repair', {});
    expect(repaired.reset).toEqual(['presidentTitle']);
    expect(repaired.backup).toMatch(/__before-repair\.sqlite$/);
    expect(repaired.settings).toMatchObject({ name: 'Département de la Drôme', presidentName: 'Marie-Pierre Mouton', authorName: 'Camille Martin', appealCourt: 'Tribunal administratif de Grenoble', presidentTitle: 'president' });
    // The damaged row is kept in the backup taken before the repair.
    const backup = new Database(join(t.dataDir, 'backups', repaired.backup!), { readonly: true });
    expect((backup.prepare("SELECT data FROM settings WHERE key = 'authority'").get() as { data: string }).data).toBe(damagedRow);
    backup.close();
    expect((await t.ok('settings.get', {})).name).toBe('Département de la Drôme');
  });

  it('a row that is not JSON gets a way out (before: every write failed "internal")', async () => {
    const t = await app();
    await t.ok('settings.update', { fields: { name: 'Département de la Drôme' } });
    const p = await t.ok('programme.create', { title: 'Insertion' });
    damage(t, "UPDATE settings SET data = ? WHERE key = 'authority'", '{"name": "Département de la Drô');
    expect((await t.fails('settings.update', { fields: { name: 'X' } })).code).toBe('settings_damaged');
    await t.ok('programme.rename', { programmeId: p.id, title: 'Insertion des jeunes' });
    const repaired = await t.ok('settings.repair', {});
    expect(repaired.reset).toEqual(['*']);
    await t.ok('settings.update', { fields: { name: 'Département de la Drôme' } });
    expect((await t.ok('settings.get', {})).name).toBe('Département de la Drôme');
  });
});

describe('a damaged entity row', () => {
  it('leaves the rest of the programme readable and exportable, and says which part is lost', async () => {
    const t = await app();
    const demo = await t.ok('programme.createDemo', {});
    const s = t.app.programmes.get(demo.id);
    const line = s.budgetLines[1]!;
    const risk = s.risks[0]!;
    damage(t, 'UPDATE budget_lines SET data = ? WHERE id = ?', JSON.stringify({ id: line.id, label: 42 }), line.id);
    damage(t, 'UPDATE risks SET data = ? WHERE id = ?', '{"id": "truncated', risk.id);

    const got = await t.ok('programme.get', { programmeId: demo.id });
    expect(got.damaged.map((d) => [d.part, d.id, d.reason])).toEqual([
      ['budgetLines', line.id, 'invalid'],
      ['risks', risk.id, 'not_json'],
    ]);
    expect(got.damaged[1]!.excerpt).toBe('{"id": "truncated');
    expect(got.snapshot.budgetLines).toHaveLength(s.budgetLines.length - 1);
    expect(got.snapshot.logframe).toEqual(s.logframe);
    const exported = await t.ok('archive.export', { programmeId: demo.id });
    expect(exported.size).toBeGreaterThan(0);
    await t.ok('entity.update', { programmeId: demo.id, collection: 'budgetLines', id: s.budgetLines[0]!.id, fields: { label: 'Toujours modifiable' } });
    // The damaged rows stay on disk as they were, for a later repair from a backup.
    expect((t.app.db.prepare('SELECT data FROM risks WHERE id = ?').get(risk.id) as { data: string }).data).toBe('{"id": "truncated');
  });
});

describe('a damaged database file', () => {
  it('is said in French with the latest backup, and `atelier backups list|restore` bring the data back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-damaged-'));
    dirs.push(dataDir);
    const first = await openApp({ dataDir, skipDailyBackup: true });
    const created = first.programmes.create('Programme à sauver');
    const backup = await first.backups.create('manual');
    first.close();
    // Garbage over the header and the first pages, as a failing disk or a bad copy leaves it.
    const fd = openSync(join(dataDir, 'atelier.sqlite'), 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 0);
    closeSync(fd);
    rmSync(join(dataDir, 'atelier.sqlite-wal'), { force: true });
    rmSync(join(dataDir, 'atelier.sqlite-shm'), { force: true });

    const error = await openApp({ dataDir, skipDailyBackup: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'database_damaged', details: { latestBackup: backup.file.split(/[\\/]/).pop() } });
    const text = startFailureText(error, 'fr');
    expect(text).toContain('Le fichier de données est endommagé');
    expect(text).toContain('atelier backups restore');
    expect(text).not.toMatch(/file is not a database|malformed/);

    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
    const env = { ATELIER_SKIP_DAILY_BACKUP: '1' };
    // Every other command says the same, in French.
    expect(await runCli(['list', '--data-dir', dataDir], io, env)).toBe(1);
    expect(out.join('\n')).toContain('endommagé');
    out.length = 0;
    expect(await runCli(['backups', 'list', '--data-dir', dataDir], io, env)).toBe(0);
    const name = backup.file.split(/[\\/]/).pop()!;
    expect(out.join('\n')).toContain(`${name}`);
    expect(out.join('\n')).toContain('saine');
    out.length = 0;
    expect(await runCli(['backups', 'restore', name, '--data-dir', dataDir], io, env)).toBe(0);
    expect(out.join('\n')).toContain('Le fichier endommagé est conservé à part');
    expect(readdirSync(dataDir).some((f) => f.startsWith('atelier.sqlite.damaged-'))).toBe(true);
    out.length = 0;
    expect(await runCli(['list', '--data-dir', dataDir], io, env)).toBe(0);
    expect(out.join('\n')).toContain(created.id);
  });

  it('`atelier backups restore` refuses an unknown or invalid backup and a folder held by a running app', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-restore-cli-'));
    dirs.push(dataDir);
    const running = await openApp({ dataDir, skipDailyBackup: true, exclusive: true });
    const backup = await running.backups.create('manual');
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
    const env = { ATELIER_SKIP_DAILY_BACKUP: '1' };
    const name = backup.file.split(/[\\/]/).pop()!;
    expect(await runCli(['backups', 'restore', name, '--data-dir', dataDir], io, env)).toBe(1);
    expect(out.join('\n')).toContain('data_folder_in_use');
    running.close();
    out.length = 0;
    expect(await runCli(['backups', 'restore', 'nope.sqlite', '--data-dir', dataDir], io, env)).toBe(1);
    expect(out.join('\n')).toContain('backup_not_found');
    expect(existsSync(join(dataDir, 'atelier.sqlite'))).toBe(true);
  });
});
