import type { BenchMeasure, BenchResult } from './types';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** One measure's result: median, spread, ratio to its baseline, and whether the goal is met. */
export function summarise(
  m: Pick<BenchMeasure, 'name' | 'unit' | 'goal'>,
  values: number[],
  baseline?: { name: string; median: number },
): BenchResult {
  const med = median(values);
  const result: BenchResult = {
    name: m.name,
    runs: values.length,
    median: round(med),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    unit: m.unit ?? 'ms',
  };
  if (baseline) {
    result.baseline = baseline.name;
    result.baselineMedian = round(baseline.median);
    result.ratio = baseline.median > 0 ? round(med / baseline.median) : undefined;
  }
  if (m.goal) {
    result.goal = m.goal;
    const underMax = m.goal.max === undefined || med <= m.goal.max;
    const underRatio = m.goal.maxRatio === undefined || (result.ratio !== undefined && result.ratio <= m.goal.maxRatio);
    result.met = underMax && underRatio;
  }
  return result;
}

/** A plain-text table for the terminal. */
export function table(results: BenchResult[]): string {
  const header = ['measure', 'median', 'min', 'max', 'unit', 'ratio', 'goal', 'met'];
  const rows = results.map((r) => [
    r.name,
    String(r.median),
    String(r.min),
    String(r.max),
    r.unit,
    r.ratio === undefined ? '' : `${r.ratio}× ${r.baseline}`,
    r.goal ? [r.goal.max !== undefined ? `≤ ${r.goal.max}` : '', r.goal.maxRatio !== undefined ? `ratio ≤ ${r.goal.maxRatio}` : ''].filter(Boolean).join(', ') : '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
