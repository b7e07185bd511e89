import { expect, screenshot, test } from './fixtures';

test('create a programme, rename it, reload: still there; undo restores the old title', async ({ page, app }) => {
  await app.open(page);
  await page.getByLabel('Intitulé du nouveau programme').fill('Insertion des jeunes');
  await page.getByRole('button', { name: 'Nouveau programme' }).click();
  await expect(page.locator('.programme-title')).toHaveText('Insertion des jeunes');
  await page.getByRole('link', { name: 'Atelier Coop' }).click();
  await page.getByRole('button', { name: 'Renommer — Insertion des jeunes' }).click();
  await page.getByLabel('Nouvel intitulé').fill('Insertion socio-professionnelle des jeunes');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('link', { name: 'Insertion socio-professionnelle des jeunes' })).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'Insertion socio-professionnelle des jeunes' }).click();
  await expect(page.locator('.programme-title')).toHaveText('Insertion socio-professionnelle des jeunes');
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(page.locator('.programme-title')).toHaveText('Insertion des jeunes');
  await page.reload();
  await expect(page.locator('.programme-title')).toHaveText('Insertion des jeunes');
  await screenshot(page, 'shell-programme');
});

test('switch the interface to English and back', async ({ page, app }) => {
  await app.open(page);
  await expect(page.getByRole('heading', { name: 'Vos programmes de coopération' })).toBeVisible();
  await page.getByLabel('Langue de l’interface').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Your cooperation programmes' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your cooperation programmes' })).toBeVisible();
  await page.getByLabel('Interface language').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Vos programmes de coopération' })).toBeVisible();
});

test('open the example and see its steps', async ({ page, app }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Ouvrir l’exemple' }).click();
  const nav = page.getByRole('navigation', { name: 'Étapes du programme' });
  for (const step of ['Cadrage', 'Diagnostic partagé', 'Partenariat et convention', 'Cadre logique', 'Indicateurs', 'Budget et financement', 'Chronogramme', 'Risques', 'Documents', 'Capitalisation']) {
    await expect(nav.getByRole('link', { name: new RegExp(`^${step}`) })).toBeVisible();
  }
  await nav.getByRole('link', { name: /^Cadre logique/ }).click();
  await expect(page).toHaveURL(/\/logframe$/);
  await screenshot(page, 'shell-example');
});

test('delete to the bin and restore', async ({ page, app }) => {
  await app.open(page);
  await page.getByLabel('Intitulé du nouveau programme').fill('À jeter');
  await page.getByRole('button', { name: 'Nouveau programme' }).click();
  await page.getByRole('link', { name: 'Atelier Coop' }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Mettre à la corbeille — À jeter' }).click();
  const bin = page.locator('.bin');
  await expect(bin.getByText('À jeter')).toBeVisible();
  await bin.getByRole('button', { name: 'Restaurer — À jeter' }).click();
  await expect(page.getByRole('link', { name: 'À jeter' })).toBeVisible();
  await expect(bin.getByText('La corbeille est vide.')).toBeVisible();
});
