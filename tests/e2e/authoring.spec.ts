import type { Page } from '@playwright/test';
import { emptyProgramme } from '../../src-shared/model';
import { expectNoAxeViolations } from './axe';
import { expect, screenshot, test } from './fixtures';


async function newProgramme(page: Page, title: string) {
  await page.getByLabel('Intitulé du nouveau programme').fill(title);
  await page.getByRole('button', { name: 'Nouveau programme' }).click();
  await expect(page.locator('.programme-title')).toHaveText(title);
}

/** Waits until every pending command has been saved. */
async function saved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveText(/Enregistré|Saved/);
}

test('fill the framing of a new programme; reload: everything is there', async ({ page, app }) => {
  await app.open(page);
  await newProgramme(page, 'Insertion des jeunes');
  await expect(page.getByRole('heading', { name: 'Cadrage du programme' })).toBeVisible();
  await page.getByLabel('Acronyme').fill('CAP');
  // What the readiness check counts as missing shows under the field, and goes once filled.
  const countryStatus = page.locator('[id="framing.partnerCountry-status"]');
  await expect(countryStatus).toBeVisible();
  await page.getByLabel('Pays', { exact: false }).first().selectOption('SN');
  await expect(countryStatus).toHaveCount(0);
  await page.getByLabel('Niveau de la collectivité').selectOption('commune');
  await page.getByLabel(/^Collectivité partenaire/).fill('Commune de Ndiawara');
  await page.getByLabel('Insertion socioprofessionnelle').check();
  await page.getByLabel('Jeunesse').check();
  await page.getByRole('button', { name: 'Ajouter un public' }).click();
  await expect(page.getByLabel('Public — public sans nom')).toBeFocused();
  await page.keyboard.type('Jeunes de 16 à 25 ans');
  await page.getByLabel('Bénéficiaires directs — public sans nom').fill('400');
  await page.getByLabel('dont femmes — Jeunes de 16 à 25 ans').fill('220');
  await page.getByLabel('dont hommes — Jeunes de 16 à 25 ans').fill('180');
  await page.getByLabel(/^Date de début/).fill('2027-01-01');
  await page.getByLabel(/^Date de fin/).fill('2029-12-31');
  await expect(page.getByTestId('framing-duration')).toHaveText('Durée\u202f: 36 mois');
  // An end before the start is refused with a clear message and nothing saved.
  await page.getByLabel(/^Date de fin/).fill('2026-06-30');
  await expect(page.getByText('La date de fin précède la date de début')).toBeVisible();
  await page.getByLabel('Partenariat engagé depuis (année)').fill('2009');
  await page.getByLabel('Historique de la coopération').fill('Jumelage depuis 2009, deux conventions.');
  await page.getByLabel(/^Défi partagé/).fill('Accompagner vers l’emploi les jeunes sans qualification.');
  await page.getByLabel(/^Effets attendus/).fill('La Mission locale teste la méthode des groupements de jeunes.');
  await page.getByLabel('Acronyme').focus();
  await saved(page);
  await screenshot(page, 'authoring-framing-filled');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByLabel('Acronyme')).toHaveValue('CAP');
  await expect(page.getByLabel('Pays').first()).toHaveValue('SN');
  await expect(page.getByLabel(/^Collectivité partenaire/)).toHaveValue('Commune de Ndiawara');
  await expect(page.getByLabel('Jeunesse')).toBeChecked();
  await expect(page.getByLabel('Bénéficiaires directs — Jeunes de 16 à 25 ans')).toHaveValue('400');
  await expect(page.getByLabel(/^Date de fin/)).toHaveValue('2029-12-31');
  await expect(page.getByLabel(/^Défi partagé/)).toHaveValue('Accompagner vers l’emploi les jeunes sans qualification.');
});

