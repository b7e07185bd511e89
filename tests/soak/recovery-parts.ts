/** Soak parts for issue 11: a read-only data folder in its variants, and damaged rows at random. */
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../src-main/api/dispatcher';
import { openApp } from '../../src-main/services/app';
import { COLLECTION_TABLES } from '../../src-main/store/tables';
import { COLLECTION_KEYS, type AnyEntity } from '../../src-shared/model';
import { buildWriterChild, startWriter } from '../helpers/writer';
import { fixedDemo } from './multi-writer';

/**
 * The app on a folder it cannot write: the folder and files read-only, with and without the -wal/-shm files a
 * crash leaves (the backup spun at 100 % CPU there), and only the database file read-only. Each start must
 * be refused with data_folder_read_only within seconds, and leave the folder's files as they were.
 */
export async function readOnlyFolders(): Promise<{ failures: string[]; ms: number[] }> {
  const work = mkdtempSync(join(tmpdir(), 'atelier-ro-soak-'));
  chmodSync(work, 0o755);
  const failures: string[] = [];
  const ms: number[] = [];
  try {
    const child = await buildWriterChild(work);
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    const variants: Array<[string, (dir: string) => void]> = [
      ['folder and files read-only', (dir) => chmodSync(dir, 0o555)],
      ['folder read-only with -wal and -shm left by a crash', (dir) => chmodSync(dir, 0o555)],
      ['database file read-only in a writable folder', () => undefined],
    ];
    for (const [index, [label, lock]] of variants.entries()) {
      const dir = join(work, `folder-${index}`);
      const app = await openApp({ dataDir: dir, skipDailyBackup: true });
      app.programmes.insert(fixedDemo());
      if (index === 1) {
        // Keep the WAL files: copy them before close removes them, then put them back.
        app.db.pragma('wal_autocheckpoint = 0');
        app.programmes.create('Écrit dans le WAL');
        for (const f of ['atelier.sqlite-wal', 'atelier.sqlite-shm']) copyFileSync(join(dir, f), join(work, `${index}${f}`));
      }
      app.close();
      if (index === 1) for (const f of ['atelier.sqlite-wal', 'atelier.sqlite-shm']) copyFileSync(join(work, `${index}${f}`), join(dir, f));
      chmodSync(dir, 0o777);
      for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o444);
      lock(dir);
      const before = readdirSync(dir).sort().join(',');
      const t0 = performance.now();
      const writer = await startWriter(child, dir, 'exclusive', user);
      await writer.close();
      ms.push(Math.round(performance.now() - t0));
      if (writer.status !== 'refused data_folder_read_only') failures.push(`${label}: ${writer.status}`);
      if (readdirSync(dir).sort().join(',') !== before) failures.push(`${label}: files changed`);
      chmodSync(dir, 0o755);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { failures, ms };
}

/**
 * Damaged rows at random (not JSON, or JSON that is not a valid entry) in random collections: the programme must
 * stay readable after a cold start, report exactly the damaged rows, export, and take an edit; nothing may answer
 * "internal" or a storage error.
 */
export async function damagedRows(cases: number, seed: number): Promise<{ failures: string[]; damaged: number }> {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const failures: string[] = [];
  let total = 0;
  for (let c = 0; c < cases; c++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-damage-soak-'));
    try {
      const writer = await openApp({ dataDir, skipDailyBackup: true, buildDocuments: async () => [] });
      const demo = fixedDemo();
      writer.programmes.insert(demo);
      const candidates = COLLECTION_KEYS.flatMap((key) => (demo[key] as AnyEntity[]).map((e) => [key, e.id] as const));
      const picked = new Map<string, string>();
      const count = 1 + Math.floor(random() * 4);
      while (picked.size < Math.min(count, candidates.length)) {
        const [key, id] = candidates[Math.floor(random() * candidates.length)]!;
        picked.set(id, key);
      }
      writer.db.pragma('ignore_check_constraints = ON');
      for (const [id, key] of picked) {
        const data = random() < 0.5 ? `{"id": "${id}", "broken` : JSON.stringify([id, 'not an entry']);
        writer.db.prepare(`UPDATE ${COLLECTION_TABLES[key as keyof typeof COLLECTION_TABLES]} SET data = ? WHERE id = ?`).run(data, id);
      }
      writer.close();
      total += picked.size;

      const app = await openApp({ dataDir, skipDailyBackup: true, buildDocuments: async () => [] });
      const dispatch = createDispatcher(app, () => undefined);
      try {
        const got = await dispatch('programme.get', { programmeId: demo.id }, { transport: 'test' });
        if (!got.ok) {
          failures.push(`case ${c}: programme.get ${got.error.code}`);
          continue;
        }
        const reported = (got.value as { damaged: Array<{ id: string }> }).damaged.map((d) => d.id).sort();
        if (reported.join() !== [...picked.keys()].sort().join()) failures.push(`case ${c}: reported ${reported.length} of ${picked.size} damaged rows`);
        const exported = await dispatch('archive.export', { programmeId: demo.id }, { transport: 'test' });
        if (!exported.ok) failures.push(`case ${c}: export ${exported.error.code}`);
        const snapshot = (got.value as { snapshot: typeof demo }).snapshot;
        const target = snapshot.budgetLines[0] ?? null;
        if (target) {
          const edited = await dispatch('entity.update', { programmeId: demo.id, collection: 'budgetLines', id: target.id, fields: { label: `Soak ${c}` } }, { transport: 'test' });
          if (!edited.ok && ['internal', 'storage_error'].includes(edited.error.code)) failures.push(`case ${c}: edit ${edited.error.code}`);
        }
      } finally {
        app.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { failures, damaged: total };
}
