import { unzipSync } from 'fflate';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../src-main/services/app';
import { LATEST_VERSION } from '../../src-main/store/migrations';
import { ProgrammeSnapshot, SCHEMA_VERSION, upgradeSnapshot } from '../../src-shared/model';
import { createTestApp } from '../helpers/app';

/**
 * Data written by schema 2 (tests/fixtures/make-v2-fixtures.sh): a database with the demo, an empty programme, a
 * voted version of the demo and the merge base of its export; and that export. Each change of schema 3 adds here what
 * it upgrades.
 */
const FIXTURES = join(__dirname, '../fixtures');
const V2_DATABASE = join(FIXTURES, 'v2-atelier.sqlite');
const V2_ARCHIVE = join(FIXTURES, 'v2-demo.atelier');

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function openV2(): Promise<{ app: AppContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-v2-'));
  dirs.push(dir);
  copyFileSync(V2_DATABASE, join(dir, 'atelier.sqlite'));
  return { app: await openApp({ dataDir: dir, skipDailyBackup: true }), dir };
}

function v2ArchiveProgramme(): Record<string, unknown> {
  const files = unzipSync(new Uint8Array(readFileSync(V2_ARCHIVE)));
  return JSON.parse(new TextDecoder().decode(files['programme.json'])) as Record<string, unknown>;
}

