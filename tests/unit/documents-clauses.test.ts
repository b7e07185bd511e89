import { describe, expect, it } from 'vitest';
import { generateConvention, updateClause } from '../../src-shared/edits/convention';
import { clauseDefault, clauseLine, defaultChangedSinceEdit } from '../../src-shared/method/clause-defaults';
import { programmeFacts } from '../../src-shared/method/facts';
import { lineText, missingOf } from '../../src-shared/method/pieces';
import type { ProgrammeSnapshot } from '../../src-shared/model';
import { completeProgramme, completeSettings, idFactory, IDS } from './readiness-fixture';

/** Clause defaults are templates rendered when a document is built (issue 10, deliverable 2). */

const ctx = { newId: idFactory(9000), now: '2026-12-01T10:00:00.000Z' };
const withoutBudget = (s: ProgrammeSnapshot): ProgrammeSnapshot => ({ ...s, contributions: [], budgetLines: [] });
const financial = (s: ProgrammeSnapshot) => s.clauses.find((c) => c.key === 'financial_terms')!;
const printed = (s: ProgrammeSnapshot, key = 'financial_terms') => {
  const facts = programmeFacts(s, completeSettings(), 'fr');
  return clauseLine(s.clauses.find((c) => c.key === key)!, facts, s);
};

describe('convention clauses', () => {
  it('a clause written before the budget prints the amounts once the budget is filled (it stays a template)', () => {
    const early = generateConvention(withoutBudget({ ...completeProgramme(), clauses: [] }), completeSettings(), ctx).snapshot;
    // Before the budget: the stored text and the printed line both mark the amount as missing.
    expect(financial(early).text).toContain('[À compléter');
    expect(missingOf([printed(early)]).map((m) => m.missing)).toContain('amount');
    // The budget is filled afterwards; the clause was not edited: it prints today's figures, no marker.
    const later = { ...completeProgramme(), clauses: early.clauses };
    const line = printed(later);
    expect(missingOf([line])).toEqual([]);
    expect(lineText(line, 'fr')).toContain('3\u202f000,00\u00a0€ en numéraire');
  });

  it('an edited clause keeps the officer’s text, and a marker left anywhere in it counts as missing', () => {
    const s = generateConvention({ ...completeProgramme(), clauses: [] }, completeSettings(), ctx).snapshot;
    const id = financial(s).id;
    const edited = updateClause(s, id, { text: 'Le Département verse sa part.\nMontant : [à COMPLÉTER : montant exact].' }, completeSettings());
    const line = printed(edited);
    expect(lineText(line, 'fr')).toContain('Le Département verse sa part.');
    expect(missingOf([line])).toEqual([{ missing: 'text', focus: `clause.${id}.text` }]);
    const clean = updateClause(edited, id, { text: 'Le Département verse 3 000 € en 2027.' }, completeSettings());
    expect(missingOf([printed(clean)])).toEqual([]);
    expect(lineText(printed(clean), 'fr')).toBe('Le Département verse 3 000 € en 2027.');
  });

  it('keeps the default of the first edit, and tells when today’s default has changed since', () => {
    const s = generateConvention({ ...completeProgramme(), clauses: [] }, completeSettings(), ctx).snapshot;
    const id = financial(s).id;
    const before = clauseDefault('financial_terms', s, completeSettings()).text;
    const edited = updateClause(s, id, { text: 'Texte de l’agent.' }, completeSettings());
    expect(financial(edited)).toMatchObject({ edited: true, defaultAtEdit: before });
    expect(defaultChangedSinceEdit(financial(edited), clauseDefault('financial_terms', edited, completeSettings()).text)).toBe(false);
    // The Département's contribution changes: the default is no longer what the officer started from.
    const more = {
      ...edited,
      contributions: edited.contributions.map((c) => (c.funderId === IDS.funderDep ? { ...c, amount: 4000 } : c)),
    };
    const today = clauseDefault('financial_terms', more, completeSettings()).text;
    expect(today).toContain('4\u202f000,00');
    expect(defaultChangedSinceEdit(financial(more), today)).toBe(true);
    // A second edit keeps the first default (what the officer's text was written from).
    expect(financial(updateClause(more, id, { text: 'Texte revu.' }, completeSettings())).defaultAtEdit).toBe(before);
  });
});
