import { describe, expect, it } from 'vitest';
import { CATALOGUES, catalogueText, plural } from '../../src-shared/i18n';

describe('plural forms', () => {
  it('follows each language: French 0 and 1 singular, English only 1', () => {
    expect([0, 1, 2, 1.5].map((n) => plural(n, 'fr', 'atelier', 'ateliers'))).toEqual(['atelier', 'atelier', 'ateliers', 'atelier']);
    expect([0, 1, 2].map((n) => plural(n, 'en', 'workshop', 'workshops'))).toEqual(['workshops', 'workshop', 'workshops']);
  });

  it('reads catalogue entries outside React, picking _one/_other like i18next', () => {
    expect(catalogueText('fr', 'readiness.rules.territoryIncompleteFrance', { count: 1 })).toMatch(/\u202f: 1 rubrique vide\.$/);
    expect(catalogueText('fr', 'readiness.rules.territoryIncompleteFrance', { count: 3 })).toMatch(/\u202f: 3 rubriques vides\.$/);
    expect(catalogueText('en', 'readiness.rules.territoryIncompletePartner', { count: 1 })).toBe('Diagnosis of the partner territory: 1 empty section.');
    expect(catalogueText('fr', 'documents.screen.generated', { count: 1234 })).toBe('1\u202f234 documents générés.');
    expect(catalogueText('fr', 'no.such.key', { count: 2 })).toBe('no.such.key');
  });

  it('no catalogue string falls back on "(s)"', () => {
    const strings = (node: unknown): string[] =>
      typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];
    for (const locale of ['fr', 'en'] as const) {
      expect(strings(CATALOGUES[locale]).filter((s) => /\w\((s|x|es)\)/.test(s))).toEqual([]);
    }
  });
});
