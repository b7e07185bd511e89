import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src-main/api/dispatcher';
import { runCliIn } from '../helpers/cli';
import { openApp, type AppContext } from '../../src-main/services/app';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { documentText } from '../helpers/docx-text';

/**
 * Issue 14, after the vote, on the demo through the CLI: the avenant after a change of a funder's amount (its text
 * shows the old and the new amounts; LibreOffice converts it; Grammalecte finds no fault), the e-APD workbook of a year
 * (read back: its sums are the budget's), a SCDL row that follows the schema's patterns.
 */
let dir: string;
let demoId: string;
const env = { ATELIER_SKIP_DAILY_BACKUP: '1' } as NodeJS.ProcessEnv;
const data = () => join(dir, 'data');

const cli = (...argv: string[]) => runCliIn(data(), argv, env);

/** Opens the data folder, runs `use` with the app and a dispatcher, closes it. */
async function withApp<T>(use: (app: AppContext, call: (name: string, input: unknown) => Promise<unknown>) => Promise<T>): Promise<T> {
  const app = await openApp({ dataDir: data(), skipDailyBackup: true });
  const dispatch = createDispatcher(app, () => undefined);
  try {
    return await use(app, async (name, input) => {
      const r = await dispatch(name, input, { transport: 'test' });
      if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
      return r.value;
    });
  } finally {
    app.close();
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atelier-declarations-'));
  await withApp(async (app) => {
    const ctx = app.programmes.context();
    demoId = app.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
    app.settings.update(demoSettings());
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const grammalecte = spawnSync('grammalecte-cli', ['-h'], { encoding: 'utf8' }).status === 0;
if (!has('soffice')) console.warn('SKIPPED the LibreOffice conversion of the avenant: soffice is not installed.');
if (!grammalecte) console.warn('SKIPPED Grammalecte on the avenant: grammalecte-cli is not installed.');

/** Rules left out, as in documents-grammalecte.test.ts, with the same reasons. */
const RULES_LEFT_OUT = new Set(['g2__maj_code__b1_a1_1', 'g2__chim_molécules__b1_a1_1']);
function grammarFaults(name: string, text: string): string[] {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, text);
  const run = spawnSync('grammalecte-cli', ['-f', file, '-j', '-owe'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  const lines = text.split('\n');
  const found = JSON.parse(run.stdout) as { data: Array<{ iParagraph: number; lGrammarErrors: Array<{ sRuleId: string; sMessage: string }> }> };
  return found.data.flatMap((p) =>
    p.lGrammarErrors.filter((e) => !RULES_LEFT_OUT.has(e.sRuleId)).map((e) => `${name} ¶${p.iParagraph} [${e.sRuleId}] ${e.sMessage} — ${lines[p.iParagraph - 1]}`),
  );
}

/** The demo's State contribution of 2028 rises by 5 000 €, and a 5 000 € mission is added: the plan still balances. */
async function raiseStateFunding(): Promise<{ before: number; after: number }> {
  return withApp(async (app, call) => {
    const s = app.programmes.get(demoId);
    const state = s.funders.find((f) => f.kind === 'state_meae')!;
    const stateTotal = (x: typeof s) => x.contributions.filter((c) => c.funderId === state.id).reduce((a, c) => a + c.amount, 0);
    const contribution = s.contributions.find((c) => c.funderId === state.id && c.year === 2028)!;
    await call('entity.update', { programmeId: demoId, collection: 'contributions', id: contribution.id, fields: { amount: contribution.amount + 5000 } });
    await call('entity.add', {
      programmeId: demoId,
      collection: 'budgetLines',
      fields: { label: 'Mission complémentaire d’appui aux mentors', category: 'missions', year: 2028, side: 'france', nature: 'cash', quantity: 1, unit: 'mission', unitCost: 5000 },
    });
    // The amendment goes before the Commission permanente of 12 June 2028.
    await call('section.update', { programmeId: demoId, section: 'session', fields: { sessionDate: '2028-06-12', deliberationNumber: 'CP-2028-06-07', reportNumber: '2028-CP06-07' } });
    return { before: stateTotal(s), after: stateTotal(app.programmes.get(demoId)) };
  });
}

const money = (n: number) => new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n).replace(/\s/g, ' ');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('atelier avenant', () => {
  it('after a change of a funder’s amount, writes the avenant and its deliberation with the old and new amounts', async () => {
    const voted = await withApp((app) => app.versions.freeze(demoId, 'CP-2027-03-14', '2027-03-15'));
    expect(voted.amendsVersionId).toBeNull();
    const nothing = await cli('avenant', demoId, '--out', join(dir, 'none'));
    expect(nothing.code).toBe(1);
    expect(nothing.err).toContain('Rien de ce que la convention énonce n’a changé depuis la version votée');

    const { before, after } = await raiseStateFunding();
    const run = await cli('avenant', demoId, '--out', join(dir, 'avenant'));
    expect(run.code, run.err).toBe(0);
    const files = readdirSync(join(dir, 'avenant')).sort();
    expect(files).toEqual(['1 - Avenant 1 - CAP JEUNES.docx', '2 - Délibération avenant 1 - CAP JEUNES.docx']);
    const printed = files.map((f) => documentText(readFileSync(join(dir, 'avenant', f))));
    const [avenant, deliberation] = printed.map(plain) as [string, string];
    for (const text of [avenant, deliberation]) {
      expect(text).toContain(`${money(before)} €`);
      expect(text).toContain(`${money(after)} €`);
    }
    // The article it rewrites carries its number in the convention (the clause's rank, as the convention prints it).
    const clauses = (await withApp(async (app) => app.programmes.get(demoId))).clauses;
    const financial = clauses.findIndex((c) => c.key === 'financial_terms') + 1;
    expect(financial).toBeGreaterThan(0);
    expect(avenant).toContain(`— Modification de l’article ${financial} « ${clauses[financial - 1]!.title.trim()} »`);
    expect(deliberation).toContain(`qui modifie l’article ${financial} de la convention`);
    expect(avenant).toContain('Ancienne rédaction');
    expect(avenant).toContain('+ 5 000,00 €');
    expect(deliberation).toContain('Vu la délibération n° CP-2027-03-14 du 15 mars 2027 approuvant le programme');
    expect(deliberation).toContain('Délibération n° CP-2028-06-07');
    expect(run.out).toContain('Avenant n° 1 à la version 1');

    if (has('soffice')) {
      const convert = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files.map((f) => join(dir, 'avenant', f))], { encoding: 'utf8', timeout: 120_000 });
      expect(convert.status, convert.stderr).toBe(0);
      expect(readdirSync(join(dir, 'pdf')).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    }
    // Grammalecte reads the text as printed (its non-breaking spaces are what it checks).
    if (grammalecte) expect([...grammarFaults('avenant', printed[0]!), ...grammarFaults('avenant-deliberation', printed[1]!)]).toEqual([]);

    // Once voted, the amendment is a new frozen version that names the one it amends, with its own hash.
    const amended = await withApp(async (_app, call) =>
      (await call('version.freeze', { programmeId: demoId, deliberationNumber: 'CP-2028-06-07', deliberationDate: '2028-06-12', amendment: true })) as typeof voted,
    );
    expect(amended).toMatchObject({ number: 2, amendsVersionId: voted.id });
    expect(amended.snapshotSha256).not.toBe(voted.snapshotSha256);
  }, 240_000);

  it('refuses a final avenant while the new session lacks its particulars (exit 4), and writes the draft', async () => {
    await withApp((app) => app.versions.freeze(demoId, 'CP-2027-03-14', '2027-03-15'));
    await raiseStateFunding();
    await withApp(async (_app, call) => call('section.update', { programmeId: demoId, section: 'session', fields: { deliberationNumber: '' } }));
    const final = await cli('avenant', demoId, '--out', join(dir, 'final'));
    expect(final.code).toBe(4);
    expect(final.err).toMatch(/Version définitive refusée/);
    const draft = await cli('avenant', demoId, '--out', join(dir, 'draft'), '--draft');
    expect(draft.code, draft.err).toBe(0);
    expect(readdirSync(join(dir, 'draft'))).toHaveLength(2);
  }, 120_000);

  it('says a programme without a voted version has nothing to amend, and checks its arguments', async () => {
    const run = await cli('avenant', demoId, '--out', join(dir, 'x'));
    expect(run.code).toBe(1);
    expect(run.err).toContain('figez d’abord la version «\u202ftelle que votée\u202f» dans l’Historique');
    expect((await cli('avenant', demoId)).code).toBe(2);
  });
});

/** The « Source » column of the workbook's detail sheet, every programme row. */
function detailSources(wb: ExcelJS.Workbook): Set<string> {
  const detail = wb.worksheets[1]!;
  const col = (detail.getRow(1).values as unknown[]).map(String).indexOf('Source\u202f: réalisé / prévu');
  expect(col).toBeGreaterThan(0);
  const seen = new Set<string>();
  detail.eachRow((row, n) => {
    if (n > 1) seen.add(row.getCell(col).text);
  });
  return seen;
}

describe('atelier apd', () => {
  it('writes the e-APD workbook of a year whose sums are the Département’s planned cash and in-kind contributions', async () => {
    const out = join(dir, 'apd-2028.xlsx');
    const run = await cli('apd', '--year', '2028', '--out', out);
    expect(run.code, run.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(4).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    const value = (v: unknown) => (typeof v === 'object' && v !== null && 'result' in v ? Number((v as { result: unknown }).result) : Number(v));
    const rows: Array<{ country: string; cash: number; inKind: number; total: number }> = [];
    sheet.eachRow((row, n) => {
      if (n <= 4 || row.getCell(1).text === 'Total') return;
      rows.push({ country: row.getCell(col('Code pays')).text, cash: value(row.getCell(col('Numéraire (€)')).value), inKind: value(row.getCell(col('En nature, dont temps de travail valorisé (€)')).value), total: value(row.getCell(col('Total (€)')).value) });
    });
    expect(rows.length).toBeGreaterThan(0);
    const s = await withApp(async (app) => app.programmes.get(demoId));
    const own = new Set(s.funders.filter((f) => f.kind === 'lead_authority').map((f) => f.id));
    const planned = (nature: 'cash' | 'in_kind') =>
      s.contributions.filter((c) => own.has(c.funderId) && c.year === 2028 && c.nature === nature).reduce((a, c) => a + Math.round(c.amount * 100), 0) / 100;
    const sum = (k: 'cash' | 'inKind' | 'total') => rows.reduce((a, r) => a + Math.round(r[k] * 100), 0) / 100;
    expect(sum('cash')).toBe(planned('cash'));
    expect(sum('inKind')).toBe(planned('in_kind'));
    expect(sum('total')).toBe(planned('cash') + planned('in_kind'));
    expect(rows.every((r) => r.country === 'SN')).toBe(true);
    expect(wb.worksheets[1]!.rowCount).toBeGreaterThan(1);
    // No entry for 2028: every programme row says its figures are the plan.
    expect(detailSources(wb)).toEqual(new Set(['prévu']));
  });

  it('counts, once a year’s execution is entered, what the Département itself paid and gave in kind, and says « réalisé »', async () => {
    const s = await withApp(async (app) => app.programmes.get(demoId));
    const lead = s.funders.find((f) => f.kind === 'lead_authority')!.id;
    const state = s.funders.find((f) => f.kind !== 'lead_authority')!.id;
    const line = s.budgetLines.find((l) => l.year === 2027)!.id;
    const entries = join(dir, 'entries.json');
    writeFileSync(
      entries,
      JSON.stringify({
        expenditures: [{ budgetLineId: line, year: 2027, amount: 2_000, reference: 'Mandat 2027-014' }],
        receipts: [
          { funderId: lead, year: 2027, amount: 7_500.5, reference: 'Mandat 2027-015' },
          { funderId: lead, year: 2027, nature: 'in_kind', amount: 1_200, reference: 'Relevé de temps 2027' },
          { funderId: state, year: 2027, amount: 30_000, reference: 'Titre 2027-3' },
        ],
      }),
    );
    expect((await cli('execution', demoId, '--file', entries)).code).toBe(0);
    const out = join(dir, 'apd-2027.xlsx');
    const run = await cli('apd', '--year', '2027', '--out', out, '--json');
    expect(run.code, run.err).toBe(0);
    const totals = (JSON.parse(run.out) as { totals: Array<{ cash: number; inKind: number }> }).totals;
    expect(totals.reduce((a, t) => a + Math.round(t.cash * 100), 0) / 100).toBe(7_500.5);
    expect(totals.reduce((a, t) => a + Math.round(t.inKind * 100), 0) / 100).toBe(1_200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(detailSources(wb)).toEqual(new Set(['réalisé']));
    expect(wb.worksheets[0]!.getCell('A2').text).toContain('montants réalisés par la collectivité');
  });

  it('refuses a year that is not one', async () => {
    expect((await cli('apd', '--year', '28', '--out', join(dir, 'x.xlsx'))).code).toBe(2);
    expect((await cli('apd', '--out', join(dir, 'x.xlsx'))).code).toBe(2);
  });
});

describe('atelier scdl', () => {
  /** The schema's own patterns (schema.data.gouv.fr, scdl/deliberations 2.1.5), written here independently. */
  const PATTERNS: Record<string, RegExp> = {
    COLL_SIRET: /^\d{14}$/,
    DELIB_DATE: /^\d{4}-\d{2}-\d{2}$/,
    DELIB_MATIERE_CODE: /^\d\.\d{1,2}$/,
    BUDGET_ANNEE: /^[0-9]{4}(\/[0-9]{4})?$/,
    PREF_DATE: /^\d{4}-\d{2}-\d{2}$/,
    VOTE_EFFECTIF: /^\d+$/,
    VOTE_REEL: /^\d+$/,
    VOTE_POUR: /^\d+$/,
    VOTE_CONTRE: /^\d+$/,
    VOTE_ABSTENTION: /^\d+$/,
    DELIB_URL: /^https?:\/\/\S+$/,
  };
  const REQUIRED = ['COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET'];

  it('refuses the row while the SIRET is missing (exit 4), then writes a row that follows the schema with the vote', async () => {
    const refused = await cli('scdl', demoId, '--out', join(dir, 'x.csv'));
    expect(refused.code).toBe(4);
    expect(refused.err).toContain('COLL_SIRET');
    await withApp(async (_app, call) => {
      await call('settings.update', { fields: { siret: '21860194600013' } });
      await call('section.update', {
        programmeId: demoId,
        section: 'session',
        fields: { vote: { members: 42, voters: 40, for: 36, against: 2, abstain: 2, notTaking: 2 }, transmission: { matiere: '9.2', deliberationActNumber: '', conventionActNumber: '', prefectureId: 'PREF038', prefectureDate: '2027-03-18', publicationUrl: 'https://exemple.fr/deliberations/CP-2027-03-14.pdf' } },
      });
    });
    const out = join(dir, 'scdl.csv');
    const run = await cli('scdl', demoId, '--out', out);
    expect(run.code, run.err).toBe(0);
    const text = readFileSync(out, 'utf8');
    const [header, line, rest] = text.split('\r\n');
    expect(rest).toBe('');
    const fields = header!.split(',');
    expect(fields).toHaveLength(17);
    // A tiny RFC 4180 reader: quoted values may hold commas.
    const values = [...line!.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
    const row = Object.fromEntries(fields.map((f, i) => [f, values[i] ?? '']));
    for (const f of REQUIRED) expect(row[f], f).not.toBe('');
    for (const [f, pattern] of Object.entries(PATTERNS)) if (row[f]) expect(row[f], f).toMatch(pattern);
    expect(row).toMatchObject({ VOTE_POUR: '36', VOTE_CONTRE: '2', VOTE_ABSTENTION: '2', VOTE_REEL: '40', PREF_ID: 'PREF038', DELIB_MATIERE_CODE: '9.2' });
    expect(row.DELIB_OBJET).toContain('Ndiawara');
  });

  it('refuses an association’s programme (exit 2, as refused input), says why in French, and writes nothing', async () => {
    await withApp(async (_app, call) => {
      await call('settings.update', { fields: { authorityType: 'association', siret: '21860194600013' } });
      await expect(call('declarations.scdl', { programmeId: demoId })).rejects.toThrow(/invalid_input/);
    });
    const out = join(dir, 'association.csv');
    const refused = await cli('scdl', demoId, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Une association ne transmet pas ses décisions à la préfecture');
    expect(readdirSync(dir)).not.toContain('association.csv');
  });
});
