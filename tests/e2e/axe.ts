import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface AxeScope {
  /** Only these rule tags (e.g. the WCAG 2.1 A and AA ones); every rule axe-core runs by default otherwise. */
  tags?: string[];
  /** Only this part of the page (a CSS selector). */
  include?: string;
}

/**
 * axe-core's violations on the page as "rule (impact): help — elements". Only the violations' nodes are gathered and
 * sent back (`resultTypes`): on a 5,000-element screen, serialising every passing node took as long as the rules.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (scope.tags) builder = builder.withTags(scope.tags);
  if (scope.include) builder = builder.include(scope.include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/** 0 violations, each listed with its rule and elements when there are some; `where` names the screen. */
export async function expectNoAxeViolations(page: Page, where = '', scope: AxeScope = {}): Promise<void> {
  expect((await axeViolations(page, scope)).map((v) => (where ? `${where} ${v}` : v))).toEqual([]);
}
