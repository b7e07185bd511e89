import { clauseDefault, clauseTitle, isStandardClauseKey } from '../method/clause-defaults';
import type { AuthoritySettings, AuthorityType, ProgrammeSnapshot, SessionParticulars } from '../model';
import { DEMO } from './names';
import { frenchText } from './text';

/**
 * The example programme led by each type of French author (`atelier demo --author TYPE`). The département's is the
 * demo as written; the other types take it over with their own names, bodies, numbers and the sentences that speak
 * of the lead's institution, so that each reads as that author's own file. Fictional, like the rest of the demo.
 */
export interface DemoAuthor {
  /** « Commune de Valbrune », with the gender of its head noun. */
  name: string;
  gender: 'masculine' | 'feminine';
  /** The short noun the prose uses (« la Commune »). */
  short: string;
  shortGender: 'masculine' | 'feminine';
  /** The deliberating council in running text (« conseil municipal »). */
  council: string;
  /** Adjective replacing « départemental » (masc., fem., masc. plural, fem. plural). */
  adjective: [string, string, string, string];
  presidentFunction: string;
  seat: string;
  /** Sentences of the demo that describe the lead's institution, each replaced whole. */
  sentences: Array<[string, string]>;
  settings: Partial<AuthoritySettings>;
  session: Partial<SessionParticulars>;
  /** The French territory's name in the diagnosis, when it is not the author's. */
  territory?: string;
  /** A co-funder in place of the State's call for local authorities (an association applies to AFD). */
  coFunder?: { name: string; kind: 'afd' };
}

const POPULATION = 'la Vallée-Haute, Département français de 412 000 habitants';
const COMPETENCE =
  'Chef de file de l’action sociale et de l’insertion (article L1111-9 du CGCT), le Département agit à l’international au titre de l’article L1115-1 du même code.';
const DELEGATION =
  'La commission permanente statue par délégation du Conseil départemental sur les conventions de coopération décentralisée (article L3211-2 du CGCT).';
const APPROVAL = 'approuvée par la commission permanente du Département';
const VICE_PRESIDENT = 'le vice-président du Département chargé';
const POLICIES =
  'Le Département pilote le programme départemental d’insertion (2023–2027), finance le fonds d’aide aux jeunes (420 000 € en 2025) et accompagne 310 jeunes majeurs au titre de l’aide sociale à l’enfance. Il s’appuie sur :';
/** Proper names that keep their word « départementale » whoever leads the programme. */
const PROPER_NAMES = ['Maison départementale des personnes handicapées'];

