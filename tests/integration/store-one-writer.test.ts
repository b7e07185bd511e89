import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src-main/api/dispatcher';
import { openApp } from '../../src-main/services/app';
import { runCli } from '../../src-main/cli/main';
import { buildDemoProgramme } from '../../src-shared/demo';
import type { Envelope } from '../../src-shared/api/errors';
import type { ProgrammeSnapshot } from '../../src-shared/model';
import { stateHash } from '../helpers/crash-child';
import { buildWriterChild, startWriter } from '../helpers/writer';

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

/** The demo with ids 1, 2, 3… so two folders (the shared one and the reference) hold the same entities. */
function fixedDemo(): ProgrammeSnapshot {
  let n = 0;
  return buildDemoProgramme(() => `01890000-0000-7000-8000-${String(++n).padStart(12, '0')}`, '2026-11-30T08:00:00.000Z');
}

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
    const dataDir = tempDir('atelier-two-writers-');
    const demo = await seeded(dataDir);
    // The same sequence, run by one process alone, is the reference.
    const referenceDir = tempDir('atelier-reference-');
    await seeded(referenceDir);
    const reference = await openApp({ dataDir: referenceDir, skipDailyBackup: true });
    const referenceDispatch = createDispatcher(reference, () => undefined);
    const a = await startWriter(childFile, dataDir, 'shared');
    const b = await startWriter(childFile, dataDir, 'shared');
    const id = demo.id;
    let seed = 20261130;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const lines = demo.budgetLines.slice(0, 4);
    const activities = demo.logframe.filter((r) => r.level === 'activity').slice(0, 3);
    const ops: Array<[string, unknown]> = [];
    for (let n = 0; n < 80; n++) {
      const roll = random();
      const line = lines[Math.floor(random() * lines.length)]!;
      if (roll < 0.3) ops.push(['entity.update', { programmeId: id, collection: 'budgetLines', id: line.id, fields: { label: `Libellé ${n}` } }]);
      else if (roll < 0.5) ops.push(['entity.update', { programmeId: id, collection: 'budgetLines', id: line.id, fields: { unitCost: 100 + n } }]);
      else if (roll < 0.6) ops.push(['programme.rename', { programmeId: id, title: `Titre ${n}` }]);
      else if (roll < 0.7) ops.push(['entity.update', { programmeId: id, collection: 'logframe', id: activities[n % activities.length]!.id, fields: { text: `Activité ${n}` } }]);
      else if (roll < 0.88) ops.push(['history.undo', { programmeId: id }]);
      else ops.push(['history.redo', { programmeId: id }]);
    }
    const outcomes: string[] = [];
    try {
      for (const [index, [name, payload]] of ops.entries()) {
        const writer = random() < 0.5 ? a : b;
        const got = await writer.call(name, payload);
        const expected = await referenceDispatch(name, payload, { transport: 'test' });
        // Same answer as the lone process: refused alike (nothing to undo/redo), or applied alike.
        expect({ index, name, ok: got.ok }).toEqual({ index, name, ok: expected.ok });
        outcomes.push(got.ok ? 'ok' : (got as { error: { code: string } }).error.code);
      }
      expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(50);
      const fromA = value<{ snapshot: ProgrammeSnapshot }>(await a.call('programme.get', { programmeId: id })).snapshot;
      const fromB = value<{ snapshot: ProgrammeSnapshot }>(await b.call('programme.get', { programmeId: id })).snapshot;
      const expected = reference.programmes.get(id);
      expect(stateHash(fromA)).toBe(stateHash(expected));
      expect(stateHash(fromB)).toBe(stateHash(expected));
      const history = (h: Array<{ command: string; state: string }>) => h.map((r) => `${r.command}:${r.state}`);
      const storedHistory = value<Array<{ command: string; state: string }>>(await a.call('history.list', { programmeId: id, limit: 500 }));
      expect(history(storedHistory)).toEqual(history(reference.programmes.history(id, 500)));
    } finally {
      await a.close();
      await b.close();
      reference.close();
    }
  });
});
