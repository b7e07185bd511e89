/**
 * Several processes writing one data folder, as the CLI beside the app does: each op goes to a random process,
 * and the same sequence runs in one process alone as the reference. Nothing may be lost (same data), and the
 * history must match (same revisions in the same states). Shared by tests/integration/store-one-writer.test.ts
 * (80 ops, 2 processes) and the soak (thousands of ops, 3 processes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../src-main/api/dispatcher';
import { openApp } from '../../src-main/services/app';
import { buildDemoProgramme } from '../../src-shared/demo';
import type { Envelope } from '../../src-shared/api/errors';
import type { ProgrammeSnapshot } from '../../src-shared/model';
import { stateHash } from '../helpers/crash-child';
import { buildWriterChild, startWriter } from '../helpers/writer';

/** The demo with ids 1, 2, 3… so the shared folder and the reference hold the same entities. */
export function fixedDemo(): ProgrammeSnapshot {
  let n = 0;
  return buildDemoProgramme(() => `01890000-0000-7000-8000-${String(++n).padStart(12, '0')}`, '2026-11-30T08:00:00.000Z');
}

export interface InterleavingReport {
  ops: number;
  applied: number;
  failures: string[];
}

export async function interleave(options: { ops: number; writers: number; seed: number }): Promise<InterleavingReport> {
  const work = mkdtempSync(join(tmpdir(), 'atelier-interleave-'));
  const failures: string[] = [];
  try {
    const childFile = await buildWriterChild(work);
    const shared = join(work, 'shared');
    const alone = join(work, 'alone');
    const demo = fixedDemo();
    for (const dir of [shared, alone]) {
      const app = await openApp({ dataDir: dir, skipDailyBackup: true });
      app.programmes.insert(demo);
      app.close();
    }
    const reference = await openApp({ dataDir: alone, skipDailyBackup: true });
    const referenceDispatch = createDispatcher(reference, () => undefined);
    const writers = await Promise.all(Array.from({ length: options.writers }, () => startWriter(childFile, shared, 'shared')));
    let seed = options.seed;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const id = demo.id;
    const lines = demo.budgetLines.slice(0, 4);
    const activities = demo.logframe.filter((r) => r.level === 'activity').slice(0, 3);
    let applied = 0;
    try {
      for (let n = 0; n < options.ops; n++) {
        const roll = random();
        const line = lines[Math.floor(random() * lines.length)]!;
        const [name, payload]: [string, unknown] =
          roll < 0.3
            ? ['entity.update', { programmeId: id, collection: 'budgetLines', id: line.id, fields: { label: `Libellé ${n}` } }]
            : roll < 0.5
              ? ['entity.update', { programmeId: id, collection: 'budgetLines', id: line.id, fields: { unitCost: 100 + n } }]
              : roll < 0.6
                ? ['programme.rename', { programmeId: id, title: `Titre ${n}` }]
                : roll < 0.7
                  ? ['entity.update', { programmeId: id, collection: 'logframe', id: activities[n % activities.length]!.id, fields: { text: `Activité ${n}` } }]
                  : roll < 0.88
                    ? ['history.undo', { programmeId: id }]
                    : ['history.redo', { programmeId: id }];
        const writer = writers[Math.floor(random() * writers.length)]!;
        const got = await writer.call(name, payload);
        const expected = await referenceDispatch(name, payload, { transport: 'test' });
        if (got.ok !== expected.ok) failures.push(`op ${n} ${name}: ${got.ok ? 'applied' : 'refused'} here, ${expected.ok ? 'applied' : 'refused'} alone`);
        if (got.ok) applied++;
      }
      const expected = stateHash(reference.programmes.get(id));
      for (const [i, writer] of writers.entries()) {
        const got = await writer.call('programme.get', { programmeId: id });
        if (!got.ok) failures.push(`writer ${i}: programme.get ${got.error.code}`);
        else if (stateHash((got.value as { snapshot: ProgrammeSnapshot }).snapshot) !== expected) failures.push(`writer ${i}: data differs from the lone process`);
      }
      const history = (h: Envelope<unknown> | Array<{ command: string; state: string }>) =>
        (Array.isArray(h) ? h : ((h as { value: Array<{ command: string; state: string }> }).value ?? [])).map((r) => `${r.command}:${r.state}`).join(',');
      const storedHistory = await writers[0]!.call('history.list', { programmeId: id, limit: 5_000 });
      if (history(storedHistory) !== history(reference.programmes.history(id, 5_000))) failures.push('history differs from the lone process');
    } finally {
      await Promise.all(writers.map((w) => w.close()));
      reference.close();
    }
    return { ops: options.ops, applied, failures };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
