import { diff3Merge, isRichText, mergeText } from './diff3';
import { deepEqual, isPlainObject } from './equal';

export interface FieldConflict {
  path: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

/**
 * Three-way merge of one value. Objects merge key by key; strings and rich texts merge by paragraph
 * when the changes do not overlap; anything else changed differently on both sides is a conflict.
 * `resolve` gives the value of a conflict at a path (a decision, or "mine" by default).
 */
export function mergeValue(
  base: unknown,
  mine: unknown,
  theirs: unknown,
  path: string,
  conflicts: FieldConflict[],
  resolve: (c: FieldConflict) => unknown,
): unknown {
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(mine, base)) return theirs;
  if (deepEqual(theirs, base)) return mine;
  if (isPlainObject(mine) && isPlainObject(theirs) && (base === undefined || isPlainObject(base))) {
    const b = (base ?? {}) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
    for (const key of keys) {
      const value = mergeValue(b[key], mine[key], theirs[key], path ? `${path}.${key}` : key, conflicts, resolve);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (typeof base === 'string' && typeof mine === 'string' && typeof theirs === 'string') {
    const merged = mergeText(base, mine, theirs);
    if (merged !== null) return merged;
  }
  if (isRichText(base) && isRichText(mine) && isRichText(theirs)) {
    const merged = diff3Merge(base, mine, theirs);
    if (merged !== null) return merged;
  }
  const conflict = { path, base, mine, theirs };
  conflicts.push(conflict);
  return resolve(conflict);
}