test('add two stakeholders, drag one on the map and move the other with the keyboard; reload: scores kept', async ({ page, app }) => {
  await app.open(page);
  await newProgramme(page, 'Carte des acteurs');
  await page.getByRole('link', { name: /^Diagnostic partagé/ }).click();
  // The readiness link about stakeholders opens their tab and focuses the button that fixes it.
  await page.getByRole('complementary').locator('a[href*="focus=diagnosis.stakeholders"]').click();
  await expect(page.getByRole('tab', { name: /Acteurs/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Ajouter un acteur' })).toBeFocused();
  await page.getByRole('button', { name: 'Ajouter un acteur' }).click();
  await expect(page.getByLabel('Nom — acteur sans nom')).toBeFocused();
  await page.keyboard.type('Commune de Ndiawara');
  await page.getByRole('button', { name: 'Ajouter un acteur' }).click();
  await expect(page.getByLabel('Nom — acteur sans nom')).toBeFocused();
  await page.keyboard.type('Mission locale');
  await page.getByRole('button', { name: 'Ajouter un acteur' }).focus();
  await saved(page);
  const first = page.getByRole('button', { name: /^1\. Commune de Ndiawara/ });
  await expect(first).toHaveAttribute('data-interest', '3');

  // Drag the first stakeholder to the top-right cell (interest 5, influence 5).
  const svg = page.locator('.map-svg');
  const box = (await svg.boundingBox())!;
  const from = (await first.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.3, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.86, box.y + box.height * 0.12, { steps: 5 });
  await page.mouse.up();
  await expect(first).toHaveAttribute('data-interest', '5');
  await expect(first).toHaveAttribute('data-influence', '5');
  await expect(page.getByLabel('Intérêt — Commune de Ndiawara')).toHaveValue('5');

  // Arrow keys move the focused stakeholder: left = less interest, down = less influence.
  const second = page.getByRole('button', { name: /^2\. Mission locale/ });
  await second.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(second).toHaveAttribute('data-interest', '2');
  await page.keyboard.press('ArrowDown');
  await expect(second).toHaveAttribute('data-influence', '2');
  await expect(second).toBeFocused();
  await saved(page);
  await screenshot(page, 'authoring-stakeholders-map');

  await page.reload();
  await page.getByRole('tab', { name: /Acteurs/ }).click();
  await expect(page.getByRole('button', { name: /^1\. Commune de Ndiawara/ })).toHaveAttribute('data-influence', '5');
  await expect(page.getByLabel('Influence — Mission locale')).toHaveValue('2');
});

test('build a three-level problem tree with the keyboard only, derive the objective tree, edit an objective; reload', async ({ page, app }) => {
  await app.open(page);
  await newProgramme(page, 'Arbres');
  await page.getByRole('link', { name: /^Diagnostic partagé/ }).click();
  await page.getByRole('tab', { name: 'Contextes' }).focus();
  // Arrow keys move between tabs; Enter is not even needed (automatic activation).
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Arbre à problèmes/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Écrire le problème central' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Problème central', { exact: true })).toBeFocused();
  await page.keyboard.type('Chômage des jeunes de 16 à 25 ans');
  await page.keyboard.press('Enter'); // first cause
  await expect(page.getByLabel('Cause C1', { exact: true })).toBeFocused();
  await page.keyboard.type('Manque de formation professionnelle');
  await page.keyboard.press('Alt+Enter'); // sub-cause
  await expect(page.getByLabel('Cause C1.1', { exact: true })).toBeFocused();
  await page.keyboard.type('Faiblesse des centres de formation');
  await page.keyboard.press('Alt+Enter'); // third level
  await expect(page.getByLabel('Cause C1.1.1', { exact: true })).toBeFocused();
  await page.keyboard.type('Baisse des crédits de formation');
  await page.keyboard.press('Enter'); // sibling at the third level…
  await expect(page.getByLabel('Cause C1.1.2', { exact: true })).toBeFocused();
  await page.keyboard.type('Les jeunes ignorent les dispositifs');
  await page.keyboard.press('Alt+ArrowLeft'); // …outdented to the second level
  await expect(page.getByLabel('Cause C1.2', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Cause C1.2', { exact: true })).toHaveValue('Les jeunes ignorent les dispositifs');
  await page.keyboard.press('Alt+ArrowUp'); // moved before its sibling
  await expect(page.getByLabel('Cause C1.1', { exact: true })).toHaveValue('Les jeunes ignorent les dispositifs');
  await expect(page.getByLabel('Cause C1.2.1', { exact: true })).toHaveValue('Baisse des crédits de formation');
  // An effect, from the core with the keyboard: focus the core, Tab to the "add an effect" button.
  await page.getByRole('button', { name: 'Ajouter un effet' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Effet E1', { exact: true })).toBeFocused();
  await page.keyboard.type('Hausse de la précarité des familles');
  await page.keyboard.press('Tab'); // leaves the field: saved
  await saved(page);
  const diagram = page.getByRole('img', { name: /Schéma/ });
  await expect(diagram).toContainText('Chômage des jeunes de 16 à');
  await expect(diagram).toContainText('C1.2.1');
  await expect(diagram).toContainText('E1');
  await screenshot(page, 'authoring-problem-tree-keyboard');

  await page.getByRole('button', { name: 'Dériver l’arbre à objectifs' }).click();
  await saved(page);
  await page.getByRole('tab', { name: /Arbre à objectifs/ }).click();
  await expect(page.getByLabel('Objectif central', { exact: true })).toHaveValue('Accès à l’emploi des jeunes de 16 à 25 ans');
  await expect(page.getByLabel('Fin F1', { exact: true })).toHaveValue('Réduction de la précarité des familles');
  await expect(page.getByLabel('Moyen M1', { exact: true })).toHaveValue('Disponibilité suffisante de formation professionnelle');
  await expect(page.getByLabel('Moyen M1.2.1', { exact: true })).toHaveValue('Augmentation des crédits de formation');
  const rewrite = page.getByLabel('Moyen M1.1', { exact: true });
  await expect(rewrite).toHaveValue(/^\[à reformuler en situation positive\] Les jeunes ignorent/);
  await rewrite.fill('Les jeunes connaissent les dispositifs d’insertion');
  await rewrite.press('Tab');
  await saved(page);
  await page.getByRole('button', { name: 'Envoyer au cadre logique — Objectif central' }).click();
  await expect(page.getByText('Dans le cadre logique\u202f: OS1')).toBeVisible();
  await screenshot(page, 'authoring-objective-tree');

  await page.reload();
  await page.getByRole('tab', { name: /Arbre à objectifs/ }).click();
  await expect(page.getByLabel('Moyen M1.1', { exact: true })).toHaveValue('Les jeunes connaissent les dispositifs d’insertion');
  await expect(page.getByLabel('Moyen M1', { exact: true })).toHaveValue('Disponibilité suffisante de formation professionnelle');
  await page.getByRole('tab', { name: /Arbre à problèmes/ }).click();
  await expect(page.getByLabel('Cause C1.2.1', { exact: true })).toHaveValue('Baisse des crédits de formation');
});

test('generate the convention, edit a clause, undo, reset another to default; reload', async ({ page, app }) => {
  app.context.settings.update({ name: 'Département de la Vallée-Haute' });
  await app.open(page);
  await newProgramme(page, 'Convention');
  await page.getByRole('link', { name: /^Partenariat et convention/ }).click();
  await page.getByRole('button', { name: 'Rédiger la convention' }).click();
  const text1 = page.getByLabel('Texte de l’article 1', { exact: true });
  await expect(text1).toHaveValue(/^La présente convention a pour objet/);
  await expect(page.getByLabel('Texte de l’article 15', { exact: true })).toBeVisible();
  const original = await text1.inputValue();
  expect(original).toContain('Département de la Vallée-Haute');
  expect(original).toMatch(/\[À compléter\u202f: collectivité partenaire\]/);

  await text1.fill('Objet réécrit par la chargée de mission.');
  await text1.press('Tab');
  await saved(page);
  await expect(page.locator('.clause').first()).toContainText('Texte modifié');
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(text1).toHaveValue(original);
  await expect(page.locator('.clause').first()).toContainText('Texte par défaut');

  const text11 = page.getByLabel('Texte de l’article 11', { exact: true });
  const default11 = await text11.inputValue();
  await text11.fill('Préavis de six mois.');
  await text11.press('Tab');
  await saved(page);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Revenir au texte par défaut — Article 11' }).click();
  await expect(text11).toHaveValue(default11);
  await saved(page);
  await screenshot(page, 'authoring-convention');

  // The partner country's law, cited by the convention.
  const partnerLaw = page.getByLabel('Textes du pays partenaire');
  await partnerLaw.fill('Loi n° 2013-10 du 28 décembre 2013 portant Code général des collectivités locales');
  await partnerLaw.press('Tab');
  await saved(page);

  await page.reload();
  await expect(page.getByLabel('Textes du pays partenaire')).toHaveValue('Loi n° 2013-10 du 28 décembre 2013 portant Code général des collectivités locales');
  await expect(page.getByLabel('Texte de l’article 1', { exact: true })).toHaveValue(original);
  await expect(page.getByLabel('Texte de l’article 11', { exact: true })).toHaveValue(default11);
  await expect(page.locator('.clause')).toHaveCount(15);
});

test('stays fluid with 60 stakeholders and 80 problem nodes', async ({ page, app }) => {
  let n = 0;
  const id = () => `0190a0a0-0000-7000-8000-${String(n++).padStart(12, '0')}`;
  const s = emptyProgramme(id(), '2026-11-26T08:00:00.000Z', id, { title: 'Grand programme' });
  for (let i = 0; i < 60; i++) {
    s.stakeholders.push({ id: id(), name: `Acteur ${i + 1}`, type: 'association', territoryId: null, role: 'Relais', interest: (i % 5) + 1, influence: ((i * 3) % 5) + 1, contactPerson: '', email: '', phone: '' });
  }
  const core = id();
  s.problems.push({ id: core, parentId: null, kind: 'core', text: 'Problème central' });
  for (let i = 0; i < 79; i++) {
    const parent = i < 10 ? core : s.problems[1 + Math.floor((i - 10) / 7)]!.id;
    s.problems.push({ id: id(), parentId: parent, kind: i % 10 === 9 && i < 10 ? 'effect' : 'cause', text: `Cause numéro ${i + 1}` });
  }
  // Children of an effect are effects.
  const kinds = new Map(s.problems.map((p) => [p.id, p.kind]));
  for (const p of s.problems) if (p.parentId && kinds.get(p.parentId) === 'effect') p.kind = 'effect';
  app.context.programmes.insert(s);
  await page.addInitScript(() => sessionStorage.setItem('atelier.diagnosisTab', 'stakeholders'));
  await app.open(page, `#/p/${s.id}/diagnosis`);
  await expect(page.locator('.map-point')).toHaveCount(60);
  const point = page.getByRole('button', { name: /^60\. Acteur 60/ });
  await point.focus();
  const started = Date.now();
  await page.keyboard.press('ArrowUp');
  await expect(point).toHaveAttribute('data-influence', String(Math.min(5, ((59 * 3) % 5) + 2)));
  expect(Date.now() - started).toBeLessThan(1500);

  await page.getByRole('tab', { name: /Arbre à problèmes/ }).click();
  await expect(page.locator('.outline-input')).toHaveCount(80);
  const input = page.locator('.outline-input').nth(40);
  await input.click();
  const typing = Date.now();
  await page.keyboard.type(' modifiée', { delay: 10 });
  await expect(input).toHaveValue(/ modifiée$/);
  expect(Date.now() - typing).toBeLessThan(1500);
  await input.press('Tab');
  await saved(page);
  await expect(page.getByRole('img', { name: /Schéma/ })).toContainText('modifiée');
  await screenshot(page, 'authoring-large-tree');
});

test('write a context section with bold, italic and a list; stored as blocks, shown after reload', async ({ page, app }) => {
  await app.open(page);
  await newProgramme(page, 'Contextes');
  await page.getByRole('link', { name: /^Diagnostic partagé/ }).click();
  const population = page.getByRole('textbox', { name: 'Population', exact: true }).first();
  await population.click();
  await page.keyboard.type('Une population ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('très jeune');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(' et ');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('rurale');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('.\n\n48 % de moins de 20 ans\nexode vers la capitale');
  // The list button turns the two selected lines into bullets.
  await population.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.indexOf('48'), el.value.length));
  await page.getByRole('button', { name: 'Liste à puces' }).first().click();
  await expect(population).toHaveValue('Une population **très jeune** et *rurale*.\n\n- 48 % de moins de 20 ans\n- exode vers la capitale');
  await population.press('Tab');
  await saved(page);
  const id = new URL(page.url()).hash.split('/')[2]!;
  const territory = app.context.programmes.get(id).territories.find((x) => x.side === 'france')!;
  expect(territory.sections.population).toEqual([
    { type: 'paragraph', children: [{ text: 'Une population ' }, { text: 'très jeune', bold: true }, { text: ' et ' }, { text: 'rurale', italic: true }, { text: '.' }] },
    { type: 'bullet', items: [[{ text: '48 % de moins de 20 ans' }], [{ text: 'exode vers la capitale' }]] },
  ]);
  await page.reload();
  await page.getByRole('button', { name: 'Aperçu' }).first().click();
  const preview = page.getByRole('region', { name: /Aperçu de/ }).first();
  await expect(preview.locator('strong')).toHaveText('très jeune');
  await expect(preview.locator('em')).toHaveText('rurale');
  await expect(preview.locator('li')).toHaveCount(2);
});
