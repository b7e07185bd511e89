import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../src-main/services/app';
import { buildDemoProgramme } from '../../src-shared/demo';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, screenshot, test } from './fixtures';

test('export the example, then import it as "keep both"', async ({ page, app }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Ouvrir l’exemple' }).click();
  await expect(page.locator('.programme-title')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Exporter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter le programme pour l’envoyer par courriel' });
  await expect(dialog).toBeVisible();
  await screenshot(page, 'archive-export-dialog');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.atelier$/);
  const path = join(app.dataDir, file.suggestedFilename());
  await file.saveAs(path);
  await expect(dialog.getByText(/Archive «\u202f.+\.atelier\u202f» prête \(\d+(,\d)? (Ko|Mo)\)/)).toBeVisible();
  await screenshot(page, 'archive-exported');
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  // This folder forgets the export (as if the programme had been re-created): no merge base.
  app.context.db.prepare('DELETE FROM merge_bases').run();
  await page.goto(page.url().replace(/#.*$/, '#/import'));
  await expect(page.getByRole('heading', { name: 'Importer une archive' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier .atelier…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByText(/ne descend d’aucun échange connu/)).toBeVisible();
  await screenshot(page, 'archive-import-summary');
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Comment importer cette archive\u202f?' })).toBeVisible();
  await page.getByRole('button', { name: 'Garder les deux' }).click();
  await expect(page.getByRole('main').getByText('L’archive a été importée comme un nouveau programme\u202f; le vôtre est inchangé.')).toBeVisible();
  await page.getByRole('link', { name: 'Ouvrir le programme' }).click();
  await expect(page.locator('.programme-title')).toHaveText(/\(importé\)$/);
  await page.getByRole('link', { name: 'Atelier Coop' }).click();
  await expect(page.locator('.programme-table tbody tr')).toHaveCount(2);
});

test('resolve a conflict in the review screen', async ({ page, app }) => {
  // The Département's folder (this app) exports; the partner's folder imports, renames, exports back.
  const ctx = app.context.programmes.context();
  const demo = buildDemoProgramme(ctx.newId, ctx.now);
  app.context.programmes.insert(demo);
  const ours = app.context;
  const first = await ours.archives.export(demo.id);
  const partnerDir = mkdtempSync(join(tmpdir(), 'atelier-partner-'));
  const partner = await openApp({ dataDir: partnerDir, skipDailyBackup: true });
  const archivePath = join(app.dataDir, 'retour-partenaire.atelier');
  try {
    const theirs = partner;
    await theirs.archives.import(first.bytes, { strategy: 'merge', decisions: {} });
    partner.programmes.edit(demo.id, 'programme.rename', (s) => ({ ...s, framing: { ...s.framing, title: 'Titre proposé par le partenaire' } }));
    writeFileSync(archivePath, (await theirs.archives.export(demo.id)).bytes);
  } finally {
    partner.close();
    rmSync(partnerDir, { recursive: true, force: true });
  }
  app.context.programmes.edit(demo.id, 'programme.rename', (s) => ({ ...s, framing: { ...s.framing, title: 'Titre retenu par le Département' } }));

  await app.open(page, '#/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier .atelier…' }).click();
  await (await chooser).setFiles(archivePath);
  await expect(page.getByText(/les modifications des deux côtés seront fusionnées/)).toBeVisible();
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Modifications à arbitrer' })).toBeVisible();
  const apply = page.getByRole('button', { name: 'Enregistrer la fusion' });
  await expect(apply).toBeDisabled();
  const conflict = page.locator('.conflict').first();
  await expect(conflict.getByText('Titre retenu par le Département')).toBeVisible();
  await expect(conflict.getByText('Titre proposé par le partenaire')).toBeVisible();
  // The field by its own label, under the section it sits in (not "cadrage · intitulé").
  await expect(conflict.getByRole('heading', { level: 3 })).toContainText(/Conflit 1 sur 1\s:\sIntitulé\s—\sCadrage/);
  await screenshot(page, 'archive-review');
  await expectNoAxeViolations(page);
  // Nothing written yet.
  expect(app.context.programmes.get(demo.id).framing.title).toBe('Titre retenu par le Département');
  await conflict.getByLabel('Rédiger une autre version').check();
  await conflict.getByLabel('Version retenue').fill('Titre commun');
  await expect(apply).toBeEnabled();
  await conflict.getByLabel('Prendre la version reçue').check();
  await apply.click();
  await expect(page.getByRole('main').getByText('Les modifications de votre partenaire ont été fusionnées avec les vôtres.')).toBeVisible();
  await page.getByRole('link', { name: 'Ouvrir le programme' }).click();
  await expect(page.locator('.programme-title')).toHaveText('Titre proposé par le partenaire');

  // The history shows the change that arrived in the archive.
  await page.getByRole('link', { name: 'Historique' }).click();
  await expect(page.getByRole('row', { name: /Import d’une archive/ })).toContainText('Reçue par archive');
  await page.getByLabel('Origine').selectOption('import');
  await expect(page.locator('.history-page tbody tr')).toHaveCount(1);
  await expect(page.locator('.history-page tbody tr')).toContainText('Import d’une archive');
  await screenshot(page, 'history-imported');
  expect(readFileSync(archivePath).length).toBeGreaterThan(0);
});

test('restore a backup', async ({ page, app }) => {
  await app.open(page);
  await page.getByLabel('Intitulé du nouveau programme').fill('Avant la sauvegarde');
  await page.getByRole('button', { name: 'Nouveau programme' }).click();
  await expect(page.locator('.programme-title')).toHaveText('Avant la sauvegarde');
  await app.open(page, '#/backups');
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByRole('main').getByText('Sauvegarde créée.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Sauvegarde manuelle' })).toBeVisible();

  await app.open(page, '#/');
  await page.getByLabel('Intitulé du nouveau programme').fill('Après la sauvegarde');
  await page.getByRole('button', { name: 'Nouveau programme' }).click();
  await expect(page.locator('.programme-title')).toHaveText('Après la sauvegarde');

  await app.open(page, '#/backups');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('row', { name: /Sauvegarde manuelle/ }).getByRole('button', { name: /Restaurer la sauvegarde du/ }).click();
  await expect(page.getByRole('main').getByText(/restaurée\. L’état précédent a été sauvegardé\./)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Avant une restauration' })).toBeVisible();
  await screenshot(page, 'backups');
  await app.open(page, '#/');
  await expect(page.getByRole('link', { name: 'Avant la sauvegarde' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Après la sauvegarde' })).toHaveCount(0);
});

test('archive screens have no accessibility violations (axe)', async ({ page, app }) => {
  const ctx = app.context.programmes.context();
  const demo = buildDemoProgramme(ctx.newId, ctx.now);
  app.context.programmes.insert(demo);
  await app.context.backups.create('manual');
  for (const hash of ['#/import', '#/backups', `#/p/${demo.id}/history`]) {
    await app.open(page, hash);
    await expect(page.locator('h1')).toBeVisible();
    await expectNoAxeViolations(page, hash);
  }
  await app.open(page, `#/p/${demo.id}/framing`);
  await page.getByRole('button', { name: 'Exporter…' }).click();
  await page.getByLabel('Protéger par un mot de passe').check();
  await page.getByLabel('Mot de passe', { exact: true }).fill('court');
  await expect(page.getByText('Choisissez un mot de passe d’au moins 8 caractères.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exporter', exact: true })).toBeDisabled();
  await expectNoAxeViolations(page, 'export dialog', { include: 'dialog' });
});

test('review a deleted-versus-edited entity and a diagnosis text changed on both sides', async ({ page, app }) => {
  const ctx = app.context.programmes.context();
  const demo = buildDemoProgramme(ctx.newId, ctx.now);
  app.context.programmes.insert(demo);
  const first = await app.context.archives.export(demo.id);
  const stakeholder = demo.stakeholders[0]!;
  const territory = demo.territories.find((t) => t.side === 'partner')!;
  const para = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];
  const partnerDir = mkdtempSync(join(tmpdir(), 'atelier-partner-'));
  const partner = await openApp({ dataDir: partnerDir, skipDailyBackup: true });
  const archivePath = join(app.dataDir, 'retour.atelier');
  try {
    const theirs = partner;
    await theirs.archives.import(first.bytes, { strategy: 'merge', decisions: {} });
    partner.programmes.edit(demo.id, 'edit', (s) => ({
      ...s,
      stakeholders: s.stakeholders.map((x) => (x.id === stakeholder.id ? { ...x, role: 'Rôle précisé par le partenaire' } : x)),
      territories: s.territories.map((x) => (x.id === territory.id ? { ...x, sections: { ...x.sections, poverty: para('Pauvreté selon le partenaire') } } : x)),
    }));
    writeFileSync(archivePath, (await theirs.archives.export(demo.id)).bytes);
  } finally {
    partner.close();
    rmSync(partnerDir, { recursive: true, force: true });
  }
  app.context.programmes.edit(demo.id, 'edit', (s) => ({
    ...s,
    stakeholders: s.stakeholders.filter((x) => x.id !== stakeholder.id),
    parties: s.parties.map((p) => (p.stakeholderId === stakeholder.id ? { ...p, stakeholderId: null } : p)),
    territories: s.territories.map((x) => (x.id === territory.id ? { ...x, sections: { ...x.sections, poverty: para('Pauvreté selon le Département') } } : x)),
  }));

  await app.open(page, '#/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier .atelier…' }).click();
  await (await chooser).setFiles(archivePath);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  const cards = page.locator('.conflict');
  await expect(cards).toHaveCount(2);
  const deleted = cards.filter({ hasText: 'Vous avez supprimé cet élément.' });
  await expect(deleted.getByText('Rôle précisé par le partenaire')).toBeVisible();
  await screenshot(page, 'archive-review-delete-edit');
  // Keep the deletion or restore the partner's version; the entity is then edited on its own screen.
  await expect(deleted.getByLabel('Rédiger une autre version')).toHaveCount(0);
  await deleted.getByLabel('Prendre la version reçue').check();
  const text = cards.filter({ hasText: 'Pauvreté selon le Département' });
  await expect(text.getByRole('heading', { level: 3 })).toContainText(/Pauvreté et exclusion\s—\sTerritoires › .+ › Diagnostic/);
  await expect(deleted.getByRole('heading', { level: 3 })).toContainText(/\(élément entier\)\s—\sActeurs/);
  await text.getByLabel('Rédiger une autre version').check();
  await text.getByLabel('Version retenue').fill('Pauvreté : constat partagé\n\nSecond paragraphe');
  await page.getByRole('button', { name: 'Enregistrer la fusion' }).click();
  await expect(page.getByRole('main').getByText('Les modifications de votre partenaire ont été fusionnées avec les vôtres.')).toBeVisible();
  const merged = app.context.programmes.get(demo.id);
  expect(merged.stakeholders.find((x) => x.id === stakeholder.id)?.role).toBe('Rôle précisé par le partenaire');
  expect(merged.territories.find((x) => x.id === territory.id)!.sections.poverty).toEqual([...para('Pauvreté : constat partagé'), ...para('Second paragraphe')]);
});

/** Drops files onto the window the way a file manager or a mail client does. */
async function dropFiles(page: Page, files: Array<{ name: string; bytes: Uint8Array }>) {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name));
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ name: f.name, bytes: [...f.bytes] })));
}

