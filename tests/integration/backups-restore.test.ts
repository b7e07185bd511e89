import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';

const opened: TestApp[] = [];
afterEach(() => opened.splice(0).forEach((a) => a.close()));

describe('backups', () => {
  it('lists backups with date and reason, restores one after a backup of the current state', async () => {
    const t = await createTestApp();
    opened.push(t);
    const { id } = await t.ok('programme.create', { title: 'Avant' });
    await t.ok('entity.add', { programmeId: id, collection: 'stakeholders', fields: { name: 'Mission locale' } });
    const manual = await t.ok('backup.create', {});
    expect(manual.reason).toBe('manual');
    await t.ok('programme.rename', { programmeId: id, title: 'Après' });
    const other = await t.ok('programme.create', { title: 'Créé après la sauvegarde' });

    const result = await t.ok('backup.restore', { name: manual.name });
    expect(result.restored).toBe(manual.name);
    const list = await t.ok('programme.list', {});
    expect(list.map((p) => p.title)).toEqual(['Avant']);
    expect((await t.ok('programme.get', { programmeId: id })).snapshot.stakeholders[0]!.name).toBe('Mission locale');
    expect((await t.fails('programme.get', { programmeId: other.id })).code).toBe('not_found');

    // The state before the restore is itself a backup: restoring it brings "Après" back.
    const backups = await t.ok('backup.list', {});
    expect(backups.map((b) => b.reason)).toContain('before-restore');
    expect(backups.every((b) => /^\d{4}-\d{2}-\d{2}T/.test(b.at))).toBe(true);
    await t.ok('backup.restore', { name: result.safetyBackup });
    expect((await t.ok('programme.list', {})).map((p) => p.title).sort()).toEqual(['Après', 'Créé après la sauvegarde']);
    // Edits keep working on the restored data (history included).
    await t.ok('history.undo', { programmeId: id });
    expect((await t.ok('programme.get', { programmeId: id })).snapshot.framing.title).toBe('Avant');
  });

  it('refuses an unknown backup name or a path, database unchanged', async () => {
    const t = await createTestApp();
    opened.push(t);
    await t.ok('programme.create', { title: 'Intact' });
    const before = t.databaseBytes();
    expect((await t.fails('backup.restore', { name: '../atelier.sqlite' })).code).toBe('backup_not_found');
    expect((await t.fails('backup.restore', { name: '2020-01-01T00-00-00-000Z__manual.sqlite' })).code).toBe('backup_not_found');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });
});