describe('a version-2 database opened by this version', () => {
  it('migrates after a backup; every programme, the voted version and the merge base read in schema 3', async () => {
    const { app, dir } = await openV2();
    expect(app.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(readdirSync(join(dir, 'backups')).some((f) => f.includes('before-migration'))).toBe(true);
    const rows = app.db.prepare('SELECT id, schema_version FROM programmes').all() as Array<{ id: string; schema_version: number }>;
    expect(rows.length).toBe(2);
    for (const { id, schema_version } of rows) {
      expect(schema_version).toBe(SCHEMA_VERSION);
      expect(app.programmes.get(id).schemaVersion).toBe(SCHEMA_VERSION);
    }
    const demo = rows.map((r) => app.programmes.get(r.id)).find((p) => p.logframe.length > 0)!;
    const [voted] = app.versions.list(demo.id);
    expect(voted?.deliberationNumber).toBe('2027-CP-042');
    const frozen = app.versions.snapshot(demo.id, voted!.id);
    expect(frozen.schemaVersion).toBe(SCHEMA_VERSION);
    expect(frozen.framing.title).toBe(demo.framing.title);
    // The voted documents are kept byte for byte, checked against their hashes.
    expect(app.versions.documents(demo.id, voted!.id).length).toBeGreaterThan(0);
    const bases = app.db.prepare('SELECT snapshot FROM merge_bases').all() as Array<{ snapshot: string }>;
    expect(bases.length).toBe(1);
    expect(ProgrammeSnapshot.parse(JSON.parse(bases[0]!.snapshot)).schemaVersion).toBe(SCHEMA_VERSION);
    app.close();
  });

  it('the partner’s copy of the earlier export merges back without a conflict', async () => {
    const { app } = await openV2();
    const result = await app.archives.import(new Uint8Array(readFileSync(V2_ARCHIVE)), { strategy: 'merge', decisions: {} });
    expect(result.status).toBe('imported');
    // Same export, nothing changed on either side since: the merge has nothing to do.
    expect(result.status === 'imported' && result.mode).toBe('unchanged');
    app.close();
  });
});

describe('a version-2 archive', () => {
  it('upgrades to schema 3 and validates', () => {
    const older = v2ArchiveProgramme();
    expect(older.schemaVersion).toBe(2);
    const upgraded = upgradeSnapshot(older);
    const parsed = ProgrammeSnapshot.safeParse(upgraded);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(parsed.data?.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('imports into a fresh data folder as a new programme', async () => {
    const app = await createTestApp();
    const result = await app.app.archives.import(new Uint8Array(readFileSync(V2_ARCHIVE)), { strategy: 'keep-both', decisions: {} });
    expect(result.status).toBe('imported');
    const imported = app.app.programmes.get(result.status === 'imported' ? result.programmeId : '');
    expect(imported.schemaVersion).toBe(SCHEMA_VERSION);
    expect(imported.logframe.length).toBeGreaterThan(0);
    app.close();
  });
});

describe('lead author types: the values named after the Département take neutral names (migration 60)', () => {
  const DEMO_ID = '01a233b9-ed1e-77d9-9fd0-bf8acfbae8a8';

  it('rows, settings, merge base and voted version read with the new names and the same meaning', async () => {
    const { app } = await openV2();
    const demo = app.programmes.get(DEMO_ID);
    expect(demo.parties.map((p) => [p.role, p.name])).toEqual([
      ['lead', 'Département de la Vallée-Haute'],
      ['partner', 'Commune de Ndiawara'],
      ['other', expect.any(String)],
    ]);
    expect(demo.funders.map((f) => f.kind)).toEqual(['lead_authority', 'partner_authority', 'state_meae']);
    expect(demo.clauses.map((c) => c.key)).toContain('commitments_lead');
    expect(demo.clauses.map((c) => c.key)).not.toContain('commitments_departement');
    expect(demo.session.assembly).toBe('delegate');
    const counted = demo.budgetSettings.ruleSet!.rules.flatMap((r) => ('funderKinds' in r ? r.funderKinds : []));
    expect(counted).toContain('lead_authority');
    // The settings row is keyed « authority » now; the particulars themselves are unchanged.
    expect(app.db.prepare(`SELECT key FROM settings`).all()).toEqual([{ key: 'authority' }]);
    expect(app.settings.get()).toMatchObject({ authorityType: 'departement', name: 'Département de la Vallée-Haute (exemple)' });
    // The merge base and the voted version say the same as the programme.
    const base = ProgrammeSnapshot.parse(JSON.parse((app.db.prepare('SELECT snapshot FROM merge_bases').get() as { snapshot: string }).snapshot));
    const [voted] = app.versions.list(DEMO_ID);
    const frozen = app.versions.snapshot(DEMO_ID, voted!.id);
    for (const s of [base, frozen]) {
      expect(s.parties.map((p) => p.role)).toEqual(demo.parties.map((p) => p.role));
      expect(s.funders.map((f) => f.kind)).toEqual(demo.funders.map((f) => f.kind));
      expect(s.clauses.map((c) => c.key)).toEqual(demo.clauses.map((c) => c.key));
      expect(s.session.assembly).toBe('delegate');
    }
    app.close();
  });

  it('undoing an edit recorded before the upgrade writes the new names back, not the old ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atelier-v2-'));
    dirs.push(dir);
    copyFileSync(V2_DATABASE, join(dir, 'atelier.sqlite'));
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(dir, 'atelier.sqlite'));
    const row = db.prepare(`SELECT id, position, data FROM parties WHERE programme_id = ? AND json_extract(data, '$.role') = 'departement'`).get(DEMO_ID) as { id: string; position: number; data: string };
    const party = JSON.parse(row.data) as Record<string, unknown>;
    const change = { t: 'entity', collection: 'parties', id: row.id, before: { ...party, name: 'Département de la Vallée (ancien nom)' }, after: party, beforeIndex: row.position, afterIndex: row.position };
    db.prepare(
      `INSERT INTO revisions (id, programme_id, seq, at, author, organisation, command, summary, steps, changes, state, origin)
       VALUES ('01a233b9-0000-7000-8000-000000000001', ?, 3, '2026-11-30T09:00:00.000Z', 'Élodie', 'Département', 'entity.update', '', '["partnership"]', ?, 'done', 'local')`,
    ).run(DEMO_ID, JSON.stringify([change]));
    db.close();
    const app = await openApp({ dataDir: dir, skipDailyBackup: true });
    app.programmes.undo(DEMO_ID);
    const lead = app.programmes.get(DEMO_ID).parties.find((p) => p.id === row.id)!;
    expect([lead.role, lead.name]).toEqual(['lead', 'Département de la Vallée (ancien nom)']);
    app.close();
  });

  it('the version-2 archive upgrades to the same names, and nothing else changes', () => {
    const older = v2ArchiveProgramme();
    const upgraded = ProgrammeSnapshot.parse(upgradeSnapshot(older));
    const before = older as unknown as ProgrammeSnapshot;
    expect(upgraded.parties.map((p) => p.role)).toEqual(before.parties.map((p) => (p.role === ('departement' as string) ? 'lead' : p.role)));
    expect(upgraded.funders.map((f) => f.kind)).toEqual(before.funders.map((f) => (f.kind === ('departement' as string) ? 'lead_authority' : f.kind)));
    expect(upgraded.session.assembly).toBe('delegate');
    // Names, amounts and texts are the same: only the renamed values differ.
    expect(upgraded.parties.map((p) => p.name)).toEqual(before.parties.map((p) => p.name));
    expect(upgraded.contributions).toEqual(before.contributions);
    expect(upgraded.clauses.map((c) => c.text)).toEqual(before.clauses.map((c) => c.text));
  });
});

