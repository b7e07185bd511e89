import { strFromU8, unzipSync } from 'fflate';
import { buildDocumentPackage } from '../../src-main/documents/package';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { AuthoritySettings } from '../../src-shared/model';
import { expect, screenshot, test } from './fixtures';

/** Issue 13: the officer writes the partner's version on the partnership screen and the convention prints it. */
test('write a clause, the preamble and a heading in Spanish on the partnership screen; the convention prints them', async ({ page, app }) => {
  const ctx = app.context.programmes.context();
  app.context.settings.update(demoAuthoritySettings());
  const demo = buildDemoProgramme(ctx.newId, ctx.now);
  const id = app.context.programmes.insert({ ...demo, framing: { ...demo.framing, partnerLanguage: 'es' } }).id;
  const first = demo.clauses[0]!;
  await app.open(page, `#/p/${id}/partnership`);

  // The readiness marks the missing Spanish text under the field, and the field is where its link leads.
  const text = page.locator(`[id="clause.${first.id}.partnerText"]`);
  await text.scrollIntoViewIfNeeded();
  await expect(page.locator(`[id="clause.${first.id}.partnerText-status"]`)).toBeVisible();
  // The label names the language as a sentence does, in lower case.
  await expect(page.getByText(/Texte de l’article 1 en espagnol/)).toBeVisible();
  await text.fill('Las partes definen aquí el objeto del convenio: la inserción de los jóvenes.');
  await text.blur();

  await page.locator('[id="governance.preamblePartner"]').fill('Las dos colectividades cooperan desde 2012.');
  await page.locator('[id="governance.preamblePartner"]').blur();
  await page.locator('[id="governance.partnerHeadings.agreed"]').fill('Se acuerda lo siguiente:');
  await page.locator('[id="governance.partnerHeadings.agreed"]').blur();
  await page.locator('[id="governance.conventionLayout"]').selectOption('parts');
  await expect(page.getByTestId('save-state')).toHaveText(/Enregistré|Saved/);
  await screenshot(page, 'bilingual-partnership');

  await expect.poll(() => app.context.programmes.get(id).clauses[0]!.partnerText).toBe('Las partes definen aquí el objeto del convenio: la inserción de los jóvenes.');
  await expect(page.locator(`[id="clause.${first.id}.partnerText-status"]`)).toHaveCount(0);
  const s = app.context.programmes.get(id);
  expect(s.governance).toMatchObject({ preamblePartner: 'Las dos colectividades cooperan desde 2012.', conventionLayout: 'parts' });
  expect(s.governance.partnerHeadings.agreed).toBe('Se acuerda lo siguiente:');

  const [convention] = await buildDocumentPackage(s, AuthoritySettings.parse(app.context.settings.get()), { locale: 'fr', draft: true, documents: ['convention'] });
  const xml = strFromU8(unzipSync(convention!.bytes)['word/document.xml']!);
  for (const words of ['la inserción de los jóvenes.', 'Las dos colectividades cooperan desde 2012.', 'Se acuerda lo siguiente:', 'Versión en español'])
    expect(xml).toContain(words);
});
