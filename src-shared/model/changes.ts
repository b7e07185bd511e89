import type { AnyEntity, CollectionKey, ProgrammeSnapshot, SectionKey } from './programme';
import { COLLECTION_KEYS, SECTION_KEYS } from './programme';

/**
 * A change set is the unit every layer shares: the store writes it as rows, a revision keeps it
 * (its inverse is the undo), the renderer applies it to its copy of the snapshot.
 * Entity changes carry their index so that inserts and deletes restore the order; a pure reorder
 * is an `order` change holding the whole id list.
 */
export type Change =
  | { t: 'section'; key: SectionKey; before: unknown; after: unknown }
  | {
      t: 'entity';
      collection: CollectionKey;
      id: string;
      before: AnyEntity | null;
      after: AnyEntity | null;
      beforeIndex: number | null;
      afterIndex: number | null;
    }
  | { t: 'order'; collection: CollectionKey; before: string[]; after: string[] };

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function diffCollection(collection: CollectionKey, before: AnyEntity[], after: AnyEntity[]): Change[] {
  const changes: Change[] = [];
  const beforeIndex = new Map(before.map((e, i) => [e.id, i]));
  const afterIndex = new Map(after.map((e, i) => [e.id, i]));
  before.forEach((entity, i) => {
    if (!afterIndex.has(entity.id)) {
      changes.push({ t: 'entity', collection, id: entity.id, before: entity, after: null, beforeIndex: i, afterIndex: null });
    }
  });
  after.forEach((entity, i) => {
    const bi = beforeIndex.get(entity.id);
    if (bi === undefined) {
      changes.push({ t: 'entity', collection, id: entity.id, before: null, after: entity, beforeIndex: null, afterIndex: i });
    } else {
      const old = before[bi]!;
      if (!sameValue(old, entity)) {
        changes.push({ t: 'entity', collection, id: entity.id, before: old, after: entity, beforeIndex: bi, afterIndex: i });
      }
    }
  });
  const simulated = placeEntityIds(
    before.map((e) => e.id),
    changes,
    'forward',
  );
  const target = after.map((e) => e.id);
  if (!sameIds(simulated, target)) {
    changes.push({ t: 'order', collection, before: before.map((e) => e.id), after: target });
  }
  return changes;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Removes deleted ids and inserts added ones at their index, in ascending index order. */
function placeEntityIds(ids: string[], changes: Change[], direction: 'forward' | 'backward'): string[] {
  const result = [...ids];
  const entityChanges = changes.filter((c): c is Extract<Change, { t: 'entity' }> => c.t === 'entity');
  const gone = new Set(
    entityChanges.filter((c) => (direction === 'forward' ? c.after === null : c.before === null)).map((c) => c.id),
  );
  const kept = result.filter((id) => !gone.has(id));
  const added = entityChanges
    .filter((c) => (direction === 'forward' ? c.before === null : c.after === null))
    .map((c) => ({ id: c.id, index: (direction === 'forward' ? c.afterIndex : c.beforeIndex) ?? kept.length }))
    .sort((x, y) => x.index - y.index);
  for (const { id, index } of added) kept.splice(Math.min(index, kept.length), 0, id);
  return kept;
}

/** The changes that turn `before` into `after`. Unchanged objects are skipped cheaply by identity. */
export function diffSnapshots(before: ProgrammeSnapshot, after: ProgrammeSnapshot): Change[] {
  const changes: Change[] = [];
  for (const key of SECTION_KEYS) {
    if (before[key] !== after[key] && !sameValue(before[key], after[key])) {
      changes.push({ t: 'section', key, before: before[key], after: after[key] });
    }
  }
  for (const key of COLLECTION_KEYS) {
    if (before[key] === after[key]) continue;
    changes.push(...diffCollection(key, before[key] as AnyEntity[], after[key] as AnyEntity[]));
  }
  return changes;
}

/** The change set that undoes `changes`. */
export function invertChanges(changes: Change[]): Change[] {
  return [...changes].reverse().map((c): Change => {
    switch (c.t) {
      case 'section':
        return { ...c, before: c.after, after: c.before };
      case 'entity':
        return { ...c, before: c.after, after: c.before, beforeIndex: c.afterIndex, afterIndex: c.beforeIndex };
      case 'order':
        return { ...c, before: c.after, after: c.before };
    }
  });
}

/** Applies a change set to a snapshot (new objects only where something changed). */
export function applyChanges(snapshot: ProgrammeSnapshot, changes: Change[]): ProgrammeSnapshot {
  const next: Record<string, unknown> = { ...snapshot };
  for (const c of changes) if (c.t === 'section') next[c.key] = c.after;
  const touched = new Set<CollectionKey>();
  for (const c of changes) if (c.t !== 'section') touched.add(c.collection);
  for (const collection of touched) {
    const own = changes.filter((c) => c.t !== 'section' && c.collection === collection);
    const byId = new Map((snapshot[collection] as AnyEntity[]).map((e) => [e.id, e]));
    for (const c of own) {
      if (c.t !== 'entity') continue;
      if (c.after === null) byId.delete(c.id);
      else byId.set(c.id, c.after);
    }
    const order = own.find((c): c is Extract<Change, { t: 'order' }> => c.t === 'order');
    const ids = order
      ? order.after
      : placeEntityIds(
          (snapshot[collection] as AnyEntity[]).map((e) => e.id),
          own,
          'forward',
        );
    next[collection] = ids.map((id) => byId.get(id)).filter((e): e is AnyEntity => e !== undefined);
  }
  return next as ProgrammeSnapshot;
}

/** Collections and sections a change set touches (to say which steps changed, and what to write). */
export function touchedKeys(changes: Change[]): Set<CollectionKey | SectionKey> {
  return new Set(changes.map((c) => (c.t === 'section' ? c.key : c.collection)));
}
