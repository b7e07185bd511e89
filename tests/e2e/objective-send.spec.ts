import { emptyProgramme, type ProgrammeSnapshot } from '../../src-shared/model';
import { expect, test } from './fixtures';

/** An objective tree with a core objective and one means still marked "to rewrite". */
function programmeWithObjectives(): ProgrammeSnapshot {
  let n = 0;
  const id = () => `0190a0a0-0000-7000-8000-${String(n++).padStart(12, '0')}`;
  const s = emptyProgramme(id(), '2026-11-26T08:00:00.000Z', id, { title: 'Envoi au cadre logique' });
  const core = id();
  return {
    ...s,
    objectives: [
      { id: core, parentId: null, kind: 'core', text: 'Accès à l’emploi des jeunes', problemId: null, logframeId: null },
      { id: id(), parentId: core, kind: 'means', text: '[à reformuler en situation positive] Les jeunes ignorent les dispositifs', problemId: null, logframeId: null },
    ],
  };
}

test('the first click on « Envoyer au cadre logique » right after rewriting the objective sends it', async ({ page, app }) => {
  const s = programmeWithObjectives();
  app.context.programmes.insert(s);
  await app.open(page, `#/p/${s.id}/diagnosis`);
  await page.getByRole('tab', { name: /Arbre à objectifs/ }).click();
  const means = page.getByLabel('Moyen M1', { exact: true });
  // Typing removes the "to rewrite" mark when it is saved, which happens as the focus leaves the text.
  await means.fill('Les jeunes connaissent les dispositifs d’insertion');
  // A person's click: the button is pressed, a moment passes (the text is saved meanwhile), then released.
  const box = (await page.getByRole('button', { name: 'Envoyer au cadre logique — Moyen M1' }).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(400);
  await page.mouse.up();
  await expect(page.getByText(/Dans le cadre logique\u202f: OS1/)).toBeVisible();
  await expect(means).toHaveValue('Les jeunes connaissent les dispositifs d’insertion');
  await page.reload();
  await page.getByRole('tab', { name: /Arbre à objectifs/ }).click();
  await expect(page.getByLabel('Moyen M1', { exact: true })).toHaveValue('Les jeunes connaissent les dispositifs d’insertion');
});
