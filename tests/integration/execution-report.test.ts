import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { demoAuthoritySettings } from '../../src-shared/demo';
import { amountInDocument } from '../../src-shared/i18n/typography';
import { createTestApp, type TestApp } from '../helpers/app';
import { documentText } from '../helpers/docx-text';

const opened: TestApp[] = [];
afterEach(() => opened.splice(0).forEach((a) => a.close()));
const dir = mkdtempSync(join(tmpdir(), 'atelier-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const office = has('soffice') && has('pdftotext');
if (!office) console.warn('Skipping the LibreOffice check of the report: soffice or pdftotext is not installed.');

/** The demo with a year of spending entered by file, as the accounts give it, and its report texts. */
async function demoWithYear(t: TestApp) {
  await t.ok('settings.update', { fields: demoAuthoritySettings() });
  const { id } = await t.ok('programme.createDemo', {});
  const s = t.app.programmes.get(id);
  const lines = s.budgetLines.filter((l) => l.year === 2027).slice(0, 5);
  const amounts = [1500.5, 320, 12_000, 0.49, 780.01];
  await t.ok('execution.import', {
    programmeId: id,
    expenditures: lines.map((l, i) => ({ budgetLineId: l.id, year: 2027, nature: l.nature, amount: amounts[i]!, reference: `Mandat ${i + 1}`, date: '2027-05-02' })),
    receipts: [{ funderId: s.funders[0]!.id, amount: 9000, date: '2027-03-01', reference: 'Titre 4' }],
  });
  return { id, total: amounts.reduce((a, b) => a + Math.round(b * 100), 0) / 100 };
}

describe('the yearly report', () => {
  it('a draft marks the officer’s missing texts; the final version is refused until they are written', async () => {
    const t = await createTestApp();
    opened.push(t);
    const { id } = await demoWithYear(t);
    const draft = await t.ok('documents.report', { programmeId: id, year: 2027 });
    expect(draft.fileName).toBe('Rapport d’exécution 2027 - CAP JEUNES.docx');
    const refused = await t.fails('documents.report', { programmeId: id, year: 2027, draft: false });
    expect(refused.code).toBe('document_incomplete');
    // The year's report is not opened yet: its texts are missing, and the report points at where to write them.
    expect((refused.details as { items: Array<{ focus: string }> }).items.map((i) => i.focus)).toEqual(['execution.report.2027']);
    expect(draft.markers).toBe(1);

    const { createdId } = await t.ok('execution.openReport', { programmeId: id, year: 2027 });
    await t.ok('entity.update', {
      programmeId: id,
      collection: 'executionReports',
      id: createdId!,
      fields: { activitiesDone: 'La première cohorte a suivi le parcours.', difficulties: 'Des retards de livraison.', nextYearPlan: 'Ouvrir la deuxième cohorte.' },
    });
    const final = await t.ok('documents.report', { programmeId: id, year: 2027, draft: false });
    expect(final.markers).toBe(0);
    expect(documentText(Buffer.from(final.base64, 'base64'))).toContain('La première cohorte a suivi le parcours.');
  });

  it('its budget tables add up to the entries, and LibreOffice opens it', async () => {
    const t = await createTestApp();
    opened.push(t);
    const { id, total } = await demoWithYear(t);
    const built = await t.ok('documents.report', { programmeId: id, year: 2027 });
    const bytes = Buffer.from(built.base64, 'base64');
    const text = documentText(bytes);
    // The total of the statement of spending and of the table by category: the sum of the five entries.
    const printed = amountInDocument(total, 'fr');
    expect(text.split(printed).length - 1).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Mandat 5');
    expect(text).toContain(amountInDocument(9000, 'fr'));
    if (!office) return;
    const file = join(dir, 'rapport.docx');
    writeFileSync(file, bytes);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = execFileSync('pdftotext', ['-layout', join(dir, 'rapport.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toContain('Rapport technique et financier 2027');
    expect(pdf.replace(/\s/g, '')).toContain(printed.replace(/\s/g, ''));
    expect(readFileSync(join(dir, 'rapport.pdf')).length).toBeGreaterThan(10_000);
  }, 180_000);
});
