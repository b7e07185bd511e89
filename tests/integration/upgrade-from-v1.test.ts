import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src-main/api/dispatcher';
import { openApp, type AppContext } from '../../src-main/services/app';
import { LATEST_VERSION } from '../../src-main/store/migrations';
import { paymentCreditsTable } from '../../src-main/store/migrations/0030-session-particulars';
import { ProgrammeSnapshot, SCHEMA_VERSION, SessionParticulars } from '../../src-shared/model';
import { upgradeV2ToV3 } from '../../src-shared/model/upgrade-v3';
import { createTestApp } from '../helpers/app';

const FIXTURES = join(__dirname, '../fixtures');
const V1_DATABASE = join(FIXTURES, 'v1-atelier.sqlite');
const V1_ARCHIVE = join(FIXTURES, 'v1-demo.atelier');

/** The session particulars that lived in the version-1 settings. */
const MOVED = ['assembly', 'sessionDate', 'reportNumber', 'deliberationNumber', 'rapporteur', 'budgetChapter', 'budgetArticle', 'budgetProgramme', 'authorisationProgramme', 'paymentCredits'];

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A data folder holding a copy of the released version-1 database (or `build`'s variant of it). */
async function openV1(build?: (db: Database.Database) => void): Promise<{ app: AppContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-v1-'));
  dirs.push(dir);
  copyFileSync(V1_DATABASE, join(dir, 'atelier.sqlite'));
  if (build) {
    const db = new Database(join(dir, 'atelier.sqlite'));
    build(db);
    db.close();
  }
  return { app: await openApp({ dataDir: dir, skipDailyBackup: true }), dir };
}

function v1Settings(): Record<string, unknown> {
  const db = new Database(V1_DATABASE, { readonly: true });
  const row = db.prepare(`SELECT data FROM settings WHERE key = 'departement'`).get() as { data: string };
  db.close();
  return JSON.parse(row.data) as Record<string, unknown>;
}

const spaces = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const euros = (n: number) => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(n)} €`;

describe('a version-1 database opened by this version', () => {
  it('moves the session particulars into every programme, keeps the permanent settings, after a backup', async () => {
    const before = v1Settings();
    const { app, dir } = await openV1();
    expect(app.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(readdirSync(join(dir, 'backups')).some((f) => f.includes('before-migration'))).toBe(true);

    const ids = (app.db.prepare('SELECT id, schema_version FROM programmes').all() as Array<{ id: string; schema_version: number }>);
    expect(ids.length).toBe(2);
    for (const { id, schema_version } of ids) {
      expect(schema_version).toBe(SCHEMA_VERSION);
      const { session } = app.programmes.get(id);
      for (const key of MOVED.filter((k) => k !== 'paymentCredits' && k !== 'assembly')) expect(session[key as keyof typeof session], key).toBe(before[key]);
      // The assembly keeps its meaning under its schema-3 name (migration 60).
      expect(session.assembly).toBe({ commission_permanente: 'delegate', conseil_departemental: 'deliberating_body' }[String(before.assembly)]);
      // The free text « CP 2027 : 30 000 € ; … » became the yearly table, saying the same thing.
      expect(session.paymentCredits.length).toBeGreaterThan(1);
      expect(spaces(session.paymentCredits.map((c) => `CP ${c.year} : ${euros(c.amount)}`).join(' ; '))).toBe(spaces(String(before.paymentCredits)));
      expect(session.committeeOpinion).toBe('');
    }

    const raw = JSON.parse((app.db.prepare(`SELECT data FROM settings WHERE key = 'authority'`).get() as { data: string }).data) as Record<string, unknown>;
    for (const key of MOVED) expect(raw, key).not.toHaveProperty(key);
    const kept = Object.keys(before).filter((k) => !MOVED.includes(k));
    expect(kept).toEqual(expect.arrayContaining(['name', 'presidentName', 'delegationDeliberation', 'appealCourt', 'authorName']));
    const settings = app.settings.get() as Record<string, unknown>;
    for (const key of kept) expect(settings[key], key).toEqual(before[key]);
    app.close();
  });

  it('upgrades the merge base of the earlier export, so the partner’s copy of that export merges cleanly', async () => {
    const { app } = await openV1();
    const bases = app.db.prepare('SELECT snapshot FROM merge_bases').all() as Array<{ snapshot: string }>;
    expect(bases.length).toBe(1);
    const base = ProgrammeSnapshot.parse(JSON.parse(bases[0]!.snapshot));
    expect(base.session).toEqual(SessionParticulars.parse({}));

    const dispatch = createDispatcher(app, () => undefined);
    const base64 = readFileSync(V1_ARCHIVE).toString('base64');
    const result = await dispatch('archive.import', { base64, strategy: 'merge', decisions: {} }, { transport: 'test' });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const value = (result as { ok: true; value: { status: string; mode?: string; programmeId: string } }).value;
    expect(value.status).toBe('imported');
    expect(['merged', 'unchanged']).toContain(value.mode);
    // The local session particulars survive: the partner's archive has none, and did not change them.
    expect(app.programmes.get(value.programmeId).session.reportNumber).toBe(v1Settings().reportNumber);
    app.close();
  });

  it('keeps an unreadable CP text in the AP field, where the officer sees it, rather than dropping it', async () => {
    const text = 'CP 2027 : 30 000 € ; le solde en 2028 selon l’exécution';
    const { app } = await openV1((db) =>
      db.prepare(`UPDATE settings SET data = json_set(data, '$.paymentCredits', ?, '$.authorisationProgramme', 'AP 2027-04') WHERE key = 'departement'`).run(text),
    );
    for (const { id } of app.db.prepare('SELECT id FROM programmes').all() as Array<{ id: string }>) {
      const { session } = app.programmes.get(id);
      expect(session.paymentCredits).toEqual([]);
      expect(session.authorisationProgramme).toBe(`AP 2027-04, crédits de paiement ${text}`);
    }
    app.close();
  });

  it('gives every programme an empty session when the folder had no settings', async () => {
    const { app } = await openV1((db) => db.exec(`DELETE FROM settings`));
    for (const { id } of app.db.prepare('SELECT id FROM programmes').all() as Array<{ id: string }>) {
      expect(app.programmes.get(id).session).toEqual(SessionParticulars.parse({}));
    }
    app.close();
  });
});

/** The visible text of every Word document, paragraphs on their own lines, spaces and apostrophes made plain. */
function documentsText(docs: Array<{ bytes: Uint8Array }>): string {
  return docs
    .map(({ bytes }) => {
      const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
      return xml
        .split('</w:p>')
        .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
        .join('\n');
    })
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/[\u00a0\u202f ]+/g, ' ')
    .replace(/'/g, '’');
}

describe('documents of a version-1 programme after the upgrade', () => {
  it('print the session particulars the version-1 documents printed', async () => {
    const before = v1Settings();
    const files = unzipSync(new Uint8Array(readFileSync(V1_ARCHIVE)));
    const v1Docs = documentsText(Object.entries(files).filter(([n]) => n.startsWith('documents/')).map(([, bytes]) => ({ bytes })));
    const programmeId = (JSON.parse(new TextDecoder().decode(files['programme.json'])) as { id: string }).id;

    const { app } = await openV1();
    const dispatch = createDispatcher(app, () => undefined);
    const result = await dispatch('documents.generate', { programmeId, draft: true, locale: 'fr' }, { transport: 'test' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const generated = (result.value as { files: Array<{ base64: string }> }).files.map((f) => ({ bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) }));
    const now = documentsText(generated);
    app.close();

    const plain = (v: unknown) => String(v).replace(/[\u00a0\u202f ]+/g, ' ').replace(/'/g, '’');
    const values = ['reportNumber', 'deliberationNumber', 'rapporteur', 'budgetChapter', 'budgetArticle', 'budgetProgramme', 'authorisationProgramme'].map((k) => plain(before[k]));
    values.push(new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${String(before.sessionDate)}T12:00:00Z`)));
    // Each CP amount, as digits grouped by thousands (« 30 000 »), next to its year.
    const credits = paymentCreditsTable(String(before.paymentCredits))!;
    for (const value of values) {
      expect(v1Docs, `version 1 printed ${value}`).toContain(value);
      expect(now, value).toContain(value);
    }
    for (const { year, amount } of credits) {
      const digits = new Intl.NumberFormat('fr-FR').format(amount).replace(/[\u00a0\u202f]/g, ' ');
      expect(v1Docs).toMatch(new RegExp(`${year} : ${digits}`));
      expect(now).toMatch(new RegExp(`${year} : ${digits}`));
    }
    expect(now).not.toMatch(/undefined|NaN|\[object/);
  });
});