describe('declarations after the vote (issue 14) on version-2 data', () => {
  it('gives every activity and budget line of the archive an empty purpose code, and its session an empty vote', () => {
    const older = v2ArchiveProgramme();
    const upgraded = ProgrammeSnapshot.parse(upgradeSnapshot(older));
    const olderRows = older.logframe as Array<Record<string, unknown>>;
    expect(upgraded.logframe.length).toBe(olderRows.length);
    expect(upgraded.logframe.length).toBeGreaterThan(0);
    expect(upgraded.logframe.every((r) => r.purposeCode === null)).toBe(true);
    expect(upgraded.budgetLines.length).toBe((older.budgetLines as unknown[]).length);
    expect(upgraded.budgetLines.every((l) => l.purposeCode === null)).toBe(true);
    // Nothing else of the session moved.
    expect(upgraded.session.deliberationNumber).toBe((older.session as { deliberationNumber: string }).deliberationNumber);
    expect(Object.values(upgraded.session.vote).every((v) => v === null)).toBe(true);
    // No matière chosen: the sheet takes the default of the author's level (9.2 for the Département of that data).
    expect(upgraded.session.transmission.matiere).toBe('');
  });

  it('reads the voted version of the database with the same fields empty, its stored text and hash untouched', async () => {
    const { app } = await openV2();
    const demo = (app.db.prepare('SELECT id FROM programmes').all() as Array<{ id: string }>).map((r) => app.programmes.get(r.id)).find((p) => p.logframe.length > 0)!;
    expect(demo.budgetLines.every((l) => l.purposeCode === null)).toBe(true);
    const [voted] = app.versions.list(demo.id);
    const frozen = app.versions.snapshot(demo.id, voted!.id);
    expect(frozen.logframe.every((r) => r.purposeCode === null)).toBe(true);
    expect(frozen.session.vote.for).toBeNull();
    // Migration 0090: a version voted before amendments existed is an original vote.
    expect(voted!.amendsVersionId).toBeNull();
    app.close();
  });
});

describe('execution after the vote (schema 3, migration 0080)', () => {
  it('the programme voted under schema 2 is voted, the other a draft, with nothing executed; the merge base agrees', async () => {
    const { app } = await openV2();
    const programmes = app.programmes.list().map((s) => app.programmes.get(s.id));
    const demo = programmes.find((p) => p.logframe.length > 0)!;
    const empty = programmes.find((p) => p.logframe.length === 0)!;
    expect(app.versions.list(demo.id).length).toBeGreaterThan(0);
    expect(demo.execution.phase).toBe('voted');
    expect(empty.execution.phase).toBe('draft');
    for (const p of programmes) expect([p.expenditures, p.receipts, p.executionReports]).toEqual([[], [], []]);
    // Unchanged in meaning: the budget the execution is measured against is the one voted.
    const [voted] = app.versions.list(demo.id);
    expect(app.versions.snapshot(demo.id, voted!.id).budgetLines).toEqual(demo.budgetLines);
    const base = JSON.parse((app.db.prepare('SELECT snapshot FROM merge_bases').get() as { snapshot: string }).snapshot) as Record<string, unknown>;
    expect(base.execution).toMatchObject({ phase: 'draft' });
    expect(base.expenditures).toEqual([]);
    app.close();
  });

  it('a schema-2 archive arrives as a draft with empty execution collections', () => {
    const upgraded = ProgrammeSnapshot.parse(upgradeSnapshot(v2ArchiveProgramme()));
    expect(upgraded.execution.phase).toBe('draft');
    expect(upgraded.expenditures).toEqual([]);
    expect(upgraded.receipts).toEqual([]);
    expect(upgraded.executionReports).toEqual([]);
  });
});
