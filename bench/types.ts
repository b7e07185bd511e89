/**
 * The benchmark contract. Every file in bench/measures/*.ts exports
 *   `export const measures: BenchMeasure[]` or `export async function measures(ctx: BenchContext): Promise<BenchMeasure[]>`
 * and `npm run bench` (bench/run.ts) discovers them, runs them in one process, prints one JSON line per
 * measure and a summary table, and writes bench/results/latest.json.
 */
export interface BenchContext {
  /** A fresh temporary folder for this measure module (removed afterwards). */
  tmpDir: string;
}

export interface BenchMeasure {
  /** e.g. "edit.durable", "docs.package.large" */
  name: string;
  unit?: 'ms' | 'bytes';
  runs?: number;
  /** Goal on the median (ms or bytes), or on the ratio to the baseline. */
  goal?: { max?: number; maxRatio?: number };
  /** One run; returns its measured value (elapsed ms, or a size). */
  sample: () => Promise<number> | number;
  /** A peer or raw baseline measured in the same process; the result carries median(sample)/median(baseline). */
  baseline?: { name: string; sample: () => Promise<number> | number };
  setup?: () => Promise<void> | void;
  teardown?: () => Promise<void> | void;
}

export interface BenchResult {
  name: string;
  runs: number;
  median: number;
  min: number;
  max: number;
  unit: string;
  baseline?: string;
  baselineMedian?: number;
  ratio?: number;
  goal?: { max?: number; maxRatio?: number };
  met?: boolean;
}
