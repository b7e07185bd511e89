import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { completeProgramme, completeSettings, IDS } from '../unit/readiness-fixture';
import { expect, screenshot, test } from './fixtures';

/**
 * Documents that tell the truth (issue 10): the convention's clauses are written before the budget exists, the budget
 * is filled afterwards, and the final package then states the amounts — cash and in kind apart — with no marker left.
 */
test('clauses written before the budget print the amounts once it is filled; the final package has no marker', async ({ page, app }) => {
  const full = completeProgramme();
  const programme = app.context.programmes.insert({ ...full, clauses: [], budgetLines: [], contributions: [] });
  app.context.settings.update(completeSettings());

  // 1. The officer writes the convention first.
  await app.open(page, `#/p/${programme.id}/partnership`);
  await page.getByRole('button', { name: 'Rédiger la convention' }).click();
  await expect.poll(() => app.context.programmes.get(programme.id).clauses.length).toBe(15);
  // With no budget yet, the financial clause marks its amount, and the gate says so.
  const clauseId = app.context.programmes.get(programme.id).clauses.find((c) => c.key === 'financial_terms')!.id;
  const financial = page.locator(`[id="clause.${clauseId}.text"]`);
  await expect(financial).toHaveValue(/\[À compléter/);

  // 2. Then the budget: lines and contributions, the Département's partly in kind.
  app.context.programmes.edit(programme.id, 'test', (s) => ({
    ...s,
    budgetLines: full.budgetLines.concat([
      { ...full.budgetLines[0]!, id: 'e0000000-0000-7000-8000-000000000001', label: 'Temps des agents', nature: 'in_kind', quantity: 1, unitCost: 1500, year: 2028 },
    ]),
    contributions: full.contributions.concat([
      { id: 'e0000000-0000-7000-8000-000000000002', funderId: IDS.funderDep, year: 2028, nature: 'in_kind', amount: 1500 },
    ]),
  }));

  // The unedited clause now shows today's figures, without a marker.
  await app.open(page, `#/p/${programme.id}/partnership`);
  await expect(financial).toHaveValue(/3\u202f000,00\u00a0€ en numéraire/);
  await expect(financial).not.toHaveValue(/À compléter/);

  // 3. The final package.
  await app.open(page, `#/p/${programme.id}/documents`);
  await page.getByLabel('Version définitive (refusée tant qu’il manque un élément bloquant)').check();
  await page.getByRole('button', { name: 'Générer les documents' }).click();
  await expect(page.locator('.file-list li')).toHaveCount(5, { timeout: 30_000 });
  await screenshot(page, 'documents-truth-final');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger l’archive .zip' }).click();
  const zip = unzipSync(new Uint8Array(readFileSync((await (await download).path())!)));
  const docs = Object.entries(zip).filter(([name]) => name.endsWith('.docx'));
  expect(docs).toHaveLength(5);
  const text: Record<string, string> = {};
  for (const [name, bytes] of docs) {
    const parts = unzipSync(bytes);
    for (const [part, data] of Object.entries(parts)) {
      if (!part.endsWith('.xml')) continue;
      // No marker in any part of any document, whatever its case.
      expect(strFromU8(data), `${name} ${part}`).not.toMatch(/à compléter/i);
    }
    text[name] = [...strFromU8(parts['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  }
  const of = (label: string) => Object.entries(text).find(([name]) => name.includes(label))![1];
  // The convention: the Département's cash and its in-kind contribution, each stated.
  expect(of('Convention')).toContain('3\u202f000,00\u00a0€ en numéraire');
  expect(of('Convention')).toContain('1\u202f500,00\u00a0€');
  // The délibération commits the cash on the imputation, and states the in kind apart.
  expect(of('délibération')).toContain('à hauteur de 3\u202f000,00\u00a0€, imputée au chapitre 65');
  expect(of('délibération')).toContain('valorisée à 1\u202f500,00\u00a0€');
  // The annexes print the budget's total.
  expect(of('Annexes')).toContain('12\u202f500,00\u00a0€');
});
