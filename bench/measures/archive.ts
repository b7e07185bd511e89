/**
 * Archive measures on the large generated programme: export (without the Word package, which the
 * documents measures cover), the archive's size, import as a new programme (validation, backup,
 * transaction), and the three-way merge of two diverged copies (pure, and as a full import).
 */
import { join } from 'node:path';
import { openApp } from '../../src-main/services/app';
import { mergeSnapshots } from '../../src-shared/merge';
import type { ProgrammeSnapshot } from '../../src-shared/model';
import { generateLargeProgramme } from '../generate';
import type { BenchContext, BenchMeasure } from '../types';

const now = () => performance.now();
const noDocuments = async () => [];

/** Edits spread over the programme (every 7th logframe text, every 5th budget label, from `offset`). */
function diverge(s: ProgrammeSnapshot, tag: string, offset: number): ProgrammeSnapshot {
  return {
    ...s,
    logframe: s.logframe.map((r, i) => (i % 7 === offset ? { ...r, text: `${r.text} (${tag})` } : r)),
    budgetLines: s.budgetLines.map((l, i) => (i % 5 === offset ? { ...l, label: `${l.label} (${tag})` } : l)),
  };
}

export async function measures(ctx: BenchContext): Promise<BenchMeasure[]> {
  const source = await openApp({ dataDir: join(ctx.tmpDir, 'source'), skipDailyBackup: true, buildDocuments: noDocuments });
  const withWord = await openApp({ dataDir: join(ctx.tmpDir, 'source'), skipDailyBackup: true });
  const target = await openApp({ dataDir: join(ctx.tmpDir, 'target'), skipDailyBackup: true, buildDocuments: noDocuments });
  const large = generateLargeProgramme(1);
  source.programmes.insert(large);
  const out = source;
  const into = target;
  const archive = (await out.archives.export(large.id)).bytes;

  // Merge inputs: the Département and the partner each changed different rows since the export.
  const mine = diverge(large, 'Département', 0);
  const theirs = diverge(large, 'partenaire', 3);

  // For the full merge import: the target knows the export, and its copy diverged locally.
  const mergeApp = await openApp({ dataDir: join(ctx.tmpDir, 'merge'), skipDailyBackup: true, buildDocuments: noDocuments });
  const mergeServices = mergeApp;
  await mergeServices.archives.import(archive, { strategy: 'merge', decisions: {} });
  source.programmes.edit(large.id, 'bench.partner', () => theirs);
  const partnerExport = await out.archives.export(large.id);
  const partnerArchive = partnerExport.bytes;
  mergeApp.programmes.edit(large.id, 'bench.local', () => mine);

  return [
    {
      name: 'archive.export.large',
      runs: 10,
      goal: { max: 250 },
      sample: async () => {
        const t0 = now();
        await out.archives.export(large.id);
        return now() - t0;
      },
    },
    {
      // Informational: the same export with the five draft .docx the archive carries (documents engineer's builders).
      name: 'archive.export.large.withDocuments',
      runs: 3,
      sample: async () => {
        const t0 = now();
        await withWord.archives.export(large.id);
        return now() - t0;
      },
    },
    {
      name: 'archive.size.large',
      unit: 'bytes',
      runs: 1,
      goal: { max: 1_000_000 },
      sample: () => archive.length,
    },
    {
      name: 'archive.import.large',
      runs: 10,
      goal: { max: 250 },
      sample: async () => {
        // Start from a folder without the programme, so each run imports it as new.
        target.db.prepare('DELETE FROM programmes WHERE id = ?').run(large.id);
        target.programmes.invalidate();
        const t0 = now();
        const result = await into.archives.import(archive, { strategy: 'merge', decisions: {} });
        const elapsed = now() - t0;
        if (result.status !== 'imported') throw new Error(`import: ${result.status}`);
        return elapsed;
      },
    },
    {
      name: 'archive.merge.large',
      runs: 10,
      goal: { max: 250 },
      sample: () => {
        const t0 = now();
        const outcome = mergeSnapshots(large, mine, theirs);
        const elapsed = now() - t0;
        if (outcome.undecided.length > 0) throw new Error('unexpected conflicts');
        return elapsed;
      },
    },
    {
      name: 'archive.importMerge.large',
      runs: 5,
      sample: async () => {
        // Forget this archive's own base (recorded by the previous run) so each run merges three ways.
        mergeApp.db.prepare('DELETE FROM merge_bases WHERE export_id = ?').run(partnerExport.exportId);
        const t0 = now();
        const result = await mergeServices.archives.import(partnerArchive, { strategy: 'merge', decisions: {} });
        const elapsed = now() - t0;
        if (result.status !== 'imported') throw new Error(`merge import: ${result.status}`);
        // Undo so the next run merges again.
        mergeApp.programmes.undo(large.id);
        return elapsed;
      },
      teardown: () => {
        source.close();
        withWord.close();
        target.close();
        mergeApp.close();
      },
    },
  ];
}
