import type { Download } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { formatMoney } from '../../src-shared/i18n/format';
import { amountInDocument } from '../../src-shared/i18n/typography';
import { SCDL_FIELDS, validateScdlRow, type ScdlRow } from '../../src-shared/method/scdl';
import { documentText } from '../helpers/docx-text';
import { expectNoAxeViolations } from './axe';
import { expect, screenshot, test } from './fixtures';

/** Spaces as a reader sees them: the documents' narrow and non-breaking spaces compare as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const read = async (d: Download) => readFileSync((await d.path())!);

/** One CSV row of RFC 4180 (quoted values may hold commas and doubled quotes). */
function csvValues(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
}

test('on the demo, after the vote: the freeze votes it, a changed amount and a purpose code on the budget, the avenant, the transmission panel, the SCDL row and the e-APD workbook', async ({ page, app }) => {
  test.setTimeout(90_000);
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.setViewportSize({ width: 1366, height: 768 });
  const ctx = app.context.programmes.context();
  app.context.settings.update(demoAuthoritySettings());
  const id = app.context.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
  /** Moves within the app (the programme's store stays, as when the officer clicks the sidebar). */
  const go = async (step: string) => {
    await page.evaluate((hash) => (window.location.hash = hash), `#/p/${id}/${step}`);
    await expect(page.locator('main h1').first()).toBeVisible();
  };

  // The officer freezes the « as voted » version in the history: the programme is voted by that alone.
  await app.open(page, `#/p/${id}/history`);
  await page.locator('#freeze-number').fill('CP-2027-03-14');
  await page.locator('#freeze-date').fill('2027-03-15');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Figer la version votée' }).click();
  await expect(page.getByText('Version 1 — délibération n° CP-2027-03-14 du 15 mars 2027')).toBeVisible({ timeout: 30_000 });
  await go('execution');
  await expect(page.getByText('Phase actuelle : Voté')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Marquer comme voté' })).toHaveCount(0);
  const voted = app.context.programmes.get(id);
  expect(voted.execution.phase).toBe('voted');
  const state = voted.funders.find((f) => f.kind === 'state_meae')!;
  const contribution = voted.contributions.find((c) => c.funderId === state.id && c.year === 2028)!;
  const stateTotal = (s: typeof voted) => s.contributions.filter((c) => c.funderId === state.id).reduce((a, c) => a + Math.round(c.amount * 100), 0) / 100;
  const before = stateTotal(voted);

  // The officer raises the State's 2028 contribution by 5 000 € on the budget screen.
  await go('budget');
  const amount = page.locator(`[id="contribution.${contribution.id}.amount"]`);
  await amount.fill(String(contribution.amount + 5000));
  await amount.press('Tab');
  await expect.poll(() => stateTotal(app.context.programmes.get(id))).toBe(before + 5000);
  const after = before + 5000;
  // …and files one 2028 expense under « sensibilisation au développement » (the others keep the themes' code).
  const outreach = voted.budgetLines.find((l) => l.year === 2028 && l.nature === 'cash' && l.quantity * l.unitCost > 0)!;
  const purpose = page.locator(`[id="budgetLine.${outreach.id}.purposeCode"]`);
  await expect(purpose.locator('option:checked')).toHaveText('— d’après les thèmes : 16020 Création d’emplois');
  await purpose.hover();
  await purpose.selectOption('99820');
  await expect.poll(() => app.context.programmes.get(id).budgetLines.find((l) => l.id === outreach.id)!.purposeCode).toBe('99820');

  // History: « Préparer un avenant » lists the change, then produces the avenant and its deliberation.
  await go('history');
  await expect(page.getByRole('heading', { name: 'Préparer un avenant', level: 2 })).toBeVisible();
  const differences = page.locator('.amendment-panel ul');
  await expect(differences).toContainText(`${state.name} : ${formatMoney(before, 'fr')} → ${formatMoney(after, 'fr')}`);
  await expect(page.locator('.amendment-panel')).toContainText('Articles de la convention modifiés');
  await screenshot(page, 'after-vote-amendment');
  await expectNoAxeViolations(page);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: 'Produire l’avenant et sa délibération' }).click();
  await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2);
  expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual(['1 - Avenant 1 - CAP JEUNES.docx', '2 - Délibération avenant 1 - CAP JEUNES.docx']);
  for (const d of downloads) {
    const text = plain(documentText(await read(d)));
    expect(text, d.suggestedFilename()).toContain(plain(amountInDocument(before, 'fr')));
    expect(text, d.suggestedFilename()).toContain(plain(amountInDocument(after, 'fr')));
  }
  page.removeAllListeners('download');

  // Documents step, transmission panel: the act number, the matière (default shown, then changed), the vote.
  await go('documents');
  await expect(page.getByRole('heading', { name: 'Transmission et données ouvertes' })).toBeVisible();
  const matiere = page.getByLabel('Matière ACTES (niveau 2)');
  await expect(matiere).toHaveValue('9.2');
  await expect(matiere.locator('option:checked')).toHaveText('9.2 Autres domaines de compétences des départements');
  await matiere.selectOption('8.6');
  const fill = async (label: string, value: string) => {
    const field = page.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Tab');
  };
  await fill('Numéro @ctes de la délibération', 'CP_2027_03_14');
  await fill('Identifiant de la préfecture (PREF…)', 'PREF038');
  await fill('Date d’enregistrement en préfecture', '2027-03-18');
  await fill('Adresse de publication de la délibération', 'https://exemple.fr/deliberations/CP-2027-03-14.pdf');
  await fill('SIRET de la collectivité', '21860194600013');
  const votes: Array<[string, string]> = [
    ['Membres appelés à voter', '42'],
    ['Votants', '40'],
    ['Pour', '36'],
    ['Contre', '2'],
    ['Abstentions', '2'],
    ['Ne prennent pas part au vote', '2'],
  ];
  for (const [label, value] of votes) await fill(label, value);
  await expect(page.getByText('La ligne respecte le schéma.')).toBeVisible();
  const sheet = page.locator('.transmission-sheet');
  await expect(sheet).toContainText('8.6 Emploi – formation professionnelle');
  await expect(sheet).toContainText('CP_2027_03_14');
  await screenshot(page, 'after-vote-transmission');
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter la ligne SCDL (.csv)' }).click();
  const csv = (await read(await download)).toString('utf8');
  const [header, line, rest] = csv.split('\r\n');
  expect(rest).toBe('');
  expect(header!.split(',')).toEqual([...SCDL_FIELDS]);
  const values = csvValues(line!);
  const row = Object.fromEntries(SCDL_FIELDS.map((f, i) => [f, values[i] ?? ''])) as ScdlRow;
  // The schema's patterns, as the app checks them before it exports.
  expect(validateScdlRow(row)).toEqual([]);
  expect(row).toMatchObject({
    COLL_SIRET: '21860194600013',
    DELIB_ID: voted.session.deliberationNumber,
    DELIB_MATIERE_CODE: '8.6',
    PREF_ID: 'PREF038',
    PREF_DATE: '2027-03-18',
    VOTE_EFFECTIF: '42',
    VOTE_REEL: '40',
    VOTE_POUR: '36',
    VOTE_CONTRE: '2',
    VOTE_ABSTENTION: '2',
  });
  // The e-APD workbook of 2028 files part of the Département's planned contribution under the code chosen above.
  await page.getByLabel('Année déclarée (e-APD)').selectOption('2028');
  const apd = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le tableau e-APD (.xlsx)' }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await read(await apd)) as unknown as ArrayBuffer);
  const detail: string[][] = [];
  wb.worksheets[1]!.eachRow((r, n) => n > 1 && detail.push([r.getCell(4).text, r.getCell(9).text]));
  expect(detail.map(([code]) => code)).toContain('99820');
  expect(new Set(detail.map(([, source]) => source))).toEqual(new Set(['prévu']));

  // Stored as entered: the vote fills the deliberation's vote block too.
  expect(app.context.programmes.get(id).session.vote).toMatchObject({ members: 42, voters: 40, for: 36, against: 2, abstain: 2, notTaking: 2 });
});
