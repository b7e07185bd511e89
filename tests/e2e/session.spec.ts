import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { SessionParticulars } from '../../src-shared/model';
import { expectNoAxeViolations } from './axe';
import { expect, screenshot, test, type AppFixture } from './fixtures';

/** The demo programme (its budget plans the Département's cash by year) with nothing entered for its session. */
function seedWithoutSession(app: AppFixture): string {
  const ctx = app.context.programmes.context();
  app.context.settings.update(demoSettings());
  const demo = buildDemoProgramme(ctx.newId, ctx.now);
  return app.context.programmes.insert({ ...demo, session: SessionParticulars.parse({}) }).id;
}

test.use({ viewport: { width: 1366, height: 768 } });

test('passage en séance: the officer fills the session particulars and CP by year; they are saved in the programme', async ({ page, app }) => {
  const id = seedWithoutSession(app);
  const session = () => app.context.programmes.get(id).session;
  await app.open(page, `#/p/${id}/documents`);
  await expect(page.getByRole('heading', { name: 'Passage en séance' })).toBeVisible();

  await page.getByLabel('Assemblée qui délibère').selectOption('deliberating_body');
  await page.getByLabel(/Date de séance/).fill('2027-06-21');
  const fill = async (label: RegExp, value: string) => {
    await page.getByLabel(label).fill(value);
    await page.getByLabel(label).blur();
  };
  await fill(/^Numéro du rapport/, '2027-CD06-08');
  await fill(/^Numéro de la délibération/, 'CD-2027-06-08');
  await fill(/^Rapporteur/, 'Julien Ferracci, vice-président');
  await fill(/^Avis de la commission/, 'avis favorable de la commission Solidarités du 7 juin 2027');
  await fill(/^Chapitre/, '65');
  await fill(/^Article \(nature\)/, '6574');
  await fill(/^Programme budgétaire/, 'P412');
  await fill(/^Autorisation de programme/, 'AP 2027-SOLINT-01 : 90 000 €');
  await expect.poll(session).toMatchObject({
    assembly: 'deliberating_body',
    sessionDate: '2027-06-21',
    reportNumber: '2027-CD06-08',
    deliberationNumber: 'CD-2027-06-08',
    rapporteur: 'Julien Ferracci, vice-président',
    committeeOpinion: 'avis favorable de la commission Solidarités du 7 juin 2027',
    budgetChapter: '65',
    budgetArticle: '6574',
    budgetProgramme: 'P412',
    authorisationProgramme: 'AP 2027-SOLINT-01 : 90 000 €',
  });

  // CP by year: each added year starts from the cash the budget plans that year; the officer changes one.
  const add = page.getByRole('button', { name: '+ Ajouter une année' });
  await add.click();
  await expect(page.getByLabel('Crédits de paiement de 2027')).toBeFocused();
  await add.click();
  await add.click();
  await expect.poll(() => session().paymentCredits.map((c) => c.year)).toEqual([2027, 2028, 2029]);
  await expect(page.getByRole('status').filter({ hasText: 'Le total des CP est égal' })).toBeVisible();
  await page.getByLabel('Crédits de paiement de 2028').fill('30000');
  await page.getByLabel('Crédits de paiement de 2028').blur();
  await expect.poll(() => session().paymentCredits.find((c) => c.year === 2028)?.amount).toBe(30000);
  await expect(page.getByRole('status').filter({ hasText: /diffère de la participation en numéraire/ })).toContainText(/écart de 5\s000\s€/);
  // A year already in the table is refused, and nothing is saved.
  await page.getByLabel('Année de la ligne 3').fill('2027');
  await page.getByLabel('Année de la ligne 3').blur();
  await expect(page.getByRole('alert').filter({ hasText: 'L’année 2027 figure déjà dans le tableau.' })).toBeVisible();
  expect(session().paymentCredits.map((c) => c.year)).toEqual([2027, 2028, 2029]);
  await page.getByRole('button', { name: 'Retirer l’année 2029' }).click();
  await expect.poll(() => session().paymentCredits.map((c) => c.year)).toEqual([2027, 2028]);

  await page.getByLabel(/^Numéro du rapport/).focus();
  await screenshot(page, 'session-particulars');
  await expectNoAxeViolations(page, 'session panel', { include: '.session-panel' });
});

test('a readiness link to a session field focuses it on the documents step', async ({ page, app }) => {
  const id = seedWithoutSession(app);
  await app.open(page, `#/p/${id}/documents?focus=${encodeURIComponent('session.sessionDate')}`);
  await expect(page.locator('[id="session.sessionDate"]')).toBeFocused();
});
