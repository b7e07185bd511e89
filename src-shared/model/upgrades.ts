import { SCHEMA_VERSION } from './programme';
import { upgradeV2ToV3 } from './upgrade-v3';

type Raw = Record<string, unknown>;
export type SnapshotUpgrade = (older: Raw) => Raw;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The session section of schema 2 with nothing filled in. */
const EMPTY_SESSION_V2 = {
  assembly: 'commission_permanente',
  sessionDate: null,
  reportNumber: '',
  deliberationNumber: '',
  rapporteur: '',
  committeeOpinion: '',
  budgetChapter: '',
  budgetArticle: '',
  budgetProgramme: '',
  authorisationProgramme: '',
  paymentCredits: [],
};

/**
 * Upgrades of a programme written by an older app (an archive's programme.json), by the schema version they
 * upgrade from. Each step is frozen like a store migration: literal values, nothing from the live schemas. Bump
 * SCHEMA_VERSION for every change of the model, even a field added with a default: an older app then refuses the
 * newer archive with a clear message instead of silently dropping the field it does not know (which the next merge
 * would read as a deletion). The database's own rows are upgraded by a store migration (src-main/store/migrations).
 */
export const SNAPSHOT_UPGRADES: Record<number, SnapshotUpgrade> = {
  /**
   * 1 → 2: the session particulars became a section of the programme. An archive carries no settings, so the
   * programme arrives with an empty « passage en séance » (the receiving authority fills in its own session).
   * A development build between the two versions already wrote a session section with version 1: it is kept.
   */
  1: (older) => ({ ...older, session: isObject(older.session) ? older.session : { ...EMPTY_SESSION_V2, paymentCredits: [] } }),
  /** 2 → 3: the steps of upgrade-v3/ (lead author types, bilingual conventions, execution after the vote). */
  2: upgradeV2ToV3,
};

/**
 * Brings an older snapshot up to `target`, one version at a time. Returns null when a step is missing (the caller
 * refuses the archive); anything without a numeric schemaVersion is returned as it is, for the schema to reject.
 */
export function upgradeSnapshot(raw: unknown, upgrades: Record<number, SnapshotUpgrade> = SNAPSHOT_UPGRADES, target = SCHEMA_VERSION): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let data = raw as Raw;
  let version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return raw;
  while (version < target) {
    const step = upgrades[version];
    if (!step) return null;
    version += 1;
    data = { ...step(data), schemaVersion: version };
  }
  return data;
}
