import { SCHEMA_VERSION } from './programme';

type Raw = Record<string, unknown>;
export type SnapshotUpgrade = (older: Raw) => Raw;

/**
 * Upgrades of a programme written by an older app (an archive's programme.json), by the schema version they
 * upgrade from. None yet: version 1 is the first. Bump SCHEMA_VERSION for every change of the model, even a field
 * added with a default: an older app then refuses the newer archive with a clear message instead of silently
 * dropping the field it does not know (which the next merge would read as a deletion). The database's own rows are
 * upgraded by a store migration (src-main/store/migrations).
 */
export const SNAPSHOT_UPGRADES: Record<number, SnapshotUpgrade> = {};

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
