/**
 * `npm run bench [-- filter]`: discovers bench/measures/*.ts, runs every measure (warm-up, then runs) in
 * this one process, prints one JSON line per measure, then a summary table, and writes
 * bench/results/latest.json. A filter keeps the measures whose name or module contains it.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchContext, BenchMeasure, BenchResult } from './types';
import { median, summarise, table } from './stats';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2]?.toLowerCase();

type MeasureModule = { measures: BenchMeasure[] | ((ctx: BenchContext) => Promise<BenchMeasure[]>) };

async function timeOf(sample: () => Promise<number> | number, runs: number, warmup: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await sample();
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await sample());
  return values;
}

/** A measure that hangs must not hang the whole run: it fails after this long. */
const MEASURE_TIMEOUT_MS = Number(process.env.BENCH_MEASURE_TIMEOUT_MS ?? 10 * 60_000);

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function runMeasure(m: BenchMeasure): Promise<BenchResult> {
  const runs = m.runs ?? 10;
  const warmup = Math.max(1, Math.min(3, Math.ceil(runs / 5)));
  try {
    // Teardown runs even when setup fails, so a half-started browser or server is still stopped.
    return await withTimeout(
      (async () => {
        await m.setup?.();
        const values = await timeOf(m.sample, runs, warmup);
        const baseline = m.baseline ? await timeOf(m.baseline.sample, runs, warmup) : undefined;
        return summarise(m, values, baseline ? { name: m.baseline!.name, median: median(baseline) } : undefined);
      })(),
      MEASURE_TIMEOUT_MS,
      m.name,
    );
  } finally {
    await withTimeout(Promise.resolve(m.teardown?.()), 60_000, `${m.name} teardown`).catch((error: unknown) =>
      console.error(`teardown of ${m.name} failed: ${String(error)}`),
    );
  }
}

async function main(): Promise<void> {
  const dir = join(here, 'measures');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const results: BenchResult[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const moduleName = file.replace(/\.ts$/, '');
    const tmpDir = mkdtempSync(join(tmpdir(), `atelier-bench-${moduleName}-`));
    try {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as MeasureModule;
      const list = typeof mod.measures === 'function' ? await mod.measures({ tmpDir }) : mod.measures;
      for (const m of list) {
        if (filter && !m.name.toLowerCase().includes(filter) && !moduleName.toLowerCase().includes(filter)) continue;
        try {
          const result = await runMeasure(m);
          results.push(result);
          console.log(JSON.stringify(result));
        } catch (error) {
          failures.push(`${m.name}: ${(error as Error).stack ?? String(error)}`);
          console.log(JSON.stringify({ name: m.name, error: String((error as Error).message ?? error) }));
        }
      }
    } catch (error) {
      failures.push(`${file}: ${(error as Error).stack ?? String(error)}`);
      console.log(JSON.stringify({ module: file, error: String((error as Error).message ?? error) }));
    } finally {
      rmSync(tmpDir, { recursive: true, force: true });
    }
  }
  console.log('');
  console.log(table(results));
  const out = join(here, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'latest.json'),
    JSON.stringify({ at: new Date().toISOString(), node: process.version, filter: filter ?? null, results, failures }, null, 2),
  );
  const missed = results.filter((r) => r.met === false).map((r) => r.name);
  if (missed.length) console.log(`\nGoals missed: ${missed.join(', ')}`);
  if (failures.length) {
    console.error(`\n${failures.length} measure(s) failed:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
// Leaked handles (a browser a failed measure left open) must not keep the run alive.
process.exit(process.exitCode ?? 0);
