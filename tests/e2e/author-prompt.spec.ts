import { expectNoAxeViolations } from './axe';
import { expect, screenshot, test } from './fixtures';

/** Every edit is logged with its author: a fresh folder asks who is writing before the first edit is made. */
test('a fresh folder asks for the author’s name; the first edit’s history entry carries it', async ({ page, app }) => {
  expect(app.context.settings.get().authorName).toBe('');
  await app.open(page, '#/');
  const prompt = page.getByRole('region', { name: 'Qui rédige ce programme ?' });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByLabel('Votre nom')).toBeFocused();
  await screenshot(page, 'author-prompt');
  await expectNoAxeViolations(page);

  // No name: a clear message, nothing saved.
  await prompt.getByRole('button', { name: 'Inscrire mon nom' }).click();
  await expect(prompt.getByText('Indiquez votre nom, ou choisissez « Plus tard ».')).toBeVisible();
  await expect(prompt.getByLabel('Votre nom')).toHaveAttribute('aria-invalid', 'true');
  expect(app.context.settings.get().authorName).toBe('');

  await prompt.getByLabel('Votre nom').fill('Awa Diop');
  await prompt.getByLabel('Votre service ou organisation').fill('Service coopération internationale');
  await prompt.getByRole('button', { name: 'Inscrire mon nom' }).click();
  await expect(prompt).toBeHidden();
  await expect.poll(() => app.context.settings.get().authorName).toBe('Awa Diop');
  expect(app.context.settings.get().authorOrganisation).toBe('Service coopération internationale');

  // The first edits are the author's.
  await page.getByLabel('Intitulé du nouveau programme').fill('Jeunesse et sport');
  await page.getByRole('button', { name: 'Nouveau programme' }).click();
  await page.getByLabel('Acronyme').fill('JES');
  await page.getByLabel('Acronyme').press('Tab');
  await page.getByRole('link', { name: 'Historique', exact: true }).click();
  const rows = page.locator('.history-page tbody tr');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row).toContainText('Awa Diop');
  await expect(page.locator('.history-page')).not.toContainText('Auteur non renseigné');

  // Asked once: the list no longer asks.
  await page.getByRole('link', { name: 'Atelier Coop' }).click();
  await expect(page.getByRole('heading', { name: 'Vos programmes de coopération' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Qui rédige ce programme ?' })).toHaveCount(0);
});

test('Escape puts the question off for this session; nothing is saved', async ({ page, app }) => {
  await app.open(page, '#/');
  const prompt = page.getByRole('region', { name: 'Qui rédige ce programme ?' });
  await expect(prompt.getByLabel('Votre nom')).toBeFocused();
  await page.keyboard.type('Awa');
  await page.keyboard.press('Escape');
  await expect(prompt).toHaveCount(0);
  await expect(page.getByLabel('Intitulé du nouveau programme')).toBeVisible();
  expect(app.context.settings.get().authorName).toBe('');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vos programmes de coopération' })).toBeVisible();
  await expect(prompt).toHaveCount(0);
});
