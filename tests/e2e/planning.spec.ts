import type { Page } from '@playwright/test';
import { completeProgramme, completeSettings } from '../unit/readiness-fixture';
import { expectNoAxeViolations } from './axe';
import { expect, screenshot, test } from './fixtures';


const SCREENS = ['logframe', 'indicators', 'budget', 'timeline', 'risks', 'readiness'] as const;

for (const lang of ['fr', 'en'] as const) {
  test(`each planning screen of a complete programme: 0 axe violations (${lang})`, async ({ page, app }) => {
    const s = completeProgramme();
    app.context.programmes.insert(s);
    app.context.settings.update(completeSettings());
    await page.addInitScript((l) => localStorage.setItem('atelier.lang', l), lang);
    for (const step of SCREENS) {
      await app.open(page, `#/p/${s.id}/${step}`);
      await expect(page.locator('main h1')).toBeVisible();
      if (step === 'indicators') await page.locator('.ind-card summary').first().click();
      await screenshot(page, `planning-${step}-${lang}`);
      await expectNoAxeViolations(page);
    }
  });
}

/** Types into the field a command has just created, once it has received the focus. */
async function typeInNew(page: Page, text: string) {
  await expect
    .poll(() => page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
      return !!el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') && el.value === '';
    }))
    .toBe(true);
  await page.keyboard.type(text);
}

/** Codes shown in the matrix, top to bottom. */
async function matrixCodes(page: Page): Promise<string[]> {
  return page.locator('.lf-code-text').allTextContents();
}

