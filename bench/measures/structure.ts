/**
 * Structure checks on a deep tree: a chain of causes 20,000 deep (the most the model allows), imported
 * from an archive and then edited. The checks are linear (tests count their steps); this reports the
 * time the officer waits. The first release took 82 s to import it and 37 s for each later edit.
 */
import { join } from 'node:path';
import { openApp } from '../../src-main/services/app';
import { packArchive } from '../../src-main/archive';
import { buildDemoProgramme } from '../../src-shared/demo';
import { newId, SCHEMA_VERSION, type Problem, type ProgrammeSnapshot } from '../../src-shared/model';
import type { BenchContext, BenchMeasure } from '../types';

const now = () => performance.now();
const MAX_PROBLEMS = 20_000;

function deepChain(): ProgrammeSnapshot {
  const demo = buildDemoProgramme(newId, new Date().toISOString());
  let parent = demo.problems.find((p) => p.kind === 'core')!.id;
  const chain: Problem[] = [];
  for (let i = demo.problems.length; i < MAX_PROBLEMS; i++) {
    const id = newId();
    chain.push({ id, parentId: parent, kind: 'cause', text: `Cause ${i}` });
    parent = id;
  }
  return { ...demo, problems: [...demo.problems, ...chain] };
}

export async function measures(ctx: BenchContext): Promise<BenchMeasure[]> {
  const snapshot = deepChain();
  const archive = packArchive({
    header: {
      appVersion: 'bench',
      schemaVersion: SCHEMA_VERSION,
      programmeId: snapshot.id,
      programmeTitle: snapshot.framing.title,
      exportId: newId(),
      lineage: [],
      exportedAt: new Date().toISOString(),
      exportedBy: { name: 'bench', organisation: '' },
    },
    snapshot,
    attachments: new Map(),
    documents: [],
  });
  let round = 0;
  const editApp = await openApp({ dataDir: join(ctx.tmpDir, 'edit'), skipDailyBackup: true });
  editApp.programmes.insert(snapshot);
  return [
    {
      name: 'structure.chain20k.import',
      runs: 3,
      sample: async () => {
        const app = await openApp({ dataDir: join(ctx.tmpDir, `import-${round++}`), skipDailyBackup: true, buildDocuments: async () => [] });
        try {
          const t0 = now();
          await app.archives.import(archive, { strategy: 'merge', decisions: {} });
          return now() - t0;
        } finally {
          app.close();
        }
      },
    },
    {
      name: 'structure.chain20k.edit',
      runs: 10,
      sample: () => {
        const t0 = now();
        editApp.programmes.edit(snapshot.id, 'bench.edit', (s) => ({ ...s, framing: { ...s.framing, acronym: `D${round++ % 1000}` } }));
        return now() - t0;
      },
      teardown: () => editApp.close(),
    },
  ];
}
