import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/services/app';
import { runCli } from '../../src-main/cli/main';
import type { Envelope } from '../../src-shared/api/errors';
import type { ProgrammeSnapshot } from '../../src-shared/model';
import { stateHash } from '../helpers/crash-child';
import { buildWriterChild, startWriter } from '../helpers/writer';
import { fixedDemo, interleave } from '../soak/multi-writer';

/**
 * One writer per data folder (issue 11, point 1). Browser mode and the desktop app hold an exclusive lock on
 * the folder; the CLI may still write beside them, and every write checks the programme's revision inside its
 * transaction, so an edit made from a copy read before another process wrote is applied to the stored state.
 */
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
let childFile = '';
beforeAll(async () => {
  childFile = await buildWriterChild(tempDir('atelier-writer-build-'));
});
afterAll(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const value = <T>(e: Envelope<unknown>): T => {
  if (!e.ok) throw new Error(`${e.error.code}: ${e.error.message}`);
  return e.value as T;
};

async function seeded(dataDir: string): Promise<ProgrammeSnapshot> {
  const app = await openApp({ dataDir, skipDailyBackup: true });
  const demo = fixedDemo();
  app.programmes.insert(demo);
  app.close();
  return demo;
}

describe('one writer per data folder', () => {
  it('a second browser-mode server (or desktop app) on a folder is refused while the first runs, and accepted after', async () => {
    const dataDir = tempDir('atelier-lock-');
    const first = await startWriter(childFile, dataDir, 'exclusive');
    expect(first.status).toBe('ready');
    const second = await startWriter(childFile, dataDir, 'exclusive');
    expect(second.status).toBe('refused data_folder_in_use');
    await second.close();
    // In this process as well (what `npm start` and the desktop app call).
    await expect(openApp({ dataDir, skipDailyBackup: true, exclusive: true })).rejects.toMatchObject({ code: 'data_folder_in_use' });
    await first.close();
    const again = await openApp({ dataDir, skipDailyBackup: true, exclusive: true });
    again.close();
  });

  it('server + CLI undo: the server’s next edit keeps the undo, and list and show agree (the repro)', async () => {
    const dataDir = tempDir('atelier-cli-beside-');
    const demo = await seeded(dataDir);
    const server = await startWriter(childFile, dataDir, 'exclusive');
    expect(server.status).toBe('ready');
    const id = demo.id;
    const line = demo.budgetLines[0]!;
    try {
      value(await server.call('programme.get', { programmeId: id })); // the server holds its copy
      value(await server.call('programme.rename', { programmeId: id, title: 'Titre du serveur' }));
      const out: string[] = [];
      const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
      expect(await runCli(['undo', id, '--data-dir', dataDir], io, { ATELIER_SKIP_DAILY_BACKUP: '1' })).toBe(0);
      // The server edits a budget label from a copy read before the CLI's undo.
      value(await server.call('entity.update', { programmeId: id, collection: 'budgetLines', id: line.id, fields: { label: 'Libellé du serveur' } }));

      const shown = value<{ snapshot: ProgrammeSnapshot }>(await server.call('programme.get', { programmeId: id })).snapshot;
      expect(shown.framing.title).toBe(demo.framing.title);
      expect(shown.budgetLines[0]!.label).toBe('Libellé du serveur');
      const reader = await openApp({ dataDir, skipDailyBackup: true });
      const listed = reader.programmes.list().find((p) => p.id === id)!;
      const stored = reader.programmes.get(id);
      reader.close();
      expect(listed.title).toBe(demo.framing.title);
      expect(stored.framing.title).toBe(demo.framing.title);
      expect(stateHash(stored)).toBe(stateHash(shown));
    } finally {
      await server.close();
    }
  });

  it('two processes interleaving edits and undos on one folder: nothing lost, history matches the data', async () => {
    const report = await interleave({ ops: 80, writers: 2, seed: 20261130 });
    expect(report.failures).toEqual([]);
    expect(report.applied).toBeGreaterThan(50);
  });

  it('an archive merged while the CLI edits the programme (during the pre-import backup) never reverts the CLI’s edit', async () => {
    const dataDir = tempDir('atelier-merge-beside-');
    const noDocuments = async () => [];
    const app = await openApp({ dataDir, skipDailyBackup: true, buildDocuments: noDocuments });
    const cli = await openApp({ dataDir, skipDailyBackup: true, buildDocuments: noDocuments });
    const partner = await openApp({ dataDir: tempDir('atelier-merge-partner-'), skipDailyBackup: true, buildDocuments: noDocuments });
    try {
      const demo = fixedDemo();
      app.programmes.insert(demo);
      const sent = await app.archives.export(demo.id);
      await partner.archives.import(sent.bytes, { strategy: 'merge', decisions: {} });
      partner.programmes.edit(demo.id, 'partner', (s) => ({ ...s, framing: { ...s.framing, acronym: 'PARTENAIRE' } }));
      const reply = await partner.archives.export(demo.id);
      app.programmes.get(demo.id);
      const importing = app.archives.import(reply.bytes, { strategy: 'merge', decisions: {} }).then(
        (r) => r.status,
        (e: { code?: string }) => e.code,
      );
      // While the import waits for its backup, the CLI changes a budget label.
      const line = demo.budgetLines[0]!;
      await new Promise((done) => setImmediate(done));
      cli.programmes.edit(demo.id, 'cli', (s) => ({ ...s, budgetLines: s.budgetLines.map((l) => (l.id === line.id ? { ...l, label: 'Modifié par la CLI' } : l)) }));
      const outcome = await importing;
      expect(['conflict', 'imported']).toContain(outcome);
      const stored = cli.programmes.get(demo.id);
      expect(stored.budgetLines[0]!.label).toBe('Modifié par la CLI');
    } finally {
      app.close();
      cli.close();
      partner.close();
    }
  });

  it('an edit is signed with the author as it is stored now, even when another process changed it', async () => {
    const dataDir = tempDir('atelier-author-');
    const app = await openApp({ dataDir, skipDailyBackup: true });
    const cli = await openApp({ dataDir, skipDailyBackup: true });
    try {
      const p = app.programmes.create('Insertion');
      app.settings.update({ authorName: 'Camille Martin' });
      app.programmes.edit(p.id, 'one', (s) => ({ ...s, framing: { ...s.framing, acronym: 'A' } }));
      cli.settings.update({ authorName: 'Dominique Durand' });
      app.programmes.edit(p.id, 'two', (s) => ({ ...s, framing: { ...s.framing, acronym: 'B' } }));
      app.settings.update({ authorName: 'Claude Petit' });
      app.programmes.edit(p.id, 'three', (s) => ({ ...s, framing: { ...s.framing, acronym: 'C' } }));
      expect(app.programmes.history(p.id, 3).map((r) => [r.command, r.author])).toEqual([
        ['three', 'Claude Petit'],
        ['two', 'Dominique Durand'],
        ['one', 'Camille Martin'],
      ]);
    } finally {
      app.close();
      cli.close();
    }
  });
});
