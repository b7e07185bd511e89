import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { expectNoAxeViolations as noAxeViolations } from './axe';
import { expect, screenshot, test, type AppFixture } from './fixtures';

function seedDemo(app: AppFixture): string {
  const ctx = app.context.programmes.context();
  app.context.settings.update(demoAuthoritySettings());
  return app.context.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
}

test('generate the final package of the demo, preview the rapport, download one zip', async ({
  page,
  app,
}) => {
  const id = seedDemo(app);
  await app.open(page, `#/p/${id}/documents`);
  await expect(page.getByRole('heading', { name: 'Documents pour l’assemblée' })).toBeVisible();
  await page.getByLabel('Version définitive (refusée tant qu’il manque un élément bloquant)').check();
  await page.getByRole('button', { name: 'Générer les documents' }).click();
  const list = page.locator('.file-list li');
  await expect(list).toHaveCount(5, { timeout: 30_000 });
  await expect(page.getByText('5 documents générés.').first()).toBeVisible();

  await page.getByRole('button', { name: /^Prévisualiser : 1 - Rapport de la Présidente/ }).click();
  const preview = page.locator('.document-preview-body');
  await expect(preview).toContainText('Rapport de la Présidente du Conseil départemental à la Commission permanente', { timeout: 20_000 });
  await expect(preview).toContainText('Je vous propose de bien vouloir');
  await screenshot(page, 'documents-preview');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger l’archive .zip' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/documents\.zip$/);
  const entries = Object.keys(unzipSync(new Uint8Array(readFileSync((await file.path())!))));
  expect(entries).toHaveLength(5);
  expect(entries.every((e) => e.endsWith('.docx'))).toBe(true);
  await expect(page.getByText('Archive téléchargée.')).toBeVisible();
  await noAxeViolations(page);
});

test('the final version of an incomplete programme is refused with links; a draft is produced', async ({
  page,
  app,
}) => {
  const created = app.context.programmes.create('Programme à peine commencé');
  await app.open(page, `#/p/${created.id}/documents`);
  await page.getByLabel('Version définitive (refusée tant qu’il manque un élément bloquant)').check();
  await page.getByRole('button', { name: 'Générer les documents' }).click();
  const blockers = page.locator('.blockers');
  await expect(
    blockers.getByRole('heading', { name: 'Éléments à compléter avant la version définitive' }),
  ).toBeVisible();
  await expect(blockers.getByRole('alert')).toContainText(/\d+ éléments? bloquants? à compléter/);
  await expect(page.locator('.file-list li')).toHaveCount(0);
  await screenshot(page, 'documents-refused');
  await noAxeViolations(page);

  await page.getByLabel('Brouillon (les valeurs manquantes sont signalées en surligné)').check();
  await page.getByRole('button', { name: 'Générer les documents' }).click();
  await expect(page.locator('.file-list li')).toHaveCount(5, { timeout: 30_000 });
  await expect(page.getByText(/\d+ valeurs? manquantes? signalées? dans le brouillon/)).toBeVisible();

  // A settings item links to the settings page, focused on the field.
  await page.getByLabel('Version définitive (refusée tant qu’il manque un élément bloquant)').check();
  await page.getByRole('button', { name: 'Générer les documents' }).click();
  await blockers.getByRole('link', { name: /tribunal administratif/i }).click();
  await expect(page.getByRole('heading', { name: 'Paramètres du Département' })).toBeVisible();
  await expect(page.getByLabel(/Tribunal administratif compétent/)).toBeFocused();
});

test('settings: enter the particulars once, they reach the documents', async ({ page, app }) => {
  await app.open(page, '#/settings');
  await expect(page.getByRole('heading', { name: 'Paramètres du Département' })).toBeVisible();
  await page.getByLabel('Nom du Département').fill('Département de la Sarthe-Haute');
  await page.getByLabel('Nom du Département').blur();
  await expect.poll(() => app.context.settings.get().name).toBe('Département de la Sarthe-Haute');
  await page.getByLabel('Titre dans les documents').selectOption('presidente');
  await expect.poll(() => app.context.settings.get().presidentTitle).toBe('presidente');
  // The session particulars are no longer here: they belong to each programme.
  await expect(page.getByLabel(/Date de séance/)).toHaveCount(0);
  await expect(page.getByText(/propres à chaque programme/)).toBeVisible();
  await expect(page.getByRole('cell', { name: '{{considerants}}' })).toBeVisible();
  await screenshot(page, 'settings');
  await noAxeViolations(page);
});

