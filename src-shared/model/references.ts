import type { AnyEntity, CollectionKey, ProgrammeSnapshot } from './programme';
import { COLLECTION_KEYS } from './programme';

/**
 * Every id-valued field that points at another entity. `cascade` removes the referring entity with
 * its target; `null` clears the field. One table serves deletes, integrity checks and id remapping.
 */
export interface Reference {
  collection: CollectionKey;
  field: string;
  target: CollectionKey;
  onDelete: 'cascade' | 'null';
}

export const REFERENCES: readonly Reference[] = [
  { collection: 'stakeholders', field: 'territoryId', target: 'territories', onDelete: 'null' },
  { collection: 'workshops', field: 'territoryId', target: 'territories', onDelete: 'null' },
  { collection: 'problems', field: 'parentId', target: 'problems', onDelete: 'cascade' },
  { collection: 'objectives', field: 'parentId', target: 'objectives', onDelete: 'cascade' },
  { collection: 'objectives', field: 'problemId', target: 'problems', onDelete: 'null' },
  { collection: 'objectives', field: 'logframeId', target: 'logframe', onDelete: 'null' },
  { collection: 'parties', field: 'stakeholderId', target: 'stakeholders', onDelete: 'null' },
  { collection: 'signatories', field: 'partyId', target: 'parties', onDelete: 'null' },
  { collection: 'logframe', field: 'parentId', target: 'logframe', onDelete: 'cascade' },
  { collection: 'logframe', field: 'responsiblePartyId', target: 'parties', onDelete: 'null' },
  { collection: 'indicators', field: 'logframeId', target: 'logframe', onDelete: 'cascade' },
  { collection: 'indicatorTargets', field: 'indicatorId', target: 'indicators', onDelete: 'cascade' },
  { collection: 'monitoringValues', field: 'indicatorId', target: 'indicators', onDelete: 'cascade' },
  { collection: 'budgetLines', field: 'activityId', target: 'logframe', onDelete: 'null' },
  { collection: 'contributions', field: 'funderId', target: 'funders', onDelete: 'cascade' },
  { collection: 'risks', field: 'logframeId', target: 'logframe', onDelete: 'null' },
  { collection: 'attachments', field: 'ownerId', target: 'territories', onDelete: 'null' },
  { collection: 'expenditures', field: 'budgetLineId', target: 'budgetLines', onDelete: 'cascade' },
  { collection: 'receipts', field: 'funderId', target: 'funders', onDelete: 'cascade' },
];

const list = (s: ProgrammeSnapshot, key: CollectionKey) => s[key] as AnyEntity[];

/** Removes entities and everything that depends on them (cascades), clearing weak references. */
export function removeEntities(
  snapshot: ProgrammeSnapshot,
  collection: CollectionKey,
  ids: Iterable<string>,
): ProgrammeSnapshot {
  const doomed = new Map<CollectionKey, Set<string>>();
  const queue: Array<[CollectionKey, string]> = [...ids].map((id) => [collection, id]);
  while (queue.length > 0) {
    const [key, id] = queue.pop()!;
    const set = doomed.get(key) ?? new Set<string>();
    if (set.has(id)) continue;
    set.add(id);
    doomed.set(key, set);
    for (const ref of REFERENCES) {
      if (ref.target !== key || ref.onDelete !== 'cascade') continue;
      for (const e of list(snapshot, ref.collection)) if (e[ref.field] === id) queue.push([ref.collection, e.id]);
    }
  }
  const next: Record<string, unknown> = { ...snapshot };
  for (const [key, set] of doomed) next[key] = list(snapshot, key).filter((e) => !set.has(e.id));
  for (const ref of REFERENCES) {
    if (ref.onDelete !== 'null') continue;
    const gone = doomed.get(ref.target);
    if (!gone) continue;
    const current = next[ref.collection] as AnyEntity[];
    if (current.some((e) => gone.has(e[ref.field] as string))) {
      next[ref.collection] = current.map((e) => (gone.has(e[ref.field] as string) ? { ...e, [ref.field]: null } : e));
    }
  }
  return next as ProgrammeSnapshot;
}

export interface DanglingReference {
  collection: CollectionKey;
  id: string;
  field: string;
  value: string;
}

/** References that point nowhere (an archive or an edit must not leave any). */
export function findDanglingReferences(snapshot: ProgrammeSnapshot): DanglingReference[] {
  const ids = new Map<CollectionKey, Set<string>>(
    COLLECTION_KEYS.map((key) => [key, new Set(list(snapshot, key).map((e) => e.id))]),
  );
  const out: DanglingReference[] = [];
  for (const ref of REFERENCES) {
    const targets = ids.get(ref.target)!;
    for (const e of list(snapshot, ref.collection)) {
      const value = e[ref.field];
      if (typeof value === 'string' && !targets.has(value)) out.push({ collection: ref.collection, id: e.id, field: ref.field, value });
    }
  }
  return out;
}

/** Ids used twice anywhere in the snapshot (ids are global, so archives can be merged safely). */
export function findDuplicateIds(snapshot: ProgrammeSnapshot): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  for (const key of COLLECTION_KEYS) {
    for (const e of list(snapshot, key)) {
      if (seen.has(e.id)) dup.push(e.id);
      seen.add(e.id);
    }
  }
  return dup;
}

/** A copy of the programme with fresh ids everywhere, references rewired ("duplicate", "keep both"). */
export function remapIds(snapshot: ProgrammeSnapshot, newId: () => string, programmeId: string): ProgrammeSnapshot {
  const map = new Map<string, string>();
  for (const key of COLLECTION_KEYS) for (const e of list(snapshot, key)) map.set(e.id, newId());
  const next: Record<string, unknown> = { ...snapshot, id: programmeId };
  for (const key of COLLECTION_KEYS) {
    const fields = REFERENCES.filter((r) => r.collection === key).map((r) => r.field);
    next[key] = list(snapshot, key).map((e) => {
      const copy: AnyEntity = { ...e, id: map.get(e.id)! };
      for (const f of fields) if (typeof e[f] === 'string') copy[f] = map.get(e[f] as string) ?? null;
      return copy;
    });
  }
  return next as ProgrammeSnapshot;
}
