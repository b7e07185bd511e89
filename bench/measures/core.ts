/**
 * Store and command measures: an edit acknowledged durable (dispatcher → zod → diff → transaction with
 * synchronous=FULL) against the floor any durable write pays (a raw one-row UPDATE in a transaction on
 * a database with the same pragmas), and reading snapshots back from rows with a cold cache.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createDispatcher } from '../../src-main/api/dispatcher';
import { openApp } from '../../src-main/services/app';
import { buildDemoProgramme } from '../../src-shared/demo';
import { newId } from '../../src-shared/model';
import { generateLargeProgramme } from '../generate';
import type { BenchContext, BenchMeasure } from '../types';

const now = () => performance.now();

export async function measures(ctx: BenchContext): Promise<BenchMeasure[]> {
  const app = await openApp({ dataDir: join(ctx.tmpDir, 'app'), skipDailyBackup: true });
  const dispatch = createDispatcher(app, () => undefined);
  const demo = buildDemoProgramme(newId, new Date().toISOString());
  app.programmes.insert(demo);
  const large = generateLargeProgramme(1);
  app.programmes.insert(large);

  // The raw floor: same pragmas (WAL, synchronous=FULL), one row, one transaction.
  const raw = new Database(join(ctx.tmpDir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec('CREATE TABLE t (id TEXT PRIMARY KEY, text TEXT NOT NULL) STRICT');
  raw.prepare('INSERT INTO t VALUES (?, ?)').run('row', '');
  const update = raw.prepare('UPDATE t SET text = ? WHERE id = ?');
  const rawWrite = raw.transaction((text: string) => update.run(text, 'row'));

  let counter = 0;
  const editOf = (programmeId: string, rowId: string) => async () => {
    counter += 1;
    const t0 = now();
    const result = await dispatch(
      'entity.update',
      { programmeId, collection: 'logframe', id: rowId, fields: { text: `Texte modifié n° ${counter}` } },
      { transport: 'test' },
    );
    const elapsed = now() - t0;
    if (!result.ok) throw new Error(`edit failed: ${result.error.code}`);
    return elapsed;
  };
  const rawSample = () => {
    counter += 1;
    const t0 = now();
    rawWrite(`Texte modifié n° ${counter}`);
    return now() - t0;
  };
  const activityOf = (s: typeof large) => s.logframe.find((r) => r.level === 'activity')!.id;

  const coldRead = (id: string) => () => {
    app.programmes.invalidate(id);
    const t0 = now();
    app.programmes.get(id);
    return now() - t0;
  };

  let closed = false;
  const closeAll = () => {
    if (closed) return;
    closed = true;
    raw.close();
    app.close();
  };

  return [
    {
      name: 'edit.durable.demo',
      runs: 40,
      // The goal is what the officer feels (an edit saved well within a keystroke pause); the ratio shows
      // what validation, diff and revision add on top of the durable write itself (3–4× idle, more under load).
      goal: { max: 50 },
      sample: editOf(demo.id, activityOf(demo)),
      baseline: { name: 'sqlite.raw-update', sample: rawSample },
    },
    {
      name: 'edit.durable.large',
      runs: 20,
      goal: { max: 100 },
      sample: editOf(large.id, activityOf(large)),
      baseline: { name: 'sqlite.raw-update', sample: rawSample },
    },
    { name: 'snapshot.read.demo', runs: 30, goal: { max: 20 }, sample: coldRead(demo.id) },
    { name: 'snapshot.read.large.cold', runs: 15, goal: { max: 150 }, sample: coldRead(large.id), teardown: closeAll },
  ];
}
