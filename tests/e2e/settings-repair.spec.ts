import { basename } from 'node:path';
import { expect, screenshot, test } from './fixtures';

/**
 * Damaged settings reached from the settings page itself (not from a programme): the page says which fields
 * are damaged and offers the repair, which backs the data up first; the readable fields are kept.
 */
test('the settings page repairs damaged settings: what is damaged, a backup first, the readable fields kept', async ({ page, app }) => {
  app.context.settings.update({ name: 'Département de la Drôme', authorName: 'Claire Martin' });
  // The president's name stored as a number: valid JSON, one field that no longer validates.
  const stored = { ...app.context.settings.get(), presidentName: 42 };
  app.context.db.prepare("UPDATE settings SET data = ? WHERE key = 'authority'").run(JSON.stringify(stored));
  const backupsBefore = app.context.backups.list().length;

  await app.open(page, '#/settings');
  const banner = page.getByTestId('settings-damaged');
  await expect(banner).toContainText('ne peuvent être ni affichés ni modifiés avant réparation');
  await expect(banner).toContainText('Champs endommagés\u202f: Président ou présidente (prénom et nom).');
  await expect(banner.getByRole('link', { name: 'Ouvrir les sauvegardes' })).toHaveAttribute('href', '#/backups');
  // Nothing to type into while the settings cannot be saved.
  await expect(page.getByLabel('Nom du Département')).toHaveCount(0);
  await screenshot(page, 'settings-damaged');

  await banner.getByRole('button', { name: 'Réparer les paramètres' }).click();
  const outcome = page.getByRole('status').filter({ hasText: 'Paramètres réparés' });
  await expect(outcome).toContainText('1 champ illisible a été vidé');
  await expect(outcome).toContainText('Champs vidés, à ressaisir\u202f: Président ou présidente (prénom et nom).');
  await expect(banner).toHaveCount(0);
  // The form is back with what could be read, and it saves again.
  await expect(page.getByLabel('Nom du Département')).toHaveValue('Département de la Drôme');
  await expect(page.getByLabel('Votre nom')).toHaveValue('Claire Martin');
  const backups = app.context.backups.list();
  expect(backups.length).toBe(backupsBefore + 1);
  expect(backups.some((b) => b.reason === 'before-repair')).toBe(true);
  await expect(outcome).toContainText(basename(backups.find((b) => b.reason === 'before-repair')!.file));
  expect(app.context.settings.get().name).toBe('Département de la Drôme');
  await screenshot(page, 'settings-repaired');
});
