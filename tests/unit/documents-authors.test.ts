import { describe, expect, it } from 'vitest';
import { buildDocumentPackage } from '../../src-main/documents/package';
import { buildDemoProgramme, demoSettingsFor } from '../../src-shared/demo';
import { clauseDefault } from '../../src-shared/method/clause-defaults';
import { buildDeliberation } from '../../src-shared/method/deliberation';
import { AUTHOR_PROFILES } from '../../src-shared/method/lead-author';
import { LEGAL_SOURCES } from '../../src-shared/method/legal-sources';
import { gate } from '../../src-shared/method/readiness';
import { AUTHORITY_TYPES, AuthoritySettings, CLAUSE_KEYS, newId, type AuthorityType } from '../../src-shared/model';
import { documentText } from '../helpers/docx-text';

/** Each type of French lead author: its example programme, its decision and the words of its documents. */
const demoOf = (type: AuthorityType) => ({
  s: buildDemoProgramme(newId, '2026-12-01T10:00:00.000Z', type),
  settings: AuthoritySettings.parse(demoSettingsFor(type)),
});

/** What each type's decision must say (its visas, its deciding body, its legal mentions). */
const EXPECTED: Record<AuthorityType, { body: string; visas: string[]; enforceable: string | null; signs: string }> = {
  departement: { body: 'Commission permanente', visas: ['L1115-1', 'L3211-2'], enforceable: 'L3131-1', signs: 'La Présidente du Conseil départemental' },
  commune: { body: 'Conseil municipal', visas: ['L1115-1', 'L2121-29'], enforceable: 'L2131-1', signs: 'La Maire' },
  epci: { body: 'Bureau communautaire', visas: ['L1115-1', 'L5211-10'], enforceable: 'L5211-3', signs: 'La Présidente de la Communauté' },
  region: { body: 'Commission permanente', visas: ['L1115-1', 'L4221-5'], enforceable: 'L4141-1', signs: 'La Présidente du Conseil régional' },
  association: { body: 'Conseil d’administration', visas: ['loi du 1er juillet 1901', 'statuts'], enforceable: null, signs: 'La Présidente de l’association' },
};

const texts = new Map<AuthorityType, Record<string, string>>();
async function packageOf(type: AuthorityType): Promise<Record<string, string>> {
  const cached = texts.get(type);
  if (cached) return cached;
  const { s, settings } = demoOf(type);
  const files = await buildDocumentPackage(s, settings, { locale: 'fr', draft: false });
  const out = Object.fromEntries(files.map((f) => [f.kind, documentText(f.bytes)]));
  texts.set(type, out);
  return out;
}

describe('every type of lead author has an example programme whose final package is ready', () => {
  it.each(AUTHORITY_TYPES)('%s: the gate lets the final package through', (type) => {
    const { s, settings } = demoOf(type);
    expect(settings.authorityType).toBe(type);
    const g = gate(s, settings);
    expect(g.blocking.map((i) => i.rule)).toEqual([]);
    expect(g.ready).toBe(true);
  });
});

