import { CommandError } from '../api/errors';
import {
  COLLECTION_SCHEMAS,
  SECTION_SCHEMAS,
  removeEntities,
  type AnyEntity,
  type Change,
  type CollectionKey,
  type ProgrammeSnapshot,
  type SectionKey,
} from '../model';
import type { EditContext } from './context';

/** Generic edits on collections and sections; domain edits build on them. */

const list = (s: ProgrammeSnapshot, key: CollectionKey) => s[key] as AnyEntity[];

export function findEntity(s: ProgrammeSnapshot, collection: CollectionKey, id: string): AnyEntity {
  const found = list(s, collection).find((e) => e.id === id);
  if (!found) throw new CommandError('not_found', `No ${collection} entry with id ${id} in this programme.`, { collection, id });
  return found;
}

function parse(collection: CollectionKey, value: unknown): AnyEntity {
  const result = COLLECTION_SCHEMAS[collection].safeParse(value);
  if (!result.success) {
    throw new CommandError('invalid_input', `Invalid ${collection} entry.`, {
      issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return result.data as AnyEntity;
}

export function addEntity(
  s: ProgrammeSnapshot,
  collection: CollectionKey,
  fields: Record<string, unknown>,
  ctx: EditContext,
  index?: number,
): { snapshot: ProgrammeSnapshot; id: string } {
  assertKnownFields(COLLECTION_SCHEMAS[collection], fields, collection);
  const entity = parse(collection, { ...fields, id: ctx.newId() });
  const items = [...list(s, collection)];
  items.splice(index === undefined ? items.length : Math.min(index, items.length), 0, entity);
  return { snapshot: { ...s, [collection]: items }, id: entity.id };
}

/** Field names a schema knows: an update naming anything else is refused rather than silently ignored. */
function assertKnownFields(schema: unknown, fields: Record<string, unknown>, what: string): void {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (!shape) return;
  const unknown = Object.keys(fields).filter((k) => !Object.hasOwn(shape, k));
  if (unknown.length > 0) {
    throw new CommandError('invalid_input', `Unknown ${what} field(s): ${unknown.join(', ')}.`, {
      issues: unknown.map((k) => ({ path: k, message: 'Unknown field' })),
    });
  }
}

export function updateEntity(
  s: ProgrammeSnapshot,
  collection: CollectionKey,
  id: string,
  fields: Record<string, unknown>,
): ProgrammeSnapshot {
  return updateEntityProducing(s, collection, id, fields).snapshot;
}

/** An entity update with the change it makes (none when the fields already hold these values): no diff needed. */
export function updateEntityProducing(
  s: ProgrammeSnapshot,
  collection: CollectionKey,
  id: string,
  fields: Record<string, unknown>,
): { snapshot: ProgrammeSnapshot; changes: Change[] } {
  if ('id' in fields && fields.id !== id) throw new CommandError('invalid_input', 'An entry’s id cannot change.');
  assertKnownFields(COLLECTION_SCHEMAS[collection], fields, collection);
  const items = list(s, collection);
  const index = items.findIndex((e) => e.id === id);
  if (index < 0) findEntity(s, collection, id); // throws not_found
  const current = items[index]!;
  const next = parse(collection, { ...current, ...fields, id });
  if (JSON.stringify(next) === JSON.stringify(current)) return { snapshot: s, changes: [] };
  const copy = [...items];
  copy[index] = next;
  return {
    snapshot: { ...s, [collection]: copy },
    changes: [{ t: 'entity', collection, id, before: current, after: next, beforeIndex: index, afterIndex: index }],
  };
}

export function removeEntity(s: ProgrammeSnapshot, collection: CollectionKey, id: string): ProgrammeSnapshot {
  findEntity(s, collection, id);
  return removeEntities(s, collection, [id]);
}

/**
 * Moves an entity to `index` among its siblings (entities with the same parent), optionally under a
 * new parent. Children follow because they point at their parent, not at a position.
 */
export function moveEntity(
  s: ProgrammeSnapshot,
  collection: CollectionKey,
  id: string,
  index: number,
  parentId?: string | null,
): ProgrammeSnapshot {
  const entity = findEntity(s, collection, id);
  const hasParent = 'parentId' in entity;
  let moved = entity;
  if (parentId !== undefined) {
    if (!hasParent) throw new CommandError('invalid_input', `Entries of ${collection} have no parent.`);
    if (parentId !== null) {
      findEntity(s, collection, parentId);
      if (isDescendant(list(s, collection), parentId, id)) {
        throw new CommandError('invalid_input', 'An entry cannot be moved under itself or one of its children.');
      }
    }
    moved = { ...entity, parentId };
  }
  const rest = list(s, collection).filter((e) => e.id !== id);
  const siblings = rest.filter((e) => !hasParent || e.parentId === moved.parentId);
  let at: number;
  if (index < siblings.length) at = rest.indexOf(siblings[index]!);
  else if (siblings.length > 0) at = rest.indexOf(siblings[siblings.length - 1]!) + 1;
  else at = rest.length;
  rest.splice(at, 0, moved);
  return { ...s, [collection]: rest };
}

function isDescendant(items: AnyEntity[], candidate: string, ancestor: string): boolean {
  const byId = new Map(items.map((e) => [e.id, e]));
  let cursor: string | null | undefined = candidate;
  const seen = new Set<string>();
  while (cursor && !seen.has(cursor)) {
    if (cursor === ancestor) return true;
    seen.add(cursor);
    cursor = byId.get(cursor)?.parentId as string | null | undefined;
  }
  return false;
}

export function updateSection<K extends SectionKey>(
  s: ProgrammeSnapshot,
  section: K,
  fields: Record<string, unknown>,
): ProgrammeSnapshot {
  return updateSectionProducing(s, section, fields).snapshot;
}

/** A section update with the change it makes (none when nothing differs): no diff needed. */
export function updateSectionProducing<K extends SectionKey>(
  s: ProgrammeSnapshot,
  section: K,
  fields: Record<string, unknown>,
): { snapshot: ProgrammeSnapshot; changes: Change[] } {
  assertKnownFields(SECTION_SCHEMAS[section], fields, section);
  const result = SECTION_SCHEMAS[section].safeParse({ ...s[section], ...fields });
  if (!result.success) {
    throw new CommandError('invalid_input', `Invalid ${section} fields.`, {
      issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  if (JSON.stringify(result.data) === JSON.stringify(s[section])) return { snapshot: s, changes: [] };
  return { snapshot: { ...s, [section]: result.data }, changes: [{ t: 'section', key: section, before: s[section], after: result.data }] };
}
