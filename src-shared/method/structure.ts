import type { LogframeLevel, ProgrammeSnapshot } from '../model';
import { findDanglingReferences, findDuplicateIds } from '../model';

/** Which level a logframe row's parent must have. */
export const LOGFRAME_PARENT: Record<LogframeLevel, LogframeLevel | null> = {
  goal: null,
  specific: 'goal',
  result: 'specific',
  activity: 'result',
};

export interface StructureProblem {
  code: 'dangling_reference' | 'duplicate_id' | 'logframe_parent' | 'logframe_goal' | 'tree_parent' | 'tree_cycle';
  collection: string;
  id: string;
  detail: string;
}

/** Counts the tree nodes a check stepped through (tests assert the check stays linear in size and depth). */
export interface VisitCounter {
  visits: number;
}

/**
 * Nodes whose chain of parents loops (the loop itself and every node hanging below it), in one pass:
 * each node is walked up once, and a walk stops at the first node whose fate is already known, so a
 * 20,000-deep chain costs 20,000 steps rather than 200 million.
 */
function cyclicNodes(items: ReadonlyArray<{ id: string; parentId: string | null }>, counter?: VisitCounter): Set<string> {
  const parentOf = new Map(items.map((n) => [n.id, n.parentId]));
  const fate = new Map<string, 'rooted' | 'cyclic'>();
  for (const node of items) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cursor: string | null = node.id;
    while (cursor !== null && parentOf.has(cursor) && !fate.has(cursor) && !onPath.has(cursor)) {
      if (counter) counter.visits += 1;
      path.push(cursor);
      onPath.add(cursor);
      cursor = parentOf.get(cursor) ?? null;
    }
    const reached: 'rooted' | 'cyclic' = cursor !== null && (onPath.has(cursor) || fate.get(cursor) === 'cyclic') ? 'cyclic' : 'rooted';
    for (const id of path) fate.set(id, reached);
  }
  return new Set([...fate].filter(([, f]) => f === 'cyclic').map(([id]) => id));
}

/**
 * Structural invariants every stored snapshot keeps (edits are refused, archives rejected otherwise):
 * no dangling reference, no duplicate id, logframe levels nested in order, trees without cycles.
 */
export function structureProblems(s: ProgrammeSnapshot, counter?: VisitCounter): StructureProblem[] {
  const out: StructureProblem[] = [];
  for (const d of findDanglingReferences(s)) {
    out.push({ code: 'dangling_reference', collection: d.collection, id: d.id, detail: `${d.field} → ${d.value}` });
  }
  for (const id of findDuplicateIds(s)) out.push({ code: 'duplicate_id', collection: '*', id, detail: id });
  const goals = s.logframe.filter((r) => r.level === 'goal');
  // The method has one overall objective (OG); a second one is a mistake, not a variant.
  for (const extra of goals.slice(1)) out.push({ code: 'logframe_goal', collection: 'logframe', id: extra.id, detail: 'second overall objective' });
  const rows = new Map(s.logframe.map((r) => [r.id, r]));
  for (const row of s.logframe) {
    const expected = LOGFRAME_PARENT[row.level];
    const parent = row.parentId ? rows.get(row.parentId) : undefined;
    if (expected === null ? row.parentId !== null : parent?.level !== expected) {
      out.push({ code: 'logframe_parent', collection: 'logframe', id: row.id, detail: `${row.level} under ${parent?.level ?? 'nothing'}` });
    }
  }
  for (const [collection, items] of [
    ['problems', s.problems],
    ['objectives', s.objectives],
  ] as const) {
    const cyclic = cyclicNodes(items, counter);
    for (const node of items) {
      if (cyclic.has(node.id)) out.push({ code: 'tree_cycle', collection, id: node.id, detail: 'cycle' });
      if ((node.kind === 'core') !== (node.parentId === null)) {
        out.push({ code: 'tree_parent', collection, id: node.id, detail: `${node.kind} with parent ${node.parentId ?? 'none'}` });
      }
    }
  }
  return out;
}
