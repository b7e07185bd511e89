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

/**
 * Structural invariants every stored snapshot keeps (edits are refused, archives rejected otherwise):
 * no dangling reference, no duplicate id, logframe levels nested in order, trees without cycles.
 */
export function structureProblems(s: ProgrammeSnapshot): StructureProblem[] {
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
    const byId = new Map<string, { parentId: string | null }>(items.map((n) => [n.id, n]));
    for (const node of items) {
      const seen = new Set<string>();
      let cursor: string | null = node.id;
      while (cursor) {
        if (seen.has(cursor)) {
          out.push({ code: 'tree_cycle', collection, id: node.id, detail: 'cycle' });
          break;
        }
        seen.add(cursor);
        cursor = byId.get(cursor)?.parentId ?? null;
      }
      if ((node.kind === 'core') !== (node.parentId === null)) {
        out.push({ code: 'tree_parent', collection, id: node.id, detail: `${node.kind} with parent ${node.parentId ?? 'none'}` });
      }
    }
  }
  return out;
}
