import { Document, Packer, Paragraph, TextRun } from 'docx';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { expectNoAxeViolations } from './axe';
import { expect, screenshot, test } from './fixtures';

/** The documents screen with the Département's template: what it lacks first, then the filled deliberation. */
test('the template check lists what the template lacks, then previews the filled deliberation', async ({
  page,
  app,
}) => {
  const ctx = app.context.programmes.context();
  app.context.settings.update(demoSettings());
  const id = app.context.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
  const lines = [
    'MODÈLE MAISON {{collectivite}}',
    '{{visas}}',
    '{{considerants}}',
    'DÉCIDE',
    '{{articles}}',
    '{{inconnu}}',
  ];
  const template = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  const base64 = (await Packer.toBuffer(template)).toString('base64');
  app.context.settings.update({ wordTemplate: { name: 'modele.docx', base64 } });

  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open(page, `#/p/${id}/documents`);
  await page.getByLabel(/Utiliser le modèle/).check();
  const check = page.locator('.template-check');
  await expect(check.getByRole('heading', { name: 'Ce que le modèle contient' })).toBeVisible();
  await expect(check).toContainText(
    'Pour la délibération, il manque au modèle : {{objet}}, {{date_seance}}, {{numero_deliberation}}.',
  );
  await expect(check).toContainText(
    'Pour le rapport, il manque au modèle : {{objet}}, {{date_seance}}, {{numero_rapport}}, {{corps}}.',
  );
  await expect(check).toContainText(
    'Balises inconnues, laissées en l’état dans le document : {{inconnu}}.',
  );

  await check.getByRole('button', { name: 'Remplir le modèle et prévisualiser la délibération' }).click();
  const preview = check.locator('.document-preview-body');
  await expect(preview).toContainText('MODÈLE MAISON Département de la Vallée-Haute', { timeout: 20_000 });
  await expect(preview).toContainText('D’approuver le programme');
  await expect(preview).toContainText('{{inconnu}}');
  await screenshot(page, 'documents-template-check');
  await expectNoAxeViolations(page);
});