test('build a small logframe with keyboard and mouse, indicators with SDG and monitoring, a budget, then the readiness panel', async ({ page, app }) => {
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack));
  page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
  const created = app.context.programmes.create('Insertion des jeunes');
  const id = created.id;
  await app.open(page, `#/p/${id}/logframe`);

  // Logframe: goal, one specific objective, two results, three activities.
  await page.getByRole('button', { name: 'Ajouter l’objectif global' }).click();
  await typeInNew(page, 'Contribuer à l’inclusion des jeunes');
  await page.getByRole('button', { name: 'Ajouter un objectif spécifique sous OG' }).click();
  await typeInNew(page, 'Les jeunes accèdent à un accompagnement');
  await page.getByRole('button', { name: 'Ajouter un résultat sous OS1' }).click();
  await typeInNew(page, 'Un service d’accompagnement fonctionne');
  // Keyboard only: Tab to the button and press Enter.
  await page.getByRole('button', { name: 'Ajouter un résultat sous OS1' }).focus();
  await page.keyboard.press('Enter');
  await typeInNew(page, 'Des employeurs sont mobilisés');
  await page.getByRole('button', { name: 'Ajouter une activité sous R1.1' }).click();
  await typeInNew(page, 'Former les agents');
  await page.getByRole('button', { name: 'Ajouter une activité sous R1.1' }).click();
  await typeInNew(page, 'Réunir les employeurs');
  await page.getByRole('button', { name: 'Ajouter une activité sous R1.2' }).click();
  await typeInNew(page, 'Organiser des stages');
  await page.keyboard.press('Tab');
  await expect.poll(() => matrixCodes(page)).toEqual(['OG', 'OS1', 'R1.1', 'A1.1.1', 'A1.1.2', 'R1.2', 'A1.2.1']);

  // Keyboard move: Alt+↑ in R1.2 makes it R1.1, its activity follows.
  await page.getByLabel('Logique d’intervention — R1.2').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => matrixCodes(page)).toEqual(['OG', 'OS1', 'R1.1', 'A1.1.1', 'R1.2', 'A1.2.1', 'A1.2.2']);
  await expect(page.getByLabel('Logique d’intervention — R1.1')).toHaveValue('Des employeurs sont mobilisés');

  // Mouse: drag "Réunir les employeurs" (A1.2.2) onto R1.1: it becomes its second activity.
  const dragged = page.locator('tr', { has: page.getByLabel('Logique d’intervention — A1.2.2') }).locator('.lf-drag');
  // Dropped on the row's code cell: the matrix is wider than its box, so the row's centre may lie outside what shows.
  await dragged.dragTo(page.locator('tr', { has: page.getByLabel('Logique d’intervention — R1.1') }).locator('th'));
  await expect(page.getByLabel('Logique d’intervention — A1.1.2')).toHaveValue('Réunir les employeurs');
  // Parent picker: move it back under R1.2.
  await page.getByLabel('Déplacer A1.1.2 sous…').selectOption({ label: 'R1.2' });
  await expect(page.getByLabel('Logique d’intervention — A1.2.2')).toHaveValue('Réunir les employeurs');
  await screenshot(page, 'planning-flow-logframe');

  // Indicators: one on R1.1 with baseline, target and SDG target 8.5 found by a word.
  await page.getByRole('navigation', { name: 'Étapes du programme' }).getByRole('link', { name: /^Indicateurs/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indicateurs' })).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter un indicateur à R1.1' }).click();
  await typeInNew(page, 'Nombre d’employeurs partenaires');
  await page.getByLabel('Unité').fill('employeurs');
  await page.getByLabel('Valeur de référence').fill('3');
  await page.getByLabel('Date de la référence').fill('2026-12-31');
  await page.getByLabel('Source de vérification').fill('Conventions de stage signées');
  await page.getByRole('button', { name: '+ Ajouter une cible' }).click();
  await page.getByLabel('Valeur de la cible 1').fill('20');
  await page.getByLabel('Échéance de la cible 1').fill('2029-12-31');
  await page.getByLabel('Rechercher une cible ODD (code ou mots)').fill('décent');
  await page.getByRole('button', { name: /^Ajouter la cible 8\.5/ }).click();
  await expect(page.locator('.sdg-selected')).toContainText('8.5');
  // Two monitoring values, then the chart and its table.
  for (const [date, value] of [
    ['2027-12-31', '8'],
    ['2028-12-31', '13'],
  ] as const) {
    await page.getByLabel('Date du relevé', { exact: true }).fill(date);
    await page.getByLabel('Valeur relevée', { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    await expect(page.getByLabel('Date du relevé', { exact: true })).toHaveValue('');
  }
  const chart = page.getByRole('img', { name: /Progression de R1\.1-I1/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('circle')).toHaveCount(2);
  await expect(page.locator('.pc-table tbody tr')).toHaveCount(4);
  await expect(page.locator('.pc-table')).toContainText('13');
  await screenshot(page, 'planning-flow-indicators');
  const snapshot = app.context.programmes.get(id);
  expect(snapshot.indicators[0]).toMatchObject({ unit: 'employeurs', baselineValue: 3, sdgTargets: ['8.5'] });
  expect(snapshot.monitoringValues.map((v) => v.value)).toEqual([8, 13]);

  // Budget: one line of 10 000 €, two funders that balance it; then unbalance it.
  await page.getByRole('navigation', { name: 'Étapes du programme' }).getByRole('link', { name: /^Budget/ }).click();
  await page.getByRole('button', { name: 'Ajouter une ligne de dépense' }).click();
  await typeInNew(page, 'Missions d’échange');
  await page.getByLabel('Quantité de la ligne 1').fill('2');
  await page.getByLabel('Coût unitaire (€) de la ligne 1').fill('5000');
  await page.getByLabel('Coût unitaire (€) de la ligne 1').blur();
  await expect(page.getByTestId('budget-expenses')).toHaveText(/10\s000\s€/);
  for (const [name, amount] of [
    ['Département', '4000'],
    ['MEAE', '6000'],
  ] as const) {
    await page.getByRole('button', { name: 'Ajouter un financeur' }).click();
    await typeInNew(page, name);
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: `Ajouter une contribution de ${name}` }).click();
    const field = page.getByLabel(`Montant (€) de la contribution 1 de ${name}`);
    await field.fill(amount);
    await field.blur();
  }
  await expect(page.getByTestId('budget-status')).toHaveText(/Équilibré/);
  await expect(page.locator('.fc-table')).toContainText('60 %');
  await page.getByLabel('Montant (€) de la contribution 1 de MEAE').fill('5000');
  await page.getByLabel('Montant (€) de la contribution 1 de MEAE').blur();
  await expect(page.getByTestId('budget-status')).toHaveText(/Déséquilibré\s: il manque 1\s000\s€ de recettes/);
  await screenshot(page, 'planning-flow-budget');

  // Readiness: the gaps are listed by step; a click lands on the field.
  await page.getByRole('link', { name: /^Prêt pour la délibération/ }).click();
  const panel = page.locator('.readiness-page');
  await expect(panel.getByRole('link', { name: /Le plan de financement n’est pas équilibré/ })).toBeVisible();
  await expect(panel.getByRole('link', { name: 'R1.2 n’a aucun indicateur.' })).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Aucun risque n’est identifié.' })).toBeVisible();
  await screenshot(page, 'planning-flow-readiness');
  await panel.getByRole('link', { name: /Le plan de financement n’est pas équilibré/ }).click();
  await expect(page).toHaveURL(/\/budget\?focus=budget\.balance$/);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('budget.balance');
  await page.getByRole('link', { name: /^Prêt pour la délibération/ }).click();
  await panel.getByRole('link', { name: 'R1.2 n’a aucun indicateur.' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^indicators\.add\./);
  await page.getByRole('link', { name: /^Prêt pour la délibération/ }).click();
  await panel.getByRole('link', { name: /A1\.1\.1\s: l’activité n’a pas de dates/ }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/^timeline\./);
  // The Département's particulars live in the settings: the link opens them on the field.
  await page.getByRole('link', { name: /^Prêt pour la délibération/ }).click();
  await panel.getByRole('link', { name: /le nom du Département manque/ }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('settings.name');
});

test.afterEach(async ({ page }, info) => {
  if (info.status !== info.expectedStatus) await screenshot(page, `planning-failure-${info.retry}-${info.repeatEachIndex}`);
});

test('the logframe of the large programme opens and scrolls (virtualised)', async ({ page, app }) => {
  const { generateLargeProgramme } = await import('../../bench/generate');
  const large = generateLargeProgramme(1);
  app.context.programmes.insert(large);
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack?.slice(0, 600)));
  await app.open(page, `#/p/${large.id}/logframe`);
  await expect(page.locator('.lf-row').first()).toBeVisible();
  const rendered = await page.locator('.lf-row').count();
  expect(rendered).toBeLessThan(80);
  // A readiness link to a row far down brings it into view and focuses it.
  const last = large.logframe.filter((r) => r.level === 'activity').at(-1)!;
  await app.open(page, `#/p/${large.id}/logframe?focus=logframe.${last.id}.means`);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`logframe.${last.id}.means`);
  await screenshot(page, 'planning-large-logframe');
  // The other screens stay usable on the large programme.
  for (const step of ['indicators', 'budget', 'timeline', 'risks', 'readiness'] as const) {
    const t0 = Date.now();
    await app.open(page, `#/p/${large.id}/${step}`);
    await expect(page.locator('main h1')).toBeVisible();
    console.log(`large ${step}: ${Date.now() - t0} ms`);
  }
  // 600 budget lines: only those on screen are rendered, and a link to the last one reaches it.
  const lastLine = large.budgetLines.at(-1)!;
  await app.open(page, `#/p/${large.id}/budget?focus=budgetLine.${lastLine.id}.unitCost`);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`budgetLine.${lastLine.id}.unitCost`);
  expect(await page.locator('.budget-lines tbody tr').count()).toBeLessThan(100);
});

