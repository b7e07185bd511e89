import { deepEqual } from './equal';

/** Longest common subsequence as a map from base index to side index (units compared with `same`). */
function lcsMap<T>(base: readonly T[], side: readonly T[], same: (x: T, y: T) => boolean): Map<number, number> {
  const n = base.length;
  const m = side.length;
  // Common prefix and suffix first: most edits touch a few paragraphs of a long text.
  let start = 0;
  while (start < n && start < m && same(base[start]!, side[start]!)) start++;
  let endN = n;
  let endM = m;
  while (endN > start && endM > start && same(base[endN - 1]!, side[endM - 1]!)) {
    endN--;
    endM--;
  }
  const map = new Map<number, number>();
  for (let i = 0; i < start; i++) map.set(i, i);
  const rows = endN - start;
  const cols = endM - start;
  if (rows > 0 && cols > 0) {
    const width = cols + 1;
    const table = new Uint32Array((rows + 1) * width);
    for (let i = rows - 1; i >= 0; i--) {
      for (let j = cols - 1; j >= 0; j--) {
        table[i * width + j] = same(base[start + i]!, side[start + j]!)
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < rows && j < cols) {
      if (same(base[start + i]!, side[start + j]!)) {
        map.set(start + i, start + j);
        i++;
        j++;
      } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
      else j++;
    }
  }
  for (let k = 0; endN + k < n; k++) map.set(endN + k, endM + k);
  return map;
}

/** Sequences longer than this are not merged unit by unit (the quadratic table would be too big). */
const MAX_CELLS = 4_000_000;

/**
 * Classic three-way merge of sequences (diff3): regions changed on one side only are taken from that
 * side; a region changed on both sides is a conflict unless both made the same change.
 * Returns null on conflict.
 */
export function diff3Merge<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[], same: (x: T, y: T) => boolean = deepEqual): T[] | null {
  if (base.length * Math.max(mine.length, theirs.length) > MAX_CELLS) return null;
  const ma = lcsMap(base, mine, same);
  const mb = lcsMap(base, theirs, same);
  const out: T[] = [];
  const eq = (x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, i) => same(v, y[i]!));
  const chunk = (o: readonly T[], a: readonly T[], b: readonly T[]): boolean => {
    if (eq(a, o)) out.push(...b);
    else if (eq(b, o) || eq(a, b)) out.push(...a);
    else return false;
    return true;
  };
  let io = 0;
  let ia = 0;
  let ib = 0;
  for (;;) {
    let k = io;
    while (k < base.length && !(ma.has(k) && mb.has(k))) k++;
    if (k >= base.length) return chunk(base.slice(io), mine.slice(ia), theirs.slice(ib)) ? out : null;
    const ka = ma.get(k)!;
    const kb = mb.get(k)!;
    if (k === io && ka === ia && kb === ib) {
      out.push(mine[ia]!);
      io++;
      ia++;
      ib++;
      continue;
    }
    if (!chunk(base.slice(io, k), mine.slice(ia, ka), theirs.slice(ib, kb))) return null;
    io = k;
    ia = ka;
    ib = kb;
  }
}

/** Long texts merge paragraph by paragraph (one line = one paragraph in plain-text fields). */
export function mergeText(base: string, mine: string, theirs: string): string | null {
  const merged = diff3Merge(base.split('\n'), mine.split('\n'), theirs.split('\n'), (x, y) => x === y);
  return merged === null ? null : merged.join('\n');
}

/** Rich text is a list of blocks: a block is the paragraph unit. */
export function isRichText(value: unknown): value is Array<{ type: string }> {
  return (
    Array.isArray(value) &&
    value.every((b) => typeof b === 'object' && b !== null && ['paragraph', 'bullet', 'numbered'].includes((b as { type?: unknown }).type as string))
  );
}
