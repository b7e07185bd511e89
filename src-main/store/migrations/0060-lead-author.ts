import type { Migration } from './types';

/**
 * Schema 3, lead author types: the values named after the Département take neutral names (party role `lead`, clause
 * key `commitments_lead`, funder kind `lead_authority`, assemblies `deliberating_body` / `delegate`), in the rows,
 * the merge bases' snapshots and the revisions (an undo must not write a schema-2 value back). The settings row,
 * keyed `departement`, becomes `authority`: it holds the particulars of any kind of lead author. Frozen: literal SQL
 * and values, the same renames as the archives' upgrade step (upgrade-v3/lead-author.ts) written out again here;
 * frozen versions are upgraded when read.
 */

const COLLECTION_TABLES: Record<string, string> = { parties: 'parties', clauses: 'clauses', funders: 'funders' };
const SECTION_KEYS = ['session', 'budgetSettings'];

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

const PARTY_ROLES: Record<string, string> = { departement: 'lead' };
const CLAUSE_KEYS: Record<string, string> = { commitments_departement: 'commitments_lead' };
const FUNDER_KINDS: Record<string, string> = { departement: 'lead_authority' };
const ASSEMBLIES: Record<string, string> = { conseil_departemental: 'deliberating_body', commission_permanente: 'delegate' };

const renamed = (value: unknown, names: Record<string, string>): unknown =>
  typeof value === 'string' && Object.hasOwn(names, value) ? names[value] : value;

function withField(entity: unknown, field: string, names: Record<string, string>): unknown {
  if (!isObject(entity) || !(field in entity)) return entity;
  return { ...entity, [field]: renamed(entity[field], names) };
}

function leadAuthorEntity(collection: string, entity: unknown): unknown {
  if (collection === 'parties') return withField(entity, 'role', PARTY_ROLES);
  if (collection === 'clauses') return withField(entity, 'key', CLAUSE_KEYS);
  if (collection === 'funders') return withField(entity, 'kind', FUNDER_KINDS);
  return entity;
}

function leadAuthorSection(key: string, section: unknown): unknown {
  if (key === 'session') return withField(section, 'assembly', ASSEMBLIES);
  if (key !== 'budgetSettings' || !isObject(section) || !isObject(section.ruleSet) || !Array.isArray(section.ruleSet.rules)) return section;
  const rules = section.ruleSet.rules.map((rule: unknown) =>
    isObject(rule) && Array.isArray(rule.funderKinds) ? { ...rule, funderKinds: rule.funderKinds.map((k: unknown) => renamed(k, FUNDER_KINDS)) } : rule,
  );
  return { ...section, ruleSet: { ...section.ruleSet, rules } };
}

/** A whole snapshot (a merge base's). */
function leadAuthorSnapshot(snapshot: unknown): unknown {
  if (!isObject(snapshot)) return snapshot;
  const out: Raw = { ...snapshot };
  for (const collection of Object.keys(COLLECTION_TABLES))
    if (Array.isArray(snapshot[collection])) out[collection] = (snapshot[collection] as unknown[]).map((e) => leadAuthorEntity(collection, e));
  for (const key of SECTION_KEYS) if (key in snapshot) out[key] = leadAuthorSection(key, snapshot[key]);
  return out;
}

/** A revision's recorded changes, with the entities and sections they carry renamed. */
function renamedChanges(changes: unknown): unknown {
  if (!Array.isArray(changes)) return changes;
  return changes.map((c: unknown) => {
    if (!isObject(c)) return c;
    if (c.t === 'entity' && typeof c.collection === 'string')
      return { ...c, before: leadAuthorEntity(c.collection, c.before), after: leadAuthorEntity(c.collection, c.after) };
    if (c.t === 'section' && typeof c.key === 'string')
      return { ...c, before: leadAuthorSection(c.key, c.before), after: leadAuthorSection(c.key, c.after) };
    return c;
  });
}

function rewrite(
  rows: Array<{ rowid: number; data: string }>,
  change: (value: unknown) => unknown,
  write: (rowid: number, data: string) => void,
): void {
  for (const row of rows) {
    let value: unknown;
    try {
      value = JSON.parse(row.data);
    } catch {
      continue; // A damaged row stays as it is: the recovery screen reports it.
    }
    const next = JSON.stringify(change(value));
    if (next !== JSON.stringify(value)) write(row.rowid, next);
  }
}

export const m0060LeadAuthor: Migration = {
  version: 60,
  name: 'lead-author',
  up(db) {
    for (const [collection, table] of Object.entries(COLLECTION_TABLES)) {
      const update = db.prepare(`UPDATE ${table} SET data = ? WHERE rowid = ?`);
      rewrite(
        db.prepare(`SELECT rowid, data FROM ${table}`).all() as Array<{ rowid: number; data: string }>,
        (value) => leadAuthorEntity(collection, value),
        (rowid, data) => update.run(data, rowid),
      );
    }
    const updateSection = db.prepare(`UPDATE sections SET data = ? WHERE rowid = ?`);
    for (const key of SECTION_KEYS)
      rewrite(
        db.prepare(`SELECT rowid, data FROM sections WHERE key = ?`).all(key) as Array<{ rowid: number; data: string }>,
        (value) => leadAuthorSection(key, value),
        (rowid, data) => updateSection.run(data, rowid),
      );
    const updateBase = db.prepare(`UPDATE merge_bases SET snapshot = ? WHERE rowid = ?`);
    rewrite(
      db.prepare(`SELECT rowid, snapshot AS data FROM merge_bases`).all() as Array<{ rowid: number; data: string }>,
      leadAuthorSnapshot,
      (rowid, data) => updateBase.run(data, rowid),
    );
    const updateRevision = db.prepare(`UPDATE revisions SET changes = ? WHERE rowid = ?`);
    rewrite(
      db.prepare(`SELECT rowid, changes AS data FROM revisions`).all() as Array<{ rowid: number; data: string }>,
      renamedChanges,
      (rowid, data) => updateRevision.run(data, rowid),
    );
    db.exec(`
      UPDATE settings SET key = 'authority'
      WHERE key = 'departement' AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'authority')
    `);
  },
};
