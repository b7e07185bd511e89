import { describe, expect, it } from 'vitest';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import {
  articled,
  buildDeliberation,
  fill,
  firstSentence,
  isMissing,
  lineText,
  nameGender,
  ofArticled,
  programmeFacts,
  type Line,
} from '../../src-shared/method/deliberation';
import { insertedText } from '../../src-shared/i18n/typography';
import { AuthoritySettings, emptyProgramme, newId } from '../../src-shared/model';

const NOW = '2026-11-26T08:00:00.000Z';
const demo = () => buildDemoProgramme(newId, NOW);
const settings = (over: Partial<AuthoritySettings> = {}) =>
  AuthoritySettings.parse({ ...demoAuthoritySettings(), ...over });
const demoIn = (assembly: 'delegate' | 'deliberating_body') => {
  const s = demo();
  return { ...s, session: { ...s.session, assembly } };
};
const text = (lines: Line[]) => lines.map((l) => lineText(l, 'fr'));
const missingOf = (lines: Line[]) =>
  lines
    .flat()
    .filter(isMissing)
    .map((m) => m.focus);

describe('buildDeliberation (visas, considérants, articles)', () => {
  it('cites CGCT L1115-1, and L3211-2 with the delegation only when the commission permanente decides', () => {
    const permanent = buildDeliberation(demoIn('delegate'), settings(), 'fr');
    expect(text(permanent.visas)[0]).toContain('L1115-1');
    expect(text(permanent.visas).some((v) => v.includes('L3211-2'))).toBe(true);
    expect(text(permanent.visas).some((v) => v.includes('2021-CD-07-02'))).toBe(true);
    const council = buildDeliberation(demoIn('deliberating_body'), settings(), 'fr');
    expect(text(council.visas).some((v) => v.includes('L3211-2'))).toBe(false);
    expect(council.assembly).toBe('Conseil départemental');
    expect(lineText(council.intro, 'fr')).toBe('Le Conseil départemental,');
    expect(lineText(permanent.intro, 'fr')).toBe('La Commission permanente,');
  });

  it('builds considérants from the programme: purpose, partnership, reciprocity, SDG targets', () => {
    const s = demo();
    const d = buildDeliberation(s, settings(), 'fr');
    const all = text(d.considerants).join('\n');
    const goal = s.logframe.find((r) => r.level === 'goal')!.text;
    // Inserted after a colon: no capital, no full stop before the semicolon.
    expect(all).toContain(insertedText(goal, 'fr').slice(0, 40));
    expect(all).not.toMatch(/\. ?;/);
    expect(all).toContain(`depuis ${s.framing.partnershipSince}`);
    expect(all).toContain(s.framing.partnerAuthority);
    expect(all).toContain('Sénégal');
    expect(all).toContain(insertedText(firstSentence(s.framing.reciprocityEffects), 'fr'));
    const targets = programmeFacts(s, settings(), 'fr').sdgTargets;
    expect(targets.length).toBeGreaterThan(0);
    expect(all).toContain(targets[0]);
  });

  it('numbers four articles: approve, convention, amount with imputation, co-financing', () => {
    const s = demo();
    const d = buildDeliberation(s, settings(), 'fr');
    const articles = text(d.articles);
    expect(articles).toHaveLength(4);
    expect(articles[0]).toMatch(/^D’approuver le programme/);
    expect(articles[1]).toContain('convention de partenariat');
    expect(articles[1]).toContain('à la signer');
    const facts = programmeFacts(s, settings(), 'fr');
    const money = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(n);
    const { cash, inKind } = facts.money.lead;
    expect(cash).toBeGreaterThan(0);
    expect(inKind).toBeGreaterThan(0);
    // The cash is committed on the imputation; the in-kind valorisation is stated apart, not imputed.
    expect(articles[2]).toContain(`à hauteur de ${money(cash)}, imputée au chapitre 65, article 6574`);
    expect(articles[2]).toContain(`valorisée à ${money(inKind)}, qui ne donne pas lieu à inscription de crédits`);
    expect(articles[2]).not.toContain(money(cash + inKind));
    // Multi-year: the payment credits by year, which add up to the cash.
    for (const c of s.session.paymentCredits) expect(articles[2]).toContain(`${c.year} : ${money(c.amount)}`);
    expect(articles[3]).toContain('cofinancements');
    expect(facts.money.coFunders.length).toBeGreaterThan(0);
    for (const funder of facts.money.coFunders) expect(articles[3]).toContain(money(funder.total));
    expect(missingOf([...d.visas, ...d.considerants, ...d.articles])).toEqual([]);
  });

  it('marks each missing value with the field that fixes it, never "undefined"', () => {
    const s = emptyProgramme(newId(), NOW, newId, { title: '' });
    const d = buildDeliberation(s, AuthoritySettings.parse({}), 'fr');
    const focuses = missingOf([
      ...d.visas,
      ...d.considerants,
      ...d.articles,
      d.session,
      d.number,
      d.rapporteur,
    ]);
    for (const focus of [
      'settings.delegationDeliberation',
      'session.reportNumber',
      'framing.title',
      'framing.partnerAuthority',
      'session.budgetChapter',
      'session.sessionDate',
      'session.deliberationNumber',
      'session.rapporteur',
    ])
      expect(focuses).toContain(focus);
    const printed = text([...d.visas, ...d.considerants, ...d.articles]).join(' ');
    expect(printed).not.toMatch(/undefined|NaN|null|\[object/);
    expect(printed).toContain('[À compléter : intitulé du programme]');
  });

  it('speaks English when asked, with the same structure', () => {
    const d = buildDeliberation(demo(), settings(), 'en');
    expect(lineText(d.intro, 'en')).toBe('The Standing Committee,');
    expect(text(d.articles)).toHaveLength(4);
    expect(d.decides).toBe('DECIDES');
    expect(text(d.visas)[0]).toContain('L1115-1');
  });
});

describe('fill', () => {
  it('keeps missing pieces and leaves unknown slots visible', () => {
    expect(fill('A {{x}} B {{y}}', { x: 'un' })).toEqual(['A un B {{y}}']);
    expect(fill('{{x}}.', { x: { missing: 'amount', focus: 'budget.balance' } })).toEqual([
      { missing: 'amount', focus: 'budget.balance' },
      '.',
    ]);
  });
});

describe('articled names of authorities (French prose)', () => {
  it.each([
    ['Commune de Ndiawara', 'la Commune de Ndiawara', 'de la Commune de Ndiawara'],
    [
      'Département de la Vallée-Haute',
      'le Département de la Vallée-Haute',
      'du Département de la Vallée-Haute',
    ],
    ['Région de Dakar', 'la Région de Dakar', 'de la Région de Dakar'],
    ['Agglomération du Grand Lomé', 'l’Agglomération du Grand Lomé', 'de l’Agglomération du Grand Lomé'],
    ['État de Bahia', 'l’État de Bahia', 'de l’État de Bahia'],
    ['Ndiawara', 'Ndiawara', 'de Ndiawara'],
  ])('%s → %s / %s', (name, withArticle, withOf) => {
    expect(articled(name, 'fr')).toBe(withArticle);
    expect(ofArticled(name, 'fr')).toBe(withOf);
  });

  it('leaves English names as they are', () => {
    expect(articled('Commune de Ndiawara', 'en')).toBe('Commune de Ndiawara');
    expect(ofArticled('Commune de Ndiawara', 'en')).toBe('of Commune de Ndiawara');
  });

  it('knows the gender the convention agrees with ("représentée par", "ci-après dénommé")', () => {
    expect(nameGender('Commune de Ndiawara')).toBe('feminine');
    expect(nameGender('  Agglomération du Grand Lomé')).toBe('feminine');
    expect(nameGender('Département de la Vallée-Haute')).toBe('masculine');
    expect(nameGender('État de Bahia')).toBe('masculine');
    expect(nameGender('Ndiawara')).toBeNull();
  });
});
