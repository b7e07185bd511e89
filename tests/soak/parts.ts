/** The fuzzing parts of the soak (ten times `npm test` or more, fresh seeds), each returning its failures. */
import { fuzzArchive } from './fuzz-archive';
import { fuzzDispatcher, type FuzzReport } from './fuzz-dispatcher';
import { fuzzHttp } from './fuzz-http';

const seed = Date.now() % 1_000_000;
const summary = (r: FuzzReport) => {
  console.log(`  seed ${seed}, ${r.cases} cases: ${JSON.stringify(r.byCode)}`);
  return r.failures;
};

export const SOAK_PARTS: Array<[string, () => Promise<string[]>]> = [
  ['fuzz: dispatcher, 200,000 calls', async () => summary(await fuzzDispatcher(200_000, seed))],
  ['fuzz: archive import, 100,000 mutated archives', async () => summary(await fuzzArchive(100_000, seed, { storeEvery: 10 }))],
  ['fuzz: HTTP transport, 50,000 requests', async () => summary(await fuzzHttp(50_000, seed))],
];