test('an .atelier file dropped onto the window opens in the import screen; other files are ignored', async ({ page, app }) => {
  const ctx = app.context.programmes.context();
  const demo = buildDemoProgramme(ctx.newId, ctx.now);
  app.context.programmes.insert(demo);
  const exported = await app.context.archives.export(demo.id);
  await app.open(page, '#/');
  await expect(page.getByRole('heading', { name: 'Importer une archive' })).toHaveCount(0);

  // A PDF dropped by mistake neither navigates away nor imports anything.
  await dropFiles(page, [{ name: 'compte-rendu.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }]);
  await expect(page.getByRole('link', { name: demo.framing.title })).toBeVisible();
  expect(page.url()).toMatch(/#\/$/);

  await dropFiles(page, [{ name: 'retour-partenaire.atelier', bytes: exported.bytes }]);
  await expect(page.getByRole('heading', { name: 'Importer une archive' })).toBeVisible();
  await expect(page.getByText('Fichier choisi\u202f: retour-partenaire.atelier')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Contenu de l’archive' })).toBeVisible();
  await expect(page.locator('.archive-summary')).toContainText(demo.framing.title);

  // A damaged file dropped on the open import page replaces the summary with a clear error; nothing is written.
  const before = app.context.programmes.get(demo.id);
  await dropFiles(page, [{ name: 'abîmé.atelier', bytes: exported.bytes.slice(0, 200) }]);
  await expect(page.getByText('Fichier choisi\u202f: abîmé.atelier')).toBeVisible();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('n’est pas une archive Atelier Coop lisible');
  await expect(page.getByRole('heading', { name: 'Contenu de l’archive' })).toHaveCount(0);
  expect(app.context.programmes.get(demo.id)).toEqual(before);
  await screenshot(page, 'archive-import-dropped-damaged');
});

test('attach a study to a diagnosis section and a file to the programme: listed, saved byte for byte, removed, undone', async ({ page, app }) => {
  const ctx = app.context.programmes.context();
  const demo = buildDemoProgramme(ctx.newId, ctx.now);
  app.context.programmes.insert(demo);
  const partner = demo.territories.find((t) => t.side === 'partner')!;
  const study = join(app.dataDir, 'Étude pauvreté Ndiawara.pdf');
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  writeFileSync(study, pdf);

  await app.open(page, `#/p/${demo.id}/diagnosis`);
  await page.locator('#diagnosis-tab-contexts').click();
  const block = page.locator('section.attachments').filter({ has: page.locator(`#attachments-${partner.id}`) });
  await block.getByLabel('Rubrique concernée').selectOption({ label: 'Pauvreté et exclusion' });
  const chooser = page.waitForEvent('filechooser');
  await block.getByRole('button', { name: 'Joindre un fichier…' }).click();
  await (await chooser).setFiles(study);
  const row = block.getByRole('listitem').filter({ hasText: 'Étude pauvreté Ndiawara.pdf' });
  await expect(row).toContainText('Pauvreté et exclusion · 45 o · ajouté le');
  await row.scrollIntoViewIfNeeded();
  await block.screenshot({ path: join('screenshots', 'attachments-diagnosis.png') });
  const stored = app.context.programmes.get(demo.id).attachments;
  expect(stored).toMatchObject([{ name: 'Étude pauvreté Ndiawara.pdf', ownerKind: 'territory', ownerId: partner.id, section: 'poverty' }]);

  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: /^Enregistrer sous…/ }).click();
  const saved = join(app.dataDir, 'copie.pdf');
  await (await download).saveAs(saved);
  expect(readFileSync(saved).equals(pdf)).toBe(true);

  // Programme-level files are on the framing step and do not show the diagnosis' ones.
  await app.open(page, `#/p/${demo.id}/framing`);
  const programmeFiles = page.locator('section.attachments');
  await expect(programmeFiles.getByText('Aucune pièce jointe.')).toBeVisible();

  await app.open(page, `#/p/${demo.id}/diagnosis`);
  page.once('dialog', (d) => void d.accept());
  await block.getByRole('button', { name: /^Retirer — Étude pauvreté/ }).click();
  await expect(row).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(row).toBeVisible();
});
