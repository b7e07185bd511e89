import {
  COLLECTION_KEYS,
  REFERENCES,
  SECTION_KEYS,
  type AnyEntity,
  type CollectionKey,
  type ProgrammeSnapshot,
  type SectionKey,
} from '../model';
import { deepEqual } from './equal';
import { mergeValue, type FieldConflict } from './fields';
import { mergeOrder } from './order';
import type { Decision, Decisions, MergeConflict, MergeOutcome } from './types';

export const conflictId = (key: CollectionKey | SectionKey, entityId: string | null, field: string): string =>
  entityId === null ? `${key}//${field}` : field === '' ? `${key}/${entityId}` : `${key}/${entityId}/${field}`;

function decide(decision: Decision | undefined, mine: unknown, theirs: unknown): unknown {
  if (!decision || decision.choice === 'mine') return mine;
  if (decision.choice === 'theirs') return theirs;
  return decision.value;
}

const byId = (list: readonly AnyEntity[]) => new Map(list.map((e) => [e.id, e]));

/**
 * Three-way merge of two programme snapshots descending from `base`: entities by id, fields inside
 * entities and sections, long texts by paragraph, collection order kept sensibly. Pure; conflicts
 * are returned as data and `decisions` (by conflict id) settle them.
 */
export function mergeSnapshots(
  base: ProgrammeSnapshot,
  mine: ProgrammeSnapshot,
  theirs: ProgrammeSnapshot,
  decisions: Decisions = {},
): MergeOutcome<ProgrammeSnapshot> {
  if (deepEqual(mine, theirs)) return { merged: mine, conflicts: [], undecided: [], restored: [] };
  const conflicts: MergeConflict[] = [];
  const next: Record<string, unknown> = { ...mine };

  for (const key of SECTION_KEYS) {
    const found: FieldConflict[] = [];
    next[key] = mergeValue(base[key], mine[key], theirs[key], '', found, (c) =>
      decide(decisions[conflictId(key, null, c.path)], c.mine, c.theirs),
    );
    for (const c of found) conflicts.push({ id: conflictId(key, null, c.path), kind: 'field', scope: 'section', key, entityId: null, field: c.path, label: '', base: c.base, mine: c.mine, theirs: c.theirs });
  }

  const versions = new Map<CollectionKey, { base: Map<string, AnyEntity>; mine: Map<string, AnyEntity>; theirs: Map<string, AnyEntity> }>();
  for (const key of COLLECTION_KEYS) {
    const b = byId(base[key] as AnyEntity[]);
    const m = byId(mine[key] as AnyEntity[]);
    const t = byId(theirs[key] as AnyEntity[]);
    versions.set(key, { base: b, mine: m, theirs: t });
    const merged = new Map<string, AnyEntity>();
    const ids = new Set([...m.keys(), ...t.keys(), ...b.keys()]);
    for (const id of ids) {
      const value = mergeEntity(key, id, b.get(id), m.get(id), t.get(id), conflicts, decisions);
      if (value) merged.set(id, value);
    }
    const order = mergeOrder(
      (base[key] as AnyEntity[]).map((e) => e.id),
      (mine[key] as AnyEntity[]).map((e) => e.id),
      (theirs[key] as AnyEntity[]).map((e) => e.id),
      new Set(merged.keys()),
    );
    next[key] = order.map((id) => merged.get(id)!);
  }

  const restored = restoreReferenced(next as ProgrammeSnapshot, versions);
  next.createdAt = pickStamp(base.createdAt, mine.createdAt, theirs.createdAt, 'min');
  next.updatedAt = pickStamp(base.updatedAt, mine.updatedAt, theirs.updatedAt, 'max');
  return {
    merged: next as ProgrammeSnapshot,
    conflicts,
    undecided: conflicts.filter((c) => !decisions[c.id]),
    restored,
  };
}

function mergeEntity(
  key: CollectionKey,
  id: string,
  base: AnyEntity | undefined,
  mine: AnyEntity | undefined,
  theirs: AnyEntity | undefined,
  conflicts: MergeConflict[],
  decisions: Decisions,
): AnyEntity | undefined {
  if (mine && theirs) {
    const found: FieldConflict[] = [];
    const value = mergeValue(base, mine, theirs, '', found, (c) => decide(decisions[conflictId(key, id, c.path)], c.mine, c.theirs)) as AnyEntity;
    for (const c of found) conflicts.push({ id: conflictId(key, id, c.path), kind: 'field', scope: 'collection', key, entityId: id, field: c.path, label: labelOf(base ?? mine), base: c.base, mine: c.mine, theirs: c.theirs });
    return value;
  }
  if (!base) return mine ?? theirs; // added on one side only
  const kept = mine ?? theirs; // deleted on one side (or both)
  if (!kept || deepEqual(kept, base)) return undefined;
  const conflict: MergeConflict = {
    id: conflictId(key, id, ''),
    kind: 'delete-edit',
    scope: 'collection',
    key,
    entityId: id,
    field: '',
    label: labelOf(base),
    base,
    mine: mine ?? null,
    theirs: theirs ?? null,
  };
  conflicts.push(conflict);
  const chosen = decide(decisions[conflict.id], conflict.mine, conflict.theirs);
  return chosen === null || chosen === undefined ? undefined : ({ ...(chosen as AnyEntity), id } as AnyEntity);
}

/**
 * An entity deleted on one side may still be referred to by the other side's new or edited
 * entities: it is brought back (from whichever version has it) rather than losing their work.
 */
function restoreReferenced(
  next: ProgrammeSnapshot,
  versions: Map<CollectionKey, { base: Map<string, AnyEntity>; mine: Map<string, AnyEntity>; theirs: Map<string, AnyEntity> }>,
): Array<{ key: CollectionKey; id: string }> {
  const restored: Array<{ key: CollectionKey; id: string }> = [];
  const present = new Map(COLLECTION_KEYS.map((k) => [k, new Set((next[k] as AnyEntity[]).map((e) => e.id))]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const ref of REFERENCES) {
      for (const entity of next[ref.collection] as AnyEntity[]) {
        const target = entity[ref.field];
        if (typeof target !== 'string' || present.get(ref.target)!.has(target)) continue;
        const v = versions.get(ref.target)!;
        const found = v.mine.get(target) ?? v.theirs.get(target) ?? v.base.get(target);
        if (!found) continue;
        const list = next[ref.target] as AnyEntity[];
        const mineIds = [...v.mine.keys()];
        const source = v.mine.has(target) ? mineIds : v.theirs.has(target) ? [...v.theirs.keys()] : [...v.base.keys()];
        const order = mergeOrder(source, list.map((e) => e.id), list.map((e) => e.id), new Set([...list.map((e) => e.id), target]));
        const all = new Map(list.map((e) => [e.id, e]));
        all.set(target, found);
        (next as Record<string, unknown>)[ref.target] = order.map((id) => all.get(id)!);
        present.get(ref.target)!.add(target);
        restored.push({ key: ref.target, id: target });
        changed = true;
      }
    }
  }
  return restored;
}

/** Timestamps never conflict: the changed one wins, else the earliest creation and the latest update. */
function pickStamp(base: string, mine: string, theirs: string, when: 'min' | 'max'): string {
  if (mine === base) return theirs;
  if (theirs === base) return mine;
  return (when === 'min') === mine < theirs ? mine : theirs;
}

/** The words an officer recognises an entity by. */
function labelOf(entity: AnyEntity | undefined): string {
  if (!entity) return '';
  for (const key of ['title', 'name', 'text', 'label', 'description', 'code']) {
    const value = entity[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 120);
  }
  return '';
}