test('capitalisation: facts from the programme, a suggestion taken in one click', async ({ page, app }) => {
  const id = seedDemo(app);
  app.context.programmes.edit(id, 'test', (s) => ({
    ...s,
    capitalisation: { ...s.capitalisation, reciprocity: '' },
  }));
  await app.open(page, `#/p/${id}/capitalisation`);
  await expect(page.getByRole('heading', { name: 'Fiche de capitalisation' })).toBeVisible();
  await expect(page.locator('.known-facts')).toContainText('R1.1');
  const field = page.locator('[id="capitalisation.reciprocity"]');
  await expect(field).toHaveValue('');
  await page
    .locator('.capitalisation-field')
    .filter({ has: field })
    .getByRole('button', { name: 'Reprendre cette proposition' })
    .click();
  const expected = app.context.programmes.get(id).framing.reciprocityEffects.trim();
  await expect(field).toHaveValue(expected);
  await expect.poll(() => app.context.programmes.get(id).capitalisation.reciprocity).toBe(expected);
  await screenshot(page, 'capitalisation');
  await noAxeViolations(page);
});

test('settings: load a Word template, see its placeholders; the documents use it', async ({ page, app }) => {
  const id = seedDemo(app);
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const lines = ['MODÈLE MAISON {{collectivite}}', '{{corps}}', '{{inconnu}}'];
  const template = await Packer.toBuffer(
    new Document({
      sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
    }),
  );
  await app.open(page, '#/settings');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Charger un modèle .docx…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'modele.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: template,
  });
  await expect(page.getByText('Espaces réservés reconnus : collectivite, corps')).toBeVisible();
  await expect(
    page.getByText('Espaces réservés inconnus (laissés tels quels dans le document) : inconnu'),
  ).toBeVisible();
  await expect(page.getByText('Modèle enregistré : modele.docx')).toBeVisible();
  await expect.poll(() => app.context.settings.get().wordTemplate?.name).toBe('modele.docx');

  await page.goto(page.url().replace(/#.*$/, `#/p/${id}/documents`));
  await page.getByRole('checkbox', { name: /Utiliser le modèle du Département/ }).check();
  for (const kind of [
    'Convention de partenariat',
    'Annexes (cadre logique, indicateurs, budget, chronogramme)',
    'Fiche de capitalisation',
  ]) {
    await page.getByRole('checkbox', { name: kind }).uncheck();
  }
  await page.getByRole('button', { name: 'Générer les documents' }).click();
  await expect(page.locator('.file-list li')).toHaveCount(2, { timeout: 30_000 });
  await page.getByRole('button', { name: /^Prévisualiser : 2 - Projet de délibération/ }).click();
  await expect(page.locator('.document-preview-body')).toContainText(
    'MODÈLE MAISON Département de la Vallée-Haute',
    { timeout: 20_000 },
  );
  await expect(page.locator('.document-preview-body')).toContainText('DÉCIDE');
});

test('Excel: an unreadable logframe names each row and changes nothing', async ({ page, app }) => {
  const id = seedDemo(app);
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Cadre logique');
  sheet.addRow(['Code', 'Niveau', 'Logique d’intervention']);
  sheet.addRow(['OG', 'Objectif global', 'Réduire le chômage des jeunes']);
  sheet.addRow(['', 'Résultat attendu', 'Sans objectif spécifique au-dessus']);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const before = app.context.programmes.get(id).logframe.length;
  await app.open(page, `#/p/${id}/documents`);
  page.once('dialog', (dialog) => void dialog.accept());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer un cadre logique (.xlsx)' }).click();
  await (await chooser).setFiles({ name: 'cadre.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
  const alert = page.locator('.documents-excel [role="alert"]');
  await expect(alert).toContainText('Le fichier n’a pas pu être importé');
  await expect(alert).toContainText(
    'ligne 3 : une ligne « Résultat attendu » doit venir après une ligne du niveau supérieur',
  );
  // A refused file is not a failed save: the programme stays "saved".
  await expect(page.getByText('Non enregistré')).toHaveCount(0);
  expect(app.context.programmes.get(id).logframe.length).toBe(before);
  await screenshot(page, 'documents-excel-error');
});

test('the documents screen in English, documents in English', async ({ page, app }) => {
  const id = seedDemo(app);
  app.context.settings.update({ documentLanguages: ['fr', 'en'] });
  await app.open(page, `#/p/${id}/documents`);
  await page.getByLabel('Langue de l’interface').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Documents for the council' })).toBeVisible();
  await page.getByLabel('Language of the documents').selectOption('en');
  for (const kind of [
    'President’s report',
    'Partnership agreement',
    'Annexes (logical framework, indicators, budget, timeline)',
    'Capitalisation sheet',
  ]) {
    await page.getByRole('checkbox', { name: kind }).uncheck();
  }
  await page.getByRole('button', { name: 'Generate the documents' }).click();
  await expect(page.locator('.file-list li')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('.file-list li')).toContainText('2 - Draft deliberation');
  await page.getByRole('button', { name: /^Preview/ }).click();
  await expect(page.locator('.document-preview-body')).toContainText('DECIDES', { timeout: 20_000 });
  await screenshot(page, 'documents-en');
  await noAxeViolations(page);
});
