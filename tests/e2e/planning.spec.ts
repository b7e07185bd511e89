import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { completeProgramme, completeSettings } from '../unit/readiness-fixture';
import { expect, screenshot, test } from './fixtures';

/** axe-core on the work area and the whole page: 0 violations. */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('look: the planning screens of a complete programme', async ({ page, app }) => {
  const s = completeProgramme();
  app.context.programmes.insert(s);
  app.context.settings.update(completeSettings());
  for (const step of ['logframe']) {
    await app.open(page, `#/p/${s.id}/${step}`);
    await expect(page.locator('h1')).toBeVisible();
    await screenshot(page, `planning-look-${step}`);
    await expectNoAxeViolations(page);
  }
});
