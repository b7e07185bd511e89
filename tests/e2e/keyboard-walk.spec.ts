import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/**
 * The main path with the keyboard only — no click, no fill: Tab (or Shift+Tab) to each control, type,
 * Enter or Space. Create a programme → frame it → logframe → an indicator → a budget line → generate the
 * documents and preview one. Every control reached must show a visible focus indicator.
 */

/** Tabs (forwards, else backwards) until `target` has the focus; fails if it cannot be reached. */
async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  await expect(target).toHaveCount(1);
  const handle = await target.elementHandle();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < max; i++) {
      if (await handle!.evaluate((el) => el === document.activeElement)) {
        await expectVisibleFocus(page);
        return;
      }
      await page.keyboard.press(key);
    }
  }
  throw new Error(`Not reachable with Tab: ${target.toString()}`);
}

/** The focused element is visibly marked (outline or shadow), as UI.md requires. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none', tag: el.tagName, label: el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) };
  });
  expect(style.outline || style.shadow, `no visible focus on ${style.tag} ${style.label}`).toBe(true);
}

/** Waits until the control a command has just created has the focus, then types into it. */
async function typeInFocusedNew(page: Page, text: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
        return !!el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') && el.value === '';
      }),
    )
    .toBe(true);
  await page.keyboard.type(text);
}

/** Replaces a field's content from the keyboard. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

async function goToStep(page: Page, name: RegExp): Promise<void> {
  await tabTo(page, page.getByRole('navigation', { name: 'Étapes du programme' }).getByRole('link', { name }));
  await page.keyboard.press('Enter');
}

test('keyboard only: create, frame, logframe, indicator, budget, documents', async ({ page, app }) => {
  test.setTimeout(180_000);
  await app.open(page, '#/');

  // Create.
  await typeInto(page, page.getByLabel('Intitulé du nouveau programme'), 'Inclusion par le sport');
  await tabTo(page, page.getByRole('button', { name: 'Nouveau programme' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.programme-title')).toHaveText('Inclusion par le sport');
  const id = app.context.programmes.list()[0]!.id;

  // Frame.
  await expect(page.getByRole('heading', { name: 'Cadrage du programme' })).toBeVisible();
  await typeInto(page, page.getByLabel('Acronyme'), 'IPS');
  await typeInto(page, page.getByLabel(/^Collectivité partenaire/), 'Commune de Ndiawara');
  await tabTo(page, page.getByLabel('Jeunesse'));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Jeunesse')).toBeChecked();
  await page.keyboard.press('Tab');

  // Logframe.
  await goToStep(page, /^Cadre logique/);
  await tabTo(page, page.getByRole('button', { name: 'Ajouter l’objectif global' }));
  await page.keyboard.press('Enter');
  await typeInFocusedNew(page, 'Contribuer à l’inclusion des jeunes par le sport');
  await tabTo(page, page.getByRole('button', { name: 'Ajouter un objectif spécifique sous OG' }));
  await page.keyboard.press('Enter');
  await typeInFocusedNew(page, 'Les clubs accueillent des jeunes éloignés de l’emploi');
  await tabTo(page, page.getByRole('button', { name: 'Ajouter un résultat sous OS1' }));
  await page.keyboard.press('Enter');
  await typeInFocusedNew(page, 'Des éducateurs sportifs sont formés');
  await tabTo(page, page.getByRole('button', { name: 'Ajouter une activité sous R1.1' }));
  await page.keyboard.press('Enter');
  await typeInFocusedNew(page, 'Former vingt éducateurs');
  await page.keyboard.press('Tab');
  await expect.poll(() => page.locator('.lf-code-text').allTextContents()).toEqual(['OG', 'OS1', 'R1.1', 'A1.1.1']);
  await screenshot(page, 'keyboard-logframe');

  // Indicator.
  await goToStep(page, /^Indicateurs/);
  await tabTo(page, page.getByRole('button', { name: 'Ajouter un indicateur à R1.1' }));
  await page.keyboard.press('Enter');
  await typeInFocusedNew(page, 'Nombre d’éducateurs formés');
  await typeInto(page, page.getByLabel('Unité'), 'éducateurs');
  await page.keyboard.press('Tab');

  // Budget.
  await goToStep(page, /^Budget/);
  await tabTo(page, page.getByRole('button', { name: 'Ajouter une ligne de dépense' }));
  await page.keyboard.press('Enter');
  await typeInFocusedNew(page, 'Formation des éducateurs');
  await typeInto(page, page.getByLabel('Quantité de la ligne 1'), '2');
  await typeInto(page, page.getByLabel('Coût unitaire (€) de la ligne 1'), '5000');
  await page.keyboard.press('Tab');
  await screenshot(page, 'keyboard-budget');

  // Documents: generate (draft) and preview one.
  await goToStep(page, /^Documents/);
  await tabTo(page, page.getByRole('button', { name: 'Générer les documents' }));
  await page.keyboard.press('Enter');
  const preview = page.getByRole('button', { name: /^Prévisualiser/ }).first();
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await tabTo(page, preview);
  await page.keyboard.press('Enter');
  await expect(page.locator('.document-preview-body section').first()).toBeVisible({ timeout: 30_000 });
  await tabTo(page, page.getByRole('button', { name: /^Fermer l’aperçu/ }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.document-preview-body')).toHaveCount(0);
  await screenshot(page, 'keyboard-documents');

  // Everything typed is in the store.
  await expect
    .poll(() => {
      const s = app.context.programmes.get(id);
      return {
        acronym: s.framing.acronym,
        partner: s.framing.partnerAuthority,
        youth: s.framing.themes.includes('youth'),
        rows: s.logframe.map((r) => r.text),
        indicator: s.indicators.map((i) => [i.wording, i.unit]),
        line: s.budgetLines.map((l) => [l.label, l.quantity, l.unitCost]),
      };
    })
    .toEqual({
      acronym: 'IPS',
      partner: 'Commune de Ndiawara',
      youth: true,
      rows: ['Contribuer à l’inclusion des jeunes par le sport', 'Les clubs accueillent des jeunes éloignés de l’emploi', 'Des éducateurs sportifs sont formés', 'Former vingt éducateurs'],
      indicator: [['Nombre d’éducateurs formés', 'éducateurs']],
      line: [['Formation des éducateurs', 2, 5000]],
    });
});
