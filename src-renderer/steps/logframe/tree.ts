import { LOGFRAME_PARENT } from '../../../src-shared/method/structure';
import type { LogframeLevel, LogframeRow } from '../../../src-shared/model';

export interface FlatRow {
  row: LogframeRow;
  depth: number;
  /** Position among its siblings and how many siblings there are. */
  index: number;
  siblings: number;
  /** How many rows depend on it (children, grandchildren). */
  descendants: number;
}

/** The matrix in reading order: each row followed by its children, siblings in collection order. */
export function flattenLogframe(rows: readonly LogframeRow[]): FlatRow[] {
  const children = new Map<string | null, LogframeRow[]>();
  for (const r of rows) {
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const out: FlatRow[] = [];
  const visit = (parentId: string | null, depth: number): number => {
    const list = children.get(parentId) ?? [];
    let count = 0;
    list.forEach((row, index) => {
      const at = out.length;
      out.push({ row, depth, index, siblings: list.length, descendants: 0 });
      const below = visit(row.id, depth + 1);
      out[at]!.descendants = below;
      count += 1 + below;
    });
    return count;
  };
  visit(null, 0);
  return out;
}

export const CHILD_LEVEL: Record<LogframeLevel, LogframeLevel | null> = {
  goal: 'specific',
  specific: 'result',
  result: 'activity',
  activity: null,
};

/** Rows that may hold `level` (the parent level of the method). */
export function possibleParents(rows: readonly LogframeRow[], level: LogframeLevel): LogframeRow[] {
  const parentLevel = LOGFRAME_PARENT[level];
  return parentLevel ? rows.filter((r) => r.level === parentLevel) : [];
}
