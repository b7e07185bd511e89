/**
 * Store and command measures: an edit acknowledged durable (dispatcher → zod → produced change → revision-checked
 * transaction with synchronous=FULL) against the floor any durable write pays (a raw one-row UPDATE in a
 * transaction on a database with the same pragmas), and reading snapshots back from rows with a cold cache.
 *
 * Goals are ratios (issue 11: an edit costs what it changes): one durable edit ≤ 3× the raw update, and the
 * large programme's edit ≤ 1.3× the demo's. Each edit is timed next to its own reference (the raw update, or
 * the demo's edit) in the same run, alternately, so the machine's load drifting between two blocks of runs does
 * not move the ratio; the medians give the absolute times beside the ratios.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createDispatcher } from '../../src-main/api/dispatcher';
import { openApp } from '../../src-main/services/app';
import { buildDemoProgramme } from '../../src-shared/demo';
import { newId } from '../../src-shared/model';
import { generateLargeProgramme } from '../generate';
import { paired } from '../paired';
import type { BenchContext, BenchMeasure } from '../types';

const now = () => performance.now();

export async function measures(ctx: BenchContext): Promise<BenchMeasure[]> {
  const app = await openApp({ dataDir: join(ctx.tmpDir, 'app'), skipDailyBackup: true });
  const dispatch = createDispatcher(app, () => undefined);
  const demo = buildDemoProgramme(newId, new Date().toISOString());
  app.programmes.insert(demo);
  const large = generateLargeProgramme(1);
  app.programmes.insert(large);
  // Settings as a Département has them: a logo and a Word template, megabytes of base64 in the row every edit
  // takes its author from.
  app.settings.update({
    authorName: 'Camille Martin',
    authorOrganisation: 'Direction des relations internationales',
    logo: { mimeType: 'image/png', base64: 'A'.repeat(1_500_000) },
    wordTemplate: { name: 'modele.docx', base64: 'A'.repeat(2_500_000) },
  });

  // The raw floor: same pragmas (WAL, synchronous=FULL), one row, one transaction.
  const raw = new Database(join(ctx.tmpDir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec('CREATE TABLE t (id TEXT PRIMARY KEY, text TEXT NOT NULL) STRICT');
  raw.prepare('INSERT INTO t VALUES (?, ?)').run('row', '');
  const update = raw.prepare('UPDATE t SET text = ? WHERE id = ?');
  const rawWrite = raw.transaction((text: string) => update.run(text, 'row'));

  let counter = 0;
  const editOnce = async (programmeId: string, rowId: string) => {
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
  const rawOnce = () => {
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

  const demoRow = activityOf(demo);
  const largeRow = activityOf(large);
  const demoVsRaw = paired(() => editOnce(demo.id, demoRow), rawOnce);
  const largeVsRaw = paired(() => editOnce(large.id, largeRow), rawOnce);
  const largeVsDemo = paired(() => editOnce(large.id, largeRow), () => editOnce(demo.id, demoRow));

  return [
    {
      name: 'edit.durable.demo',
      runs: 40,
      goal: { maxRatio: 3 },
      sample: demoVsRaw.sample,
      baseline: { name: 'sqlite.raw-update', sample: demoVsRaw.baseline },
    },
    {
      name: 'edit.durable.large',
      runs: 40,
      goal: { maxRatio: 3 },
      sample: largeVsRaw.sample,
      baseline: { name: 'sqlite.raw-update', sample: largeVsRaw.baseline },
    },
    {
      name: 'edit.durable.large-vs-demo',
      runs: 40,
      goal: { maxRatio: 1.3 },
      sample: largeVsDemo.sample,
      baseline: { name: 'edit.durable.demo', sample: largeVsDemo.baseline },
    },
    { name: 'snapshot.read.demo', runs: 30, goal: { max: 20 }, sample: coldRead(demo.id) },
    { name: 'snapshot.read.large.cold', runs: 15, goal: { max: 150 }, sample: coldRead(large.id), teardown: closeAll },
  ];
}
