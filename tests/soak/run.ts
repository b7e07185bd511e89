/**
 * `npm run soak [-- crash|fuzz]`: the long versions of the proofs that run small in `npm test`:
 * 1,000 SIGKILLs during an edit storm, and the fuzzers with ten times more cases (100,000 mutated
 * archives). Prints one line per part and exits non-zero on the first failure list.
 */
import { runCrashes } from './crash-harness';
import { SOAK_PARTS } from './parts';

const only = process.argv[2];
let failed = false;

async function part(name: string, run: () => Promise<string[]>): Promise<void> {
  if (only && !name.includes(only)) return;
  const t0 = Date.now();
  console.log(`=== ${name} ===`);
  const failures = await run();
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  if (failures.length) {
    failed = true;
    console.error(`✗ ${name} (${seconds} s):\n  ${failures.slice(0, 30).join('\n  ')}`);
  } else {
    console.log(`✓ ${name} (${seconds} s)`);
  }
}

await part('crash: 1,000 SIGKILLs', async () => {
  const report = await runCrashes({
    kills: 1_000,
    seed: Date.now() % 100_000,
    // Startup takes ~0.3 s under load: most lives should reach the storm.
    minLifeMs: 100,
    maxLifeMs: 900,
    onLife: (i) => {
      if ((i + 1) % 100 === 0) console.log(`  ${i + 1} lives`);
    },
  });
  console.log(`  kills ${report.kills}, acknowledged edits ${report.acknowledged}, during startup ${report.killsDuringStartup}`);
  return report.failures;
});

for (const [name, run] of SOAK_PARTS) await part(name, run);

process.exit(failed ? 1 : 0);
