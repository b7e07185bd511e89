import type { SnapshotUpgrade } from '../upgrades';

/**
 * Schema 2 → 3, lead author types: the values named after the Département take neutral names, since the programme's
 * lead may now be a commune, an intercommunalité, a région or an association. Frozen: the literal values of both
 * schemas are written out here, nothing comes from the live schemas. Store migration 0060 applies the same renames to
 * the database's rows, merge bases and revisions, through the functions below.
 */

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
  const value = renamed(entity[field], names);
  return value === entity[field] ? entity : { ...entity, [field]: value };
}

/** One entity of a schema-2 collection, renamed; entities of other collections come back as they are. */
export function leadAuthorEntity(collection: string, entity: unknown): unknown {
  if (collection === 'parties') return withField(entity, 'role', PARTY_ROLES);
  if (collection === 'clauses') return withField(entity, 'key', CLAUSE_KEYS);
  if (collection === 'funders') return withField(entity, 'kind', FUNDER_KINDS);
  return entity;
}

/** One schema-2 section, renamed: the session's assembly, and the funder kinds the budget's rules count. */
export function leadAuthorSection(key: string, section: unknown): unknown {
  if (key === 'session') return withField(section, 'assembly', ASSEMBLIES);
  if (key !== 'budgetSettings' || !isObject(section) || !isObject(section.ruleSet)) return section;
  const rules = section.ruleSet.rules;
  if (!Array.isArray(rules)) return section;
  return {
    ...section,
    ruleSet: {
      ...section.ruleSet,
      rules: rules.map((rule: unknown) =>
        isObject(rule) && Array.isArray(rule.funderKinds)
          ? { ...rule, funderKinds: rule.funderKinds.map((k: unknown) => renamed(k, FUNDER_KINDS)) }
          : rule,
      ),
    },
  };
}

const COLLECTIONS = ['parties', 'clauses', 'funders'];
const SECTIONS = ['session', 'budgetSettings'];

export const leadAuthor: SnapshotUpgrade = (older) => {
  const out: Raw = { ...older };
  for (const collection of COLLECTIONS) {
    const list = older[collection];
    if (Array.isArray(list)) out[collection] = list.map((entity: unknown) => leadAuthorEntity(collection, entity));
  }
  for (const key of SECTIONS) if (key in older) out[key] = leadAuthorSection(key, older[key]);
  return out;
};