test('timeline: a bar moves by keyboard and by pointer drag; dates follow in the table', async ({ page, app }) => {
  const s = completeProgramme();
  app.context.programmes.insert(s);
  await app.open(page, `#/p/${s.id}/timeline`);
  const bar = page.getByRole('button', { name: /^A1\.1\.1 Former les éducateurs/ });
  await bar.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Début de A1.1.1')).toHaveValue('2027-03-01');
  await expect(page.getByLabel('Fin de A1.1.1')).toHaveValue('2027-07-31');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByLabel('Fin de A1.1.1')).toHaveValue('2027-06-30');
  // Pointer: drag the bar two months to the right (20 px per month at the monthly scale).
  const box = (await bar.locator('rect.g-bar').boundingBox())!;
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 30, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + 50, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByLabel('Début de A1.1.1')).toHaveValue('2027-05-01');
  await expect(page.getByLabel('Fin de A1.1.1')).toHaveValue('2027-08-31');
  // Fields: typing a date updates the bar's label.
  await page.getByLabel('Début de A1.1.1').fill('2027-01-01');
  await expect(page.getByRole('button', { name: /^A1\.1\.1 Former les éducateurs, du 1er janvier 2027/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /R1\.1-I1 — cible finale 100/ })).toHaveCount(1);
  await screenshot(page, 'planning-flow-timeline');
  expect(app.context.programmes.get(s.id).logframe.find((r) => r.text === 'Former les éducateurs')).toMatchObject({ startDate: '2027-01-01', endDate: '2027-08-31' });
});
