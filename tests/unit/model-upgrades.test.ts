import { describe, expect, it } from 'vitest';
import { buildDemoProgramme } from '../../src-shared/demo';
import { newId, ProgrammeSnapshot, SCHEMA_VERSION, SNAPSHOT_UPGRADES, upgradeSnapshot } from '../../src-shared/model';

describe('programmes written by an older app', () => {
  it('every schema version before this one has its upgrade, so older archives still open', () => {
    for (let version = 1; version < SCHEMA_VERSION; version++) expect(SNAPSHOT_UPGRADES[version], `upgrade from ${version}`).toBeTypeOf('function');
  });

  it('a programme of the current version goes through unchanged and still validates', () => {
    const demo = JSON.parse(JSON.stringify(buildDemoProgramme(newId, '2026-11-30T08:00:00.000Z')));
    const upgraded = upgradeSnapshot(demo);
    expect(upgraded).toEqual(demo);
    expect(ProgrammeSnapshot.safeParse(upgraded).success).toBe(true);
  });

  it('steps run in order, one version at a time, each stamping its version', () => {
    const upgrades = {
      1: (old: Record<string, unknown>) => ({ ...old, added: 'from 1' }),
      2: ({ added, ...old }: Record<string, unknown>) => ({ ...old, renamed: `${String(added)} then 2` }),
    };
    expect(upgradeSnapshot({ schemaVersion: 1, title: 'T' }, upgrades, 3)).toEqual({ schemaVersion: 3, title: 'T', renamed: 'from 1 then 2' });
    expect(upgradeSnapshot({ schemaVersion: 2, added: 'x' }, upgrades, 3)).toEqual({ schemaVersion: 3, renamed: 'x then 2' });
  });

  it('a missing step says so (null); what is not a programme is left for the schema to refuse', () => {
    expect(upgradeSnapshot({ schemaVersion: 1 }, {}, 2)).toBeNull();
    for (const raw of [null, 'text', [1], { schemaVersion: '1' }, { schemaVersion: 0 }, {}]) expect(upgradeSnapshot(raw, {}, 2)).toBe(raw);
  });
});