describe('a version-1 backup restored by this version', () => {
  it('comes back upgraded: the session particulars in every programme, the permanent settings kept', async () => {
    const before = v1Settings();
    const t = await createTestApp();
    try {
      mkdirSync(join(t.dataDir, 'backups'), { recursive: true });
      copyFileSync(V1_DATABASE, join(t.dataDir, 'backups', '2026-11-01T10-00-00-000Z__manual.sqlite'));
      await t.ok('backup.restore', { name: '2026-11-01T10-00-00-000Z__manual.sqlite' });
      const list = await t.ok('programme.list', { includeDeleted: true });
      expect(list.length).toBe(2);
      for (const { id } of list) expect(t.app.programmes.get(id).session.deliberationNumber).toBe(before.deliberationNumber);
      expect(t.app.settings.get().name).toBe(before.name);
    } finally {
      t.close();
    }
  });
});

describe('CP free text of version 1 read as a yearly table', () => {
  it.each([
    ['CP 2027 : 30 000 € ; CP 2028 : 35 000 €', [{ year: 2027, amount: 30000 }, { year: 2028, amount: 35000 }]],
    ['2027 : 12 500,50 €\n2028 = 7500 euros', [{ year: 2027, amount: 12500.5 }, { year: 2028, amount: 7500 }]],
    ['CP 2029 – 1.250.000 EUR.', [{ year: 2029, amount: 1250000 }]],
    ['CP 2027\u00a0: 30\u202f000\u00a0€', [{ year: 2027, amount: 30000 }]],
  ])('%j', (text, table) => expect(paymentCreditsTable(text)).toEqual(table));

  it.each([
    'selon l’échéancier joint',
    'CP 2027 : 30 000 € ; solde en 2028',
    'CP 2027 : 30 000 € ; CP 2027 : 5 000 €',
    '30 000 € en 2027',
    'CP 1999 : 10 €',
  ])('%j is not a table (kept as text)', (text) => expect(paymentCreditsTable(text)).toBeNull());
});

