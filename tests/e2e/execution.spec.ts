import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { amountInDocument } from '../../src-shared/i18n/typography';
import { documentText } from '../helpers/docx-text';
import { expectNoAxeViolations } from './axe';
import { expect, screenshot, test } from './fixtures';

/** Types into the field a click has just created and focused. */
async function typeInFocused(page: Page, text: string) {
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName === 'INPUT')).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

test('on the demo, the officer starts the execution, enters a year of spending and receipts, and produces the yearly report', async ({ page, app }) => {
  test.setTimeout(120_000);
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  const ctx = app.context.programmes.context();
  app.context.settings.update(demoAuthoritySettings());
  const id = app.context.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
  await app.context.versions.freeze(id, 'CP-2027-03-14', '2027-03-15');
  const lines = app.context.programmes.get(id).budgetLines.filter((l) => l.year === 2027);

  await app.open(page, `#/p/${id}/execution`);
  await expect(page.getByRole('heading', { name: 'Exécution', level: 1 })).toBeVisible();
  // Freezing the « as voted » version voted the programme: nothing left to mark.
  await expect(page.getByText('Phase actuelle : Voté')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Marquer comme voté' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Démarrer l’exécution' }).click();
  await expect(page.getByText('Phase actuelle : En exécution')).toBeVisible();

  // Two spending entries of 2027, each on its line with its voucher; one receipt.
  await expect(page.getByLabel('Année', { exact: true })).toHaveValue('2027');
  const amounts = [1250.5, 480];
  for (const [i, amount] of amounts.entries()) {
    await page.getByRole('button', { name: '+ Ajouter une dépense' }).click();
    await typeInFocused(page, String(amount).replace('.', ','));
    await page.getByLabel(`Ligne budgétaire ${i + 1}`).selectOption(lines[i]!.id);
    await page.getByLabel(`Pièce (facture, mandat) ${i + 1}`).fill(`Mandat 2027-00${i + 1}`);
    await page.getByLabel(`Pièce (facture, mandat) ${i + 1}`).press('Tab');
  }
  await page.getByRole('button', { name: '+ Ajouter une recette' }).click();
  await typeInFocused(page, '5000');
  const total = amountInDocument(1730.5, 'fr');
  await expect(page.locator('#execution\\.byCategory tfoot')).toContainText('1 730,50');

  // The year's report texts.
  await page.getByRole('button', { name: 'Rédiger le rapport 2027' }).click();
  await page.getByLabel('Activités réalisées').fill('La première cohorte de jeunes a suivi le parcours d’orientation.');
  await page.getByLabel('Difficultés rencontrées').fill('La saison des pluies a retardé deux ateliers.');
  await page.getByLabel('Programme de l’année suivante').fill('Ouvrir la deuxième cohorte en 2028.');
  await page.getByLabel('Programme de l’année suivante').press('Tab');
  await expect(page.getByText('Enregistré').first()).toBeVisible();
  await screenshot(page, 'execution-year');
  await expectNoAxeViolations(page);

  // Stored as entered: two entries with their vouchers, one receipt.
  const stored = app.context.programmes.get(id);
  expect(stored.expenditures.map((e) => [e.budgetLineId, e.year, e.amount, e.reference])).toEqual([
    [lines[0]!.id, 2027, 1250.5, 'Mandat 2027-001'],
    [lines[1]!.id, 2027, 480, 'Mandat 2027-002'],
  ]);
  expect(stored.receipts.map((r) => [r.year, r.amount])).toEqual([[2027, 5000]]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Produire le rapport 2027 (version définitive)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Rapport d’exécution 2027 - CAP JEUNES.docx');
  const text = documentText(readFileSync((await file.path())!));
  expect(text).toContain('Rapport technique et financier 2027');
  expect(text).toContain('La première cohorte de jeunes a suivi le parcours d’orientation.');
  expect(text).toContain('Mandat 2027-002');
  // The table by category and the statement of spending both total the entries.
  expect(text.split(total).length - 1).toBeGreaterThanOrEqual(2);

  // The programme list: the phase, the next report, and the year's executed amount for the partner country.
  await app.open(page, '#/');
  const standing = page.locator('#portfolio\\.standing');
  await expect(standing).toContainText('En exécution');
  await expect(standing).toContainText('Rapport 2027');
  const row2027 = page.locator('#portfolio\\.totals tr', { hasText: '2027' });
  await expect(row2027).toContainText('Sénégal');
  await expect(row2027).toContainText('1 730,50');
  // The totals say what they sum: every funder's budget planned, the spending entered; not the e-APD's figure.
  await expect(page.locator('#portfolio-sums')).toContainText('tous financeurs confondus');
  await expect(page.locator('#portfolio-sums')).toContainText('La déclaration e-APD ne compte que la part propre de la collectivité');
  await expectNoAxeViolations(page);
});
