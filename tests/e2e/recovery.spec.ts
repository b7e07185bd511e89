import { expect, screenshot, test } from './fixtures';
import type { AppFixture } from './fixtures';

/** Writes a row as damage would, bypassing the CHECK (json_valid) constraints (as tests/integration/recovery does). */
function damage(app: AppFixture, sqlText: string, ...params: unknown[]): void {
  app.context.db.pragma('ignore_check_constraints = ON');
  app.context.db.prepare(sqlText).run(...params);
  app.context.db.pragma('ignore_check_constraints = OFF');
  app.context.programmes.invalidate();
}

test('damaged settings and a damaged row: the programme opens, says what is lost, and the settings are repaired', async ({ page, app }) => {
  app.context.settings.update({ name: 'Département de la Drôme', authorName: 'Claire Martin' });
  await app.open(page);
  await page.getByRole('button', { name: 'Ouvrir l’exemple' }).click();
  await expect(page.locator('.programme-title')).not.toBeEmpty();
  const url = page.url();
  const programmeId = /#\/p\/([^/]+)/.exec(url)![1]!;
  const line = app.context.programmes.get(programmeId).budgetLines[1]!;

  // The settings row cut short (not JSON), one budget line that no longer validates.
  damage(app, "UPDATE settings SET data = ? WHERE key = 'authority'", '{"name": "Département de la Drô');
  damage(app, 'UPDATE budget_lines SET data = ? WHERE id = ?', JSON.stringify({ id: line.id, label: 42 }), line.id);
  await page.reload();

  await expect(page.locator('.programme-title')).not.toBeEmpty();
  const settingsBanner = page.getByTestId('settings-damaged');
  await expect(settingsBanner).toContainText('Les paramètres du Département enregistrés sont endommagés');
  const rowBanner = page.getByTestId('programme-damaged');
  await expect(rowBanner).toContainText('Une partie du programme est illisible');
  await expect(rowBanner).toContainText('lignes budgétaires');
  await expect(rowBanner.getByRole('link', { name: 'Ouvrir les sauvegardes' })).toHaveAttribute('href', '#/backups');
  await screenshot(page, 'recovery-banners');

  await settingsBanner.getByRole('button', { name: 'Réparer les paramètres' }).click();
  await expect(page.getByText(/Paramètres réparés/)).toBeVisible();
  await expect(settingsBanner).toHaveCount(0);
  // Repaired: the settings read again, the settings row is valid JSON, and a backup was made before.
  expect(() => app.context.settings.get()).not.toThrow();
  expect(app.context.backups.list().some((b) => b.reason === 'before-repair')).toBe(true);
  // The damaged row is still said (only a backup brings it back), with its way out.
  await expect(rowBanner).toBeVisible();
  await rowBanner.getByRole('link', { name: 'Ouvrir les sauvegardes' }).click();
  await expect(page).toHaveURL(/#\/backups$/);
});