export const DEMO_AUTHORS: Record<Exclude<AuthorityType, 'departement'>, DemoAuthor> = {
  commune: {
    name: 'Commune de Valbrune',
    gender: 'feminine',
    short: 'Commune',
    shortGender: 'feminine',
    council: 'conseil municipal',
    adjective: ['municipal', 'municipale', 'municipaux', 'municipales'],
    presidentFunction: 'Maire de Valbrune',
    seat: 'Hôtel de ville, place de la République, Valbrune (France)',
    sentences: [
      [POPULATION, 'Valbrune, commune française de 48 000 habitants'],
      [COMPETENCE, 'Le conseil municipal règle par ses délibérations les affaires de la commune (article L2121-29 du CGCT) ; la Commune agit à l’international au titre de l’article L1115-1 du même code.'],
      [DELEGATION, 'Le conseil municipal délibère lui-même sur les conventions de coopération décentralisée.'],
      [APPROVAL, 'approuvée par le conseil municipal de Valbrune'],
      [VICE_PRESIDENT, 'l’adjoint au maire chargé'],
      [POLICIES, 'La Commune anime son centre communal d’action sociale et un point information jeunesse, qui ont reçu 1 200 jeunes en 2025. Elle s’appuie sur :'],
    ],
    settings: { authorityType: 'commune', delegationDeliberation: '' },
    session: {
      assembly: 'deliberating_body',
      reportNumber: '2027-031',
      deliberationNumber: 'DEL-2027-031',
      rapporteur: 'Julien Ferracci, adjoint au maire chargé de l’insertion et de la solidarité internationale',
      committeeOpinion: 'avis favorable de la commission Solidarités et relations internationales du 1er mars 2027',
      budgetProgramme: 'P-SOLINT – Solidarité internationale',
    },
  },
  epci: {
    name: 'Communauté d’agglomération de Valbrune',
    gender: 'feminine',
    short: 'Communauté',
    shortGender: 'feminine',
    council: 'conseil communautaire',
    adjective: ['communautaire', 'communautaire', 'communautaires', 'communautaires'],
    presidentFunction: 'Présidente de la Communauté d’agglomération de Valbrune',
    seat: 'Hôtel communautaire, 2 avenue des Tilleuls, Valbrune (France)',
    sentences: [
      [POPULATION, 'la Communauté d’agglomération de Valbrune, intercommunalité française de 24 communes et 160 000 habitants'],
      [COMPETENCE, 'Établissement public de coopération intercommunale, la Communauté agit à l’international au titre de l’article L1115-1 du CGCT, ouvert aux groupements de collectivités territoriales.'],
      [DELEGATION, 'Le bureau communautaire statue par délégation du conseil communautaire sur les conventions de coopération décentralisée (article L5211-10 du CGCT).'],
      [APPROVAL, 'approuvée par le bureau communautaire'],
      [VICE_PRESIDENT, 'le vice-président de la Communauté chargé'],
      [POLICIES, 'La Communauté anime le plan local pour l’insertion et l’emploi de l’agglomération, qui a accompagné 1 400 personnes en 2025. Elle s’appuie sur :'],
    ],
    settings: { authorityType: 'epci', delegationDeliberation: 'n° 2020-45 du 16 juillet 2020' },
    session: {
      assembly: 'delegate',
      reportNumber: 'B-2027-03-12',
      deliberationNumber: 'B-2027-03-12',
      rapporteur: 'Julien Ferracci, vice-président chargé de l’emploi, de l’insertion et des relations internationales',
      committeeOpinion: 'avis favorable de la commission Cohésion sociale du 1er mars 2027',
      budgetProgramme: 'P-COOP – Coopération internationale',
    },
  },
  region: {
    name: 'Région de la Vallée-Haute',
    gender: 'feminine',
    short: 'Région',
    shortGender: 'feminine',
    council: 'conseil régional',
    adjective: ['régional', 'régionale', 'régionaux', 'régionales'],
    presidentFunction: 'Présidente du Conseil régional de la Vallée-Haute',
    seat: 'Hôtel de Région, 1 esplanade des Tilleuls, Valbrune (France)',
    sentences: [
      [POPULATION, 'la Vallée-Haute, région française de 2,4 millions d’habitants'],
      [COMPETENCE, 'Compétente en matière de formation professionnelle et de développement économique, la Région agit à l’international au titre de l’article L1115-1 du CGCT.'],
      [DELEGATION, 'La commission permanente statue par délégation du conseil régional sur les conventions de coopération décentralisée (article L4221-5 du CGCT).'],
      [APPROVAL, 'approuvée par la commission permanente de la Région'],
      [VICE_PRESIDENT, 'le vice-président de la Région chargé'],
      [POLICIES, 'La Région finance la formation professionnelle des demandeurs d’emploi (2 800 places en 2025) et les écoles de la deuxième chance. Elle s’appuie sur :'],
    ],
    settings: { authorityType: 'region', delegationDeliberation: 'n° 21-CR-03 du 2 juillet 2021' },
    session: {
      assembly: 'delegate',
      reportNumber: 'CP-2027-03-118',
      deliberationNumber: 'CP-2027-03-118',
      rapporteur: 'Julien Ferracci, vice-président chargé de la formation, de l’insertion et des relations internationales',
      committeeOpinion: 'avis favorable de la commission Formation et relations internationales du 1er mars 2027',
      budgetProgramme: 'P-RI – Relations internationales',
    },
  },
  association: {
    name: 'Association Solidarités Vallée-Haute',
    gender: 'feminine',
    short: 'Association',
    shortGender: 'feminine',
    council: 'conseil d’administration',
    adjective: ['associatif', 'associative', 'associatifs', 'associatives'],
    presidentFunction: 'Présidente de l’Association Solidarités Vallée-Haute',
    seat: '12 cours des Tilleuls, Valbrune (France)',
    sentences: [
      [POPULATION, 'la Vallée-Haute, territoire français de 412 000 habitants où agit l’Association Solidarités Vallée-Haute'],
      [COMPETENCE, 'Association de solidarité internationale régie par la loi du 1er juillet 1901, l’Association agit à l’international conformément à son objet statutaire.'],
      [DELEGATION, 'Le conseil d’administration décide des conventions de partenariat ; le bureau prépare ses décisions.'],
      [APPROVAL, 'approuvée par le conseil d’administration de l’Association'],
      [VICE_PRESIDENT, 'le vice-président de l’Association chargé'],
      [POLICIES, 'L’Association accompagne chaque année 250 jeunes vers l’emploi avec ses salariés et ses bénévoles. Elle s’appuie sur :'],
      ['deux collectivités', 'deux partenaires'],
      ['de chaque collectivité', 'de chaque partenaire'],
    ],
    territory: 'Vallée-Haute (France)',
    settings: { authorityType: 'association', delegationDeliberation: '', appealCourt: '' },
    session: {
      assembly: 'deliberating_body',
      reportNumber: 'CA-2027-02',
      deliberationNumber: 'CA-2027-02-05',
      rapporteur: 'Julien Ferracci, trésorier de l’association',
      committeeOpinion: '',
      budgetChapter: '',
      budgetArticle: '',
      budgetProgramme: '',
      authorisationProgramme: '',
    },
    coFunder: { name: 'Agence française de développement (dispositif Initiatives-OSC)', kind: 'afd' },
  },
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const elides = (s: string) => /^[aeéèêiîoôuyh]/i.test(s);
/** « la Commune de Valbrune », « de la… », « à la… », « l’Association… ». */
function forms(name: string, gender: 'masculine' | 'feminine') {
  const the = elides(name) ? `l’${name}` : gender === 'masculine' ? `le ${name}` : `la ${name}`;
  const of = elides(name) ? `de l’${name}` : gender === 'masculine' ? `du ${name}` : `de la ${name}`;
  const to = elides(name) ? `à l’${name}` : gender === 'masculine' ? `au ${name}` : `à la ${name}`;
  return { the, The: capital(the), of, to };
}

/** Every string of the demo, with the département's names and words replaced by the author's. */
function rewrite(text: string, a: DemoAuthor): string {
  let out = text;
  for (const [from, to] of a.sentences) out = out.split(frenchText(from)).join(frenchText(to));
  const full = forms(a.name, a.gender);
  const short = forms(a.short, a.shortGender);
  const name = DEMO.departement;
  const kept = PROPER_NAMES.filter((n) => out.includes(n));
  kept.forEach((n, i) => (out = out.split(n).join(`\u0000${i}\u0000`)));
  out = out
    .replaceAll(`Pour le ${name}`, `Pour ${full.the}`)
    .replaceAll(`entre le ${name}`, `entre ${full.the}`)
    .replaceAll(`par le ${name}`, `par ${full.the}`)
    .replaceAll(`Le ${name}`, full.The)
    .replaceAll(`le ${name}`, full.the)
    .replaceAll(`du ${name}`, full.of)
    .replaceAll(`au ${name}`, full.to)
    .replaceAll(name, a.name)
    .replace(/\bLe Département\b/g, short.The)
    .replace(/\ble Département\b/g, short.the)
    .replace(/\bdu Département\b/g, short.of)
    .replace(/\bau Département\b/g, short.to)
    .replace(/\bConseil départemental\b/g, capital(a.council))
    .replace(/\bconseil départemental\b/g, a.council)
    .replace(/départementaux/g, a.adjective[2])
    .replace(/départementales/g, a.adjective[3])
    .replace(/départementale/g, a.adjective[1])
    .replace(/départemental/g, a.adjective[0]);
  kept.forEach((n, i) => (out = out.split(`\u0000${i}\u0000`).join(n)));
  return out;
}

function rewriteAll<T>(value: T, a: DemoAuthor): T {
  if (typeof value === 'string') return rewrite(value, a) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => rewriteAll(v, a)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, rewriteAll(v, a)])) as T;
  return value;
}