describe('the decision of each type cites its own law and names its own bodies', () => {
  it.each(AUTHORITY_TYPES)('%s', async (type) => {
    const { s, settings } = demoOf(type);
    const want = EXPECTED[type];
    const d = buildDeliberation(s, settings, 'fr');
    const visas = d.visas.map((v) => v.join('')).join('\n');
    for (const visa of want.visas) expect(visas).toContain(visa);
    expect(d.intro.join('')).toBe(`${want.body === 'Commission permanente' ? 'La' : 'Le'} ${want.body},`);
    expect(d.decides).toBe('DÉCIDE');
    expect(d.presidentTitle).toBe(want.signs);

    const { deliberation, rapport, convention } = await packageOf(type);
    // The vote block always; a board's minutes also record its quorum.
    expect(deliberation).toContain('Résultat du vote');
    if (type === 'association') {
      expect(deliberation).toContain('Le quorum prévu par les statuts étant atteint, le Conseil d’administration peut valablement délibérer.');
      expect(deliberation).toContain('Extrait du procès-verbal');
      // A private-law act: no CGCT, no prefecture, no appeal before the administrative court.
      expect(`${deliberation}${convention}`).not.toMatch(/collectivités territoriales|préfecture|Tribunal administratif|recours pour excès de pouvoir/);
      expect(convention).toContain('La présente convention est un contrat de droit privé, régi par le droit français.');
      expect(deliberation).toContain('article 10 de la loi n° 2000-321 du 12 avril 2000');
    } else {
      expect(deliberation).toContain(`(article${want.enforceable === 'L5211-3' ? 's L2131-1 et' : ''} ${want.enforceable} du code général des collectivités territoriales)`);
      expect(deliberation).toMatch(/recours pour excès de pouvoir devant le Tribunal administratif de \S+ dans un délai de deux mois/);
      expect(deliberation).toContain('Accusé de réception de la préfecture');
      // (The département's demo keeps its officer-written clauses; the default is what a new convention starts from.)
      expect(clauseDefault('applicable_law', s, settings).text).toContain('en application des articles L. 1115-1 et suivants du code général des collectivités territoriales');
    }
    // No word of the département in another type's documents, and no slot left unfilled.
    if (type !== 'departement') {
      const all = `${rapport}\n${deliberation}\n${convention}`;
      expect(all).not.toMatch(/Conseil départemental|du Département|le Département|budget départemental|territoire départemental/);
    }
    expect(`${rapport}${deliberation}${convention}`).not.toMatch(/\{\{|\}\}|undefined|\[object/);
  });

  it('a commune’s rapport is its note explicative de synthèse; a commune has no delegate body', async () => {
    const { rapport, deliberation } = await packageOf('commune');
    expect(rapport).toContain('Rapport de la Maire au Conseil municipal');
    expect(rapport).toContain('Note explicative de synthèse (article L2121-12 du code général des collectivités territoriales)');
    // Even a session set to a delegate body goes before the conseil municipal.
    const { s, settings } = demoOf('commune');
    const d = buildDeliberation({ ...s, session: { ...s.session, assembly: 'delegate' } }, settings, 'fr');
    expect(d.assembly).toBe('Conseil municipal');
    expect(gate({ ...s, session: { ...s.session, assembly: 'delegate' } }, settings).items.map((i) => i.rule)).toContain('leadAuthorNoDelegate');
    expect(deliberation).not.toContain('Commission permanente');
  });

  it('a région or an EPCI deciding in plenary cites its council’s competence, not the delegation', () => {
    for (const [type, article] of [['region', 'L4221-1'], ['epci', 'L5211-1'], ['departement', 'L3211-1']] as const) {
      const { s, settings } = demoOf(type);
      const d = buildDeliberation({ ...s, session: { ...s.session, assembly: 'deliberating_body' } }, settings, 'fr');
      const visas = d.visas.map((v) => v.join('')).join('\n');
      expect(visas, type).toContain(`Vu l’article ${article} du code`);
      expect(visas, type).not.toContain('a délégué');
    }
  });

  it('an association asks for no budget imputation nor appeal court; a département does', () => {
    const { s, settings } = demoOf('association');
    const bare = { ...s, session: { ...s.session, budgetChapter: '', budgetArticle: '', budgetProgramme: '' } };
    expect(gate(bare, { ...settings, appealCourt: '' }).ready).toBe(true);
    const dep = demoOf('departement');
    const depBare = { ...dep.s, session: { ...dep.s.session, budgetChapter: '' } };
    expect(gate(depBare, { ...dep.settings, appealCourt: '' }).blocking.map((i) => i.rule)).toEqual(
      expect.arrayContaining(['session_budgetChapter', 'settingsAppealCourt']),
    );
  });
});

describe('the legal sources', () => {
  it('every article a type cites is listed with what it says and where it was read', () => {
    const cited = new Set(Object.values(AUTHOR_PROFILES).flatMap((p) => p.articles));
    expect(cited.size).toBeGreaterThan(15);
    for (const key of cited) {
      const source = LEGAL_SOURCES[key];
      expect(source, key).toBeDefined();
      expect(source!.url, key).toMatch(/^https?:\/\//);
      expect(source!.says.length, key).toBeGreaterThan(40);
    }
  });

  it.each(AUTHORITY_TYPES)('%s: each CGCT article the app writes in its decision and clauses is one of its listed articles', async (type) => {
    const { s, settings } = demoOf(type);
    // The officer's own texts (diagnosis, edited clauses, extra visas) may cite other articles; the app's may not.
    const { deliberation } = await packageOf(type);
    const clauses = CLAUSE_KEYS.map((key) => clauseDefault(key, s, settings).text).join('\n');
    const printed = new Set([...`${deliberation}\n${clauses}`.matchAll(/\bL\.?\s?(\d{4}-\d+(?:-\d+)?)/g)].map((m) => `CGCT L${m[1]}`));
    // An association's decision and agreement cite no article of the CGCT at all.
    if (type === 'association') expect([...printed]).toEqual([]);
    else expect(printed.size).toBeGreaterThan(1);
    const listed = new Set(AUTHOR_PROFILES[type].articles);
    for (const article of printed) expect(listed.has(article), `${type} prints ${article}`).toBe(true);
  });
});
