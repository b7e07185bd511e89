import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoProgramme } from '../../src-shared/demo';
import { newId, ProgrammeSnapshot, SCHEMA_VERSION, SessionParticulars, SNAPSHOT_UPGRADES, upgradeSnapshot } from '../../src-shared/model';
import { leadAuthor } from '../../src-shared/model/upgrade-v3/lead-author';

/** The programme.json of the archive written by the released version-1 code (tests/fixtures/README.md). */
function v1Programme(): Record<string, unknown> {
  const files = unzipSync(new Uint8Array(readFileSync(join(__dirname, '../fixtures/v1-demo.atelier'))));
  return JSON.parse(new TextDecoder().decode(files['programme.json'])) as Record<string, unknown>;
}

describe('programmes written by an older app', () => {
  it('every schema version before this one has its upgrade, so older archives still open', () => {
    const versions = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1);
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) expect(SNAPSHOT_UPGRADES[version], `upgrade from ${version}`).toBeTypeOf('function');
  });

  it('a version-1 programme (released archive) gains an empty session section and keeps everything else', () => {
    const older = v1Programme();
    expect(older.schemaVersion).toBe(1);
    expect(older).not.toHaveProperty('session');
    // Its own step (1 → 2) adds the session and keeps the rest; the later steps have their own tests below.
    const second = upgradeSnapshot(older, SNAPSHOT_UPGRADES, 2) as Record<string, unknown>;
    expect(second.schemaVersion).toBe(2);
    const { schemaVersion: _new, session: _session, ...rest } = second;
    const { schemaVersion: _old, ...before } = older;
    expect(rest).toEqual(before);
    const upgraded = upgradeSnapshot(older) as Record<string, unknown>;
    expect(upgraded.schemaVersion).toBe(SCHEMA_VERSION);
    expect(upgraded.session).toEqual(SessionParticulars.parse({}));
    // Schema 3's execution parts arrive empty (upgrade-v3/execution.ts).
    expect(upgraded.execution).toMatchObject({ phase: 'draft', startedOn: null, closedOn: null });
    expect([upgraded.expenditures, upgraded.receipts, upgraded.executionReports]).toEqual([[], [], []]);
    const parsed = ProgrammeSnapshot.safeParse(upgraded);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  it('a version-1 programme that already carries a session section (development build) keeps it', () => {
    const session = { ...SessionParticulars.parse({}), reportNumber: 'R-12', paymentCredits: [{ year: 2027, amount: 1000 }] };
    const upgraded = upgradeSnapshot({ ...v1Programme(), session }) as Record<string, unknown>;
    expect(upgraded.session).toEqual(session);
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

describe('schema 2 → 3, lead author types (upgrade-v3/lead-author.ts)', () => {
  /** The programme.json of the archive written by the schema-2 code (tests/fixtures/make-v2-fixtures.sh). */
  const v2Programme = (): Record<string, unknown> => {
    const files = unzipSync(new Uint8Array(readFileSync(join(__dirname, '../fixtures/v2-demo.atelier'))));
    return JSON.parse(new TextDecoder().decode(files['programme.json'])) as Record<string, unknown>;
  };
  const rename = (value: unknown, from: string, to: string): unknown => JSON.parse(JSON.stringify(value).replaceAll(`"${from}"`, `"${to}"`));

  it('renames the Département-named role, clause key, funder kind and assemblies, and touches nothing else', () => {
    const older = v2Programme();
    expect(JSON.stringify(older)).toContain('"commitments_departement"');
    const upgraded = leadAuthor(older);
    // What the step must give: the same programme with only the renamed values changed.
    const expected = { ...older };
    expected.parties = rename(older.parties, 'departement', 'lead');
    expected.funders = rename(older.funders, 'departement', 'lead_authority');
    expected.clauses = rename(older.clauses, 'commitments_departement', 'commitments_lead');
    expected.budgetSettings = rename(older.budgetSettings, 'departement', 'lead_authority');
    expected.session = rename(rename(older.session, 'commission_permanente', 'delegate'), 'conseil_departemental', 'deliberating_body');
    expect(upgraded).toEqual(expected);
    expect(JSON.stringify(upgraded)).not.toMatch(/"(departement|commitments_departement|commission_permanente|conseil_departemental)"/);
  });

  it('the plenary assembly and a party that is not the lead keep their meaning', () => {
    const older = { ...v2Programme(), session: { ...(v2Programme().session as object), assembly: 'conseil_departemental' } };
    const upgraded = upgradeSnapshot(older) as ProgrammeSnapshot;
    expect(upgraded.session.assembly).toBe('deliberating_body');
    expect(upgraded.parties.filter((p) => p.role === 'partner').length).toBe(1);
    expect(ProgrammeSnapshot.safeParse(upgraded).success).toBe(true);
  });

  it('leaves damaged or unexpected values for the schema to judge, without throwing', () => {
    const odd = { schemaVersion: 2, parties: [null, 'x', { role: 7 }], session: 'none', budgetSettings: { ruleSet: { rules: 'none' } } };
    expect(leadAuthor(odd)).toEqual(odd);
  });
});