/** The author's example settings, from the département's (`base`). */
export function demoAuthorSettings(type: AuthorityType, base: Partial<AuthoritySettings>): Partial<AuthoritySettings> {
  if (type === 'departement') return base;
  const a = DEMO_AUTHORS[type];
  return {
    ...base,
    ...a.settings,
    name: `${a.name} (exemple)`,
    defaultSignatory: `${DEMO.president}, ${a.presidentFunction}`,
    authorOrganisation: frenchText(`${a.name} (exemple) – Service des solidarités internationales`),
  };
}

/** The demo programme as led by `type` (the département's is returned as it is). */
export function demoForAuthor(demo: ProgrammeSnapshot, type: AuthorityType, base: Partial<AuthoritySettings>): ProgrammeSnapshot {
  if (type === 'departement') return demo;
  const a = DEMO_AUTHORS[type];
  const s = rewriteAll(demo, a);
  const lead = s.parties.find((p) => p.role === 'lead');
  const parties = s.parties.map((p) =>
    p.role === 'lead' ? { ...p, name: a.name, seat: frenchText(a.seat), representedBy: frenchText(`${DEMO.president}, ${a.presidentFunction}`) } : p,
  );
  const signatories = s.signatories.map((x) =>
    lead && x.partyId === lead.id
      ? { ...x, function: frenchText(a.presidentFunction), deliberationNumber: a.session.deliberationNumber ?? x.deliberationNumber }
      : x,
  );
  const funders = a.coFunder
    ? s.funders.map((f) => (f.kind === 'state_meae' ? { ...f, name: frenchText(a.coFunder!.name), kind: a.coFunder!.kind } : f))
    : s.funders;
  const session = { ...s.session, ...rewriteAll(a.session, a) };
  // The State's call for local authorities does not apply to an association's programme.
  const budgetSettings = a.coFunder ? { ...s.budgetSettings, ruleSet: null } : s.budgetSettings;
  const territories = a.territory ? s.territories.map((t) => (t.side === 'france' ? { ...t, name: a.territory! } : t)) : s.territories;
  const next: ProgrammeSnapshot = { ...s, parties, signatories, funders, session, budgetSettings, territories };
  // The clauses are the author's defaults: they cite the author's own law (transmission, private-law contract).
  const settings = { ...demoAuthorSettings(type, base), name: a.name };
  const clauses = next.clauses.map((c) => {
    if (!isStandardClauseKey(c.key)) return c;
    const d = clauseDefault(c.key, next, settings);
    return { ...c, title: clauseTitle(c.key, type), text: d.text, edited: false, defaultAtEdit: '' };
  });
  return { ...next, clauses };
}