describe('a version-1 archive imported by this version', () => {
  it('imports as a new programme of this schema, with the same content and an empty session', async () => {
    const t = await createTestApp();
    try {
      const files = unzipSync(new Uint8Array(readFileSync(V1_ARCHIVE)));
      const older = JSON.parse(new TextDecoder().decode(files['programme.json'])) as Record<string, unknown>;
      const result = await t.ok('archive.import', { base64: readFileSync(V1_ARCHIVE).toString('base64'), strategy: 'merge', decisions: {} });
      expect(result).toMatchObject({ status: 'imported', mode: 'new', programmeId: older.id });
      const snapshot = t.app.programmes.get(older.id as string);
      expect(snapshot.schemaVersion).toBe(SCHEMA_VERSION);
      expect(snapshot.session).toEqual(SessionParticulars.parse({}));
      const { schemaVersion: _v, session: _s, updatedAt: _u, ...now } = snapshot as unknown as Record<string, unknown>;
      const { schemaVersion: _ov, updatedAt: _ou, ...then } = older;
      // Version 2 also adds, to every clause, the default text it had when edited (unknown for older clauses).
      const clauses = (then.clauses as Array<Record<string, unknown>>).map((c) => ({ ...c, defaultAtEdit: '' }));
      expect(clauses.length).toBeGreaterThan(0);
      // Schema 3's steps (renamed values, purpose codes, execution after the vote) are tested on their own in
      // model-upgrades and upgrade-from-v2; here they apply to the version-2 content and nothing else changes.
      // Fields whose empty value is their schema's default (purpose codes) are filled in by the schema.
      const upgraded = upgradeV2ToV3({ ...then, clauses, session: SessionParticulars.parse({}) });
      const parsed = ProgrammeSnapshot.parse({ ...upgraded, schemaVersion: SCHEMA_VERSION, updatedAt: snapshot.updatedAt }) as unknown as Record<string, unknown>;
      const { schemaVersion: _pv, session: _ps, updatedAt: _pu, ...expected } = parsed;
      expect(now).toEqual(expected);
    } finally {
      t.close();
    }
  });
});
