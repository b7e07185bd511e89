import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { issueText } from '../../src-shared/i18n/issue-text';
import { i18nOptions, messageFormatter } from '../../src-renderer/messages';

const make = (lng: 'fr' | 'en') => {
  const instance = i18next.createInstance();
  void instance.use(messageFormatter).init({ ...i18nOptions(lng), initAsync: false });
  return (key: string, params?: Record<string, string>) => instance.t(key, params ?? {});
};

describe('refused values in the error banner', () => {
  it('name the field by its label and say what is wrong, never zod’s English text or the code name', () => {
    const issue = { path: 'fields.unitCost', code: 'too_small', message: 'Too small: expected number to be >=0' };
    const fr = issueText(issue, make('fr'), 'fr');
    expect(fr).toContain('«\u202fcoût unitaire\u202f»');
    expect(fr).toContain('trop petite');
    expect(fr).not.toMatch(/unitCost|Too small|expected/);
    expect(issueText(issue, make('en'), 'en')).toMatch(/unit cost/i);
  });

  it('reads a path inside a collection (a row number, then the field)', () => {
    const text = issueText({ path: 'snapshot.budgetLines.3.label', code: 'too_big', message: 'Too big' }, make('fr'), 'fr');
    expect(text).toMatch(/^«\u202flibellé/i);
  });

  it('says "a value" when the path names no field, and a generic problem for an unknown code', () => {
    const text = issueText({ path: 'x.y', code: 'strange_code', message: 'Bad' }, make('fr'), 'fr');
    expect(text).toBe('Une valeur\u202f: la valeur n’est pas acceptée.');
  });

  it('says a value not given is missing, not of the wrong type', () => {
    const issue = {
      path: 'fields.label',
      code: 'invalid_type',
      message: 'Invalid input: expected string, received undefined',
    };
    expect(issueText(issue, make('fr'), 'fr')).toBe('«\u202flibellé\u202f»\u202f: la valeur manque.');
    expect(
      issueText({ ...issue, message: 'Invalid input: expected string, received number' }, make('fr'), 'fr'),
    ).toContain('le type de valeur');
  });
});
