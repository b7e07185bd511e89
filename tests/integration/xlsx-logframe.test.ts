import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDemoProgramme } from '../../src-shared/demo';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let demoId: string;

beforeEach(async () => {
  t = await createTestApp();
  const ctx = t.app.programmes.context();
  demoId = t.app.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
});
afterEach(() => t.close());

const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const shape = (
  rows: Array<{
    level: string;
    text: string;
    parentId: string | null;
    id: string;
    sources: string;
    assumptions: string;
    means: string;
    cost: number | null;
    startDate: string | null;
    endDate: string | null;
  }>,
) => {
  const index = new Map(rows.map((r, i) => [r.id, i]));
  return rows.map((r) => ({
    ...r,
    id: undefined,
    parentId: r.parentId === null ? null : index.get(r.parentId),
  }));
};

async function workbook(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Cadre logique');
  sheet.addRow([
    'Code',
    'Niveau',
    'Logique d’intervention',
    'Indicateurs',
    'Sources de vérification',
    'Hypothèses',
    'Moyens',
    'Coût (€)',
    'Début',
    'Fin',
    'Identifiant',
  ]);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('logframe to Excel and back', () => {
  it('round-trips: importing the export into a new programme gives the same logframe', async () => {
    const original = t.app.programmes.get(demoId).logframe;
    const exported = await t.ok('xlsx.exportLogframe', { programmeId: demoId });
    expect(exported.fileName).toMatch(/cadre logique\.xlsx$/);
    const created = await t.ok('xlsx.importLogframeAsNew', { base64: exported.base64, title: 'Copie' });
    const copy = t.app.programmes.get(created.id).logframe;
    expect(created.rows).toBe(original.length);
    expect(shape(copy)).toEqual(shape(original.map((r) => ({ ...r, responsiblePartyId: null }))));
    // Ids are the new programme's own.
    expect(copy.some((r) => original.some((o) => o.id === r.id))).toBe(false);
  });

  it('round-trips into the same programme without a change, and keeps indicators when a row is edited', async () => {
    const exported = await t.ok('xlsx.exportLogframe', { programmeId: demoId });
    const same = await t.ok('xlsx.importLogframe', { programmeId: demoId, base64: exported.base64 });
    expect(same.changes).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes(exported.base64) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    sheet.getRow(2).getCell(3).value = 'Objectif global réécrit dans Excel';
    const edited = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const indicatorsBefore = t.app.programmes.get(demoId).indicators.length;
    await t.ok('xlsx.importLogframe', { programmeId: demoId, base64: edited });
    const after = t.app.programmes.get(demoId);
    expect(after.logframe.find((r) => r.level === 'goal')!.text).toBe('Objectif global réécrit dans Excel');
    expect(after.indicators.length).toBe(indicatorsBefore);
    await t.ok('history.undo', { programmeId: demoId });
    expect(t.app.programmes.get(demoId).logframe.find((r) => r.level === 'goal')!.text).not.toBe(
      'Objectif global réécrit dans Excel',
    );
  });

  it('writes cells starting with = + - @ as text, never as formulas', async () => {
    const s = t.app.programmes.get(demoId);
    const goal = s.logframe.find((r) => r.level === 'goal')!;
    const evil = ['=HYPERLINK("http://x.example","clic")', '+1+1', '-2', '@SUM(A1)'];
    t.app.programmes.edit(demoId, 'test', (x) => ({
      ...x,
      logframe: x.logframe.map((r) =>
        r.id === goal.id ? { ...r, text: evil[0]!, sources: evil[1]!, assumptions: evil[2]! } : r,
      ),
    }));
    t.app.programmes.edit(demoId, 'test', (x) => ({
      ...x,
      budgetLines: x.budgetLines.map((l, i) => (i === 0 ? { ...l, label: evil[3]! } : l)),
    }));
    for (const command of ['xlsx.exportLogframe', 'xlsx.exportBudget'] as const) {
      const exported = await t.ok(command, { programmeId: demoId });
      const files = unzipSync(bytes(exported.base64));
      const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
      const formulas = [...sheetXml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
      // Only the app's own arithmetic (amount = quantity × unit cost, totals) is a formula.
      for (const f of formulas) expect(f).toMatch(/^(G\d+\*I\d+|SUM\([A-Z]\d+:[A-Z]\d+\)|0)$/);
    }
    const exported = await t.ok('xlsx.exportLogframe', { programmeId: demoId });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes(exported.base64) as unknown as ArrayBuffer);
    const cell = wb.worksheets[0]!.getRow(2).getCell(3);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe('@');
    // And the text comes back exactly.
    const created = await t.ok('xlsx.importLogframeAsNew', { base64: exported.base64, title: 'Retour' });
    const back = t.app.programmes.get(created.id).logframe.find((r) => r.level === 'goal')!;
    expect([back.text, back.sources, back.assumptions]).toEqual(evil.slice(0, 3));
  });

  it('names every row it cannot read, and changes nothing', async () => {
    const base64 = await workbook([
      ['OG', 'Objectif global', 'Réduire le chômage des jeunes'],
      ['OS1', 'Objectif spécifique', 'Accompagner 270 jeunes'],
      ['R1.1', 'Résultat attendu', 'Un point d’accueil'],
      ['A1.1.1', 'Activité', 'Étude', '', '', '', 'Cabinet', 'beaucoup', '2027-01-01', '2027-03-31'],
      ['A1.1.2', 'Activité', 'Aménager', '', '', '', '', '12 000', '31/02/2027', '2027-06-30'],
      ['X9', 'Sous-activité', 'Inconnu'],
    ]);
    const before = t.databaseBytes();
    const error = await t.fails('xlsx.importLogframe', { programmeId: demoId, base64 });
    expect(error.code).toBe('xlsx_invalid');
    const rows = (error.details as { rows: Array<{ row: number; reason: string }> }).rows;
    expect(rows.map((r) => r.row)).toEqual([5, 6, 7]);
    expect(rows[0]!.reason).toContain('beaucoup');
    expect(rows[1]!.reason).toContain('31/02/2027');
    expect(rows[2]!.reason).toContain('Sous-activité');
    expect(error.message).toContain('row 5');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });

  it('reads a hand-made sheet: French dates and amounts, hierarchy from the order of rows', async () => {
    const base64 = await workbook([
      ['OG', 'Objectif global', 'Réduire le chômage des jeunes'],
      ['OS1', 'Objectif spécifique', 'Accompagner 270 jeunes'],
      ['', 'Résultat attendu', 'Un point d’accueil'],
      ['', 'Activité', 'Étude', '', '', '', 'Cabinet', '14 500,50', '01/02/2027', '2027-03-31'],
    ]);
    const created = await t.ok('xlsx.importLogframeAsNew', { base64, title: 'À la main' });
    const rows = t.app.programmes.get(created.id).logframe;
    expect(rows.map((r) => r.level)).toEqual(['goal', 'specific', 'result', 'activity']);
    expect(rows[3]).toMatchObject({
      cost: 14500.5,
      startDate: '2027-02-01',
      endDate: '2027-03-31',
      parentId: rows[2]!.id,
    });
  });

  it('refuses a file that is not a workbook, or a sheet without the headers', async () => {
    expect(
      (
        await t.fails('xlsx.importLogframe', {
          programmeId: demoId,
          base64: Buffer.from('bonjour').toString('base64'),
        })
      ).code,
    ).toBe('xlsx_invalid');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Feuil1').addRow(['Nom', 'Prénom']);
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const error = await t.fails('xlsx.importLogframe', { programmeId: demoId, base64 });
    expect(error.code).toBe('xlsx_invalid');
    expect((error.details as { rows: Array<{ row: number }> }).rows[0]!.row).toBe(1);
  });

  it('exports the budget with lines, amounts and the financing plan', async () => {
    const s = t.app.programmes.get(demoId);
    const exported = await t.ok('xlsx.exportBudget', { programmeId: demoId });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes(exported.base64) as unknown as ArrayBuffer);
    const [expenses, financing] = wb.worksheets;
    expect(expenses!.rowCount).toBe(s.budgetLines.length + 2);
    expect(financing!.rowCount).toBe(s.contributions.length + 2);
    const total = s.budgetLines.reduce((x, l) => x + Math.round(l.quantity * l.unitCost * 100) / 100, 0);
    expect((expenses!.getRow(expenses!.rowCount).getCell(10).value as { result: number }).result).toBeCloseTo(
      total,
      2,
    );
  });
});
