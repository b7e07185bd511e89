/** The fuzzing parts of the soak (ten times `npm test` or more, fresh seeds), each returning its failures. */
import { fuzzArchive } from './fuzz-archive';
import { fuzzDispatcher, type FuzzReport } from './fuzz-dispatcher';
import { fuzzHttp } from './fuzz-http';
import { hostileTemplates } from './hostile-templates';
import { interleave } from './multi-writer';
import { comparePageNumbers } from './page-numbers';
import { compareRawTables } from './raw-tables';
import { damagedRows, readOnlyFolders } from './recovery-parts';

const seed = Date.now() % 1_000_000;
const summary = (r: FuzzReport) => {
  console.log(`  seed ${seed}, ${r.cases} cases: ${JSON.stringify(r.byCode)}`);
  return r.failures;
};

export const SOAK_PARTS: Array<[string, () => Promise<string[]>]> = [
  ['fuzz: dispatcher, 200,000 calls', async () => summary(await fuzzDispatcher(200_000, seed))],
  ['fuzz: archive import, 100,000 mutated archives', async () => summary(await fuzzArchive(100_000, seed, { storeEvery: 10 }))],
  ['fuzz: HTTP transport, 50,000 requests', async () => summary(await fuzzHttp(50_000, seed))],
  [
    'multi-writer: 3 processes, 3,000 interleaved edits, undos and redos',
    async () => {
      const t0 = Date.now();
      const r = await interleave({ ops: 3_000, writers: 3, seed });
      console.log(`  seed ${seed}, ${r.ops} ops, ${r.applied} applied, ${((Date.now() - t0) / r.ops).toFixed(1)} ms per op (with the lone reference)`);
      return r.failures;
    },
  ],
  [
    'read-only data folder: 3 variants',
    async () => {
      const r = await readOnlyFolders();
      console.log(`  refused in ${r.ms.join(', ')} ms`);
      return r.failures;
    },
  ],
  [
    'damaged rows: 100 programmes with 1 to 4 damaged rows',
    async () => {
      const r = await damagedRows(100, seed);
      console.log(`  seed ${seed}, ${r.damaged} damaged rows`);
      return r.failures;
    },
  ],
  [
    'page numbers: our layout against docx’s, on the large rapports (3 programmes, fr and en) and the demo grown word by word, with and without a logo (468 rapports)',
    async () => {
      const r = await comparePageNumbers([1, 7, seed]);
      for (const line of r.compared) console.log(`  ${line}`);
      return r.failures;
    },
  ],
  [
    'raw tables: the large packages (3 programmes, fr and en) as docx’s table objects write them',
    async () => compareRawTables([1, 7, seed]),
  ],
  [
    'hostile Word templates: 5 rounds of bombs and malformed XML, inspected, filled and exported',
    async () => {
      const r = await hostileTemplates(5, seed);
      console.log(`  seed ${seed}, ${r.cases} cases: ${JSON.stringify(r.byCode)}; slowest ${r.slowestMs} ms, memory +${r.peakGrowthMb} MB at most`);
      return r.failures;
    },
  ],
];
