import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../src-main/services/app';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { STEPS } from '../../src-shared/method/steps';
import { axeViolations } from './axe';
import { expect, screenshot, test, type AppFixture } from './fixtures';

/**
 * Accessibility sweep: axe-core (WCAG 2.1 A and AA rules) over every screen of the app, on the demo programme, in English
 * and in French — the programme list, every step (each diagnosis tab), the documents with their preview, readiness,
 * history, settings, backups, import, the export dialog and the review of a conflicting archive: 0 violations. In French
 * the steps are swept by the laptop walk (laptop-layout.spec.ts). Each violation is listed with its rule, impact and the
 * first elements concerned, so the failure message says what to fix where.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DIAGNOSIS_TABS = ['contexts', 'stakeholders', 'workshops', 'problems', 'objectives'] as const;

type Screen = { name: string; route: (programmeId: string) => string; step?: boolean };
const SCREENS: Screen[] = [
  { name: 'programme-list', route: () => '#/' },
  ...STEPS.map((step) => ({ name: `step-${step}`, route: (id: string) => `#/p/${id}/${step}`, step: true })),
  { name: 'readiness', route: (id) => `#/p/${id}/readiness` },
  { name: 'history', route: (id) => `#/p/${id}/history` },
  { name: 'settings', route: () => '#/settings' },
  { name: 'backups', route: () => '#/backups' },
  { name: 'import', route: () => '#/import' },
];

/**
 * An archive coming back from the partner with a conflict: exported here, imported there, retitled on
 * both sides. Returns the file to import (the review screen then lists the conflict).
 */
async function conflictingArchive(app: AppFixture, programmeId: string): Promise<string> {
  const first = await app.context.archives.export(programmeId);
  const partnerDir = mkdtempSync(join(tmpdir(), 'atelier-partner-'));
  const partner = await openApp({ dataDir: partnerDir, skipDailyBackup: true });
  const file = join(app.dataDir, 'retour.atelier');
  try {
    const theirs = partner;
    await theirs.archives.import(first.bytes, { strategy: 'merge', decisions: {} });
    partner.programmes.edit(programmeId, 'programme.rename', (s) => ({ ...s, framing: { ...s.framing, title: 'Titre du partenaire' } }));
    writeFileSync(file, (await theirs.archives.export(programmeId)).bytes);
  } finally {
    partner.close();
    rmSync(partnerDir, { recursive: true, force: true });
  }
  app.context.programmes.edit(programmeId, 'programme.rename', (s) => ({ ...s, framing: { ...s.framing, title: 'Titre du Département' } }));
  return file;
}

async function seed(app: AppFixture): Promise<string> {
  app.context.settings.update(demoSettings());
  const demo = buildDemoProgramme(() => app.context.idFactory(), new Date().toISOString());
  app.context.programmes.insert(demo);
  return demo.id;
}

/** Waits until the screen has rendered (lazy chunks loaded, no "loading" placeholder left). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('#main')).toBeVisible();
  await expect(page.locator('#main').getByText(/^(Chargement…|Loading…)$/)).toHaveCount(0);
  await page.waitForLoadState('networkidle');
}

// The two languages run side by side (each test has its own app and data folder).
test.describe.configure({ mode: 'parallel' });

/** One app per language, every screen in turn (a fresh page load each), all violations reported at once. */
for (const locale of ['fr', 'en'] as const) {
  test(`axe-core finds no violation on any screen (${locale.toUpperCase()})`, async ({ page, app }) => {
    test.setTimeout(180_000);
    const id = await seed(app);
    await page.addInitScript((lang) => localStorage.setItem('atelier.lang', lang), locale);
    const found: Record<string, string[]> = {};
    // In French the laptop walk (laptop-layout.spec.ts) already runs every axe rule on every step of this same example.
    for (const screen of SCREENS.filter((sc) => locale === 'en' || !sc.step)) {
      await test.step(screen.name, async () => {
        await app.open(page, screen.route(id));
        await page.reload();
        await settled(page);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        if (locale === 'fr') await screenshot(page, `a11y-${screen.name}`);
        const violations = await axeViolations(page, { tags: TAGS });
        if (violations.length) found[screen.name] = violations;
        if (screen.name === 'step-diagnosis') {
          for (const tab of DIAGNOSIS_TABS.slice(1)) {
            await page.locator(`#diagnosis-tab-${tab}`).click();
            await expect(page.locator(`#diagnosis-panel-${tab}`)).toBeVisible();
            const inTab = await axeViolations(page, { tags: TAGS });
            if (inTab.length) found[`${screen.name} ${tab}`] = inTab;
          }
        }
      });
    }
    // The documents screen once the documents are generated: the Word preview is on screen too.
    await test.step('step-documents (generated, with preview)', async () => {
      await app.open(page, `#/p/${id}/documents`);
      await page.reload();
      await settled(page);
      await page.getByRole('button', { name: locale === 'fr' ? 'Générer les documents' : 'Generate the documents' }).click();
      await page.getByRole('button', { name: locale === 'fr' ? /^Prévisualiser/ : /^Preview/ }).first().click({ timeout: 30_000 });
      await expect(page.locator('.document-preview-body section').first()).toBeVisible({ timeout: 30_000 });
      if (locale === 'fr') await screenshot(page, 'a11y-step-documents-generated');
      const violations = await axeViolations(page, { tags: TAGS });
      if (violations.length) found['step-documents (generated)'] = violations;
    });
    // The export dialog, then the review of an archive that comes back with a conflict.
    const en = locale === 'en';
    await test.step('export dialog', async () => {
      await app.open(page, `#/p/${id}/framing`);
      await page.reload();
      await settled(page);
      await page.getByRole('button', { name: en ? 'Export…' : 'Exporter…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      const violations = await axeViolations(page, { tags: TAGS });
      if (violations.length) found['export dialog'] = violations;
      await page.keyboard.press('Escape');
    });
    await test.step('archive review (conflict)', async () => {
      const file = await conflictingArchive(app, id);
      await app.open(page, '#/import');
      await page.reload();
      await settled(page);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: en ? 'Choose an .atelier file…' : 'Choisir un fichier .atelier…' }).click();
      await (await chooser).setFiles(file);
      await page.getByRole('button', { name: en ? 'Import' : 'Importer', exact: true }).click();
      await expect(page.getByRole('heading', { name: en ? 'Changes to settle' : 'Modifications à arbitrer' })).toBeVisible();
      if (locale === 'fr') await screenshot(page, 'a11y-archive-review');
      const violations = await axeViolations(page, { tags: TAGS });
      if (violations.length) found['archive review'] = violations;
    });
    expect(found).toEqual({});
  });
}
