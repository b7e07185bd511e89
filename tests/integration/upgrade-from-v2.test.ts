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
    expect(upgraded.session.transmission.matiere).toBe('9.2');
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
