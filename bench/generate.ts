import { ProgrammeSnapshot, SCHEMA_VERSION, CLAUSE_KEYS, BUDGET_CATEGORIES, STAKEHOLDER_TYPES } from '../src-shared/model';
import type { BudgetLine, Block } from '../src-shared/model';
import { SDG_TARGETS } from '../src-shared/sdg';

/**
 * The large programme of the benchmarks and of the stress tests: the biggest programme an officer could
 * plausibly build (8 specific objectives, 40 results, 240 activities, 200 indicators…). Deterministic
 * for a given seed, so two runs measure the same thing and a failing test can be replayed.
 */

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * UUIDv7-shaped ids from a counter: a fixed timestamp (2026-01-15), the seed in rand_a, the counter in
 * the last group. They pass z.uuid() and sort in creation order, like real v7 ids.
 */
export function counterIds(seed: number): () => string {
  let counter = 0;
  const stamp = (0x019bc0000000 + (seed & 0xffff)).toString(16).padStart(12, '0');
  const randA = ((seed >>> 4) & 0xfff).toString(16).padStart(3, '0');
  return () => {
    counter += 1;
    const tail = counter.toString(16).padStart(12, '0');
    return `${stamp.slice(0, 8)}-${stamp.slice(8)}-7${randA}-8000-${tail}`;
  };
}

const NNBSP = '\u202f';

const SUBJECTS = [
  'Les travailleurs sociaux du cercle',
  'Les équipes du centre départemental d’action sociale',
  'Les associations de quartier',
  'Les familles accompagnées',
  'Les jeunes de 16 à 25 ans sans emploi ni formation',
  'Les agents de la mairie partenaire',
  'Les élus de la commission sociale',
  'Les femmes cheffes de ménage',
  'Les personnes âgées isolées',
  'Les services techniques des deux collectivités',
];
const VERBS = [
  'disposent d’outils partagés pour',
  'suivent une formation afin de',
  'coordonnent leurs interventions pour',
  'accèdent plus facilement aux dispositifs qui permettent de',
  'participent aux instances chargées de',
  'bénéficient d’un accompagnement renforcé pour',
  'échangent leurs pratiques afin de',
];
const COMPLEMENTS = [
  'réduire le non-recours aux droits sociaux',
  'favoriser l’insertion socioprofessionnelle des publics éloignés de l’emploi',
  'améliorer l’accueil et l’orientation des personnes en difficulté',
  'structurer une offre de formation qualifiante adaptée au territoire',
  'renforcer la protection de l’enfance et le soutien à la parentalité',
  'développer des activités génératrices de revenus dans l’économie sociale et solidaire',
  'consolider le maillage des services sociaux de proximité',
  'suivre et évaluer les actions conduites avec les habitants',
];
const CLOSINGS = [
  `dans les quatre communes du cercle, en lien avec les services déconcentrés de l’État`,
  `selon un calendrier arrêté en comité de pilotage`,
  `avec l’appui technique des équipes du Département`,
  `en tenant compte des contraintes saisonnières et des périodes d’hivernage`,
  `conformément aux orientations de la convention de coopération`,
  `en veillant à la participation effective des personnes concernées`,
];
const ACTIVITY_VERBS = [
  'Organiser',
  'Former',
  'Élaborer',
  'Équiper',
  'Animer',
  'Conduire',
  'Mettre en place',
  'Réaliser',
  'Accompagner',
];
const ACTIVITY_OBJECTS = [
  'des sessions de formation des travailleurs sociaux au premier accueil',
  'un guide commun d’orientation vers les droits sociaux',
  'deux missions d’échange de pratiques entre les équipes',
  'un point d’accueil social de proximité dans chaque commune',
  'un atelier participatif avec les habitants et les associations',
  'l’enquête de référence sur le non-recours',
  'un dispositif de suivi des parcours d’insertion',
  'un cycle de rencontres avec les employeurs locaux',
  'l’évaluation à mi-parcours du programme',
];
const MEANS = [
  'deux formateurs du Département (10 jours chacun), salle mise à disposition par la mairie, supports imprimés',
  'un chargé de mission à mi-temps, un véhicule de service, frais de mission (billets, hébergement, indemnités)',
  'prestataire d’études recruté sur appel d’offres, 30 jours d’enquête, 4 enquêteurs locaux',
  'équipement informatique (3 postes), mobilier, connexion internet pendant 24 mois',
  'animateur associatif, restauration des participants, interprétariat en langue locale',
];

export interface TextSource {
  sentence(): string;
  paragraph(sentences: number): string;
  pick<T>(items: readonly T[]): T;
  int(min: number, max: number): number;
}

export function textSource(random: () => number): TextSource {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // "afin de" + "améliorer" → "afin d’améliorer": the texts stay grammatical French whatever is drawn.
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(COMPLEMENTS)}, ${pick(CLOSINGS)}.`.replace(/ de ([aeéiou])/g, ' d’$1');
  return {
    pick,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    sentence,
    paragraph: (n) => Array.from({ length: n }, sentence).join(' '),
  };
}

const paragraphs = (text: TextSource, count: number, sentences = 3): Block[] =>
  Array.from({ length: count }, () => ({ type: 'paragraph' as const, children: [{ text: text.paragraph(sentences) }] }));

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export const LARGE_COUNTS = {
  specific: 8,
  resultsPerSpecific: 5,
  activitiesPerResult: 6,
  indicators: 200,
  targetsPerIndicator: 4,
  valuesPerIndicator: 6,
  budgetLines: 600,
  stakeholders: 60,
  problems: 80,
  risks: 20,
} as const;

/** The large programme; valid (ProgrammeSnapshot.parse, no structure problem) and balanced. */
export function generateLargeProgramme(seed = 1): ProgrammeSnapshot {
  const random = seededRandom(seed);
  const id = counterIds(seed);
  const text = textSource(random);
  const now = '2026-01-15T09:00:00.000Z';
  const programmeId = id();
  const years = [2027, 2028, 2029];

  const territories = (['france', 'partner'] as const).map((side) => ({
    id: id(),
    side,
    name: side === 'france' ? 'Département de la Drôme' : 'Cercle de Kita (Mali)',
    sections: {
      population: paragraphs(text, 3),
      poverty: paragraphs(text, 3),
      services: paragraphs(text, 2),
      institutions: paragraphs(text, 2),
      resources: paragraphs(text, 2),
    },
  }));

  const stakeholders = Array.from({ length: LARGE_COUNTS.stakeholders }, (_, i) => ({
    id: id(),
    name: `${text.pick(['Association', 'Service', 'Collectif', 'Centre', 'Union'])} ${text.pick(['des femmes', 'de l’enfance', 'de la jeunesse', 'd’action sociale', 'des aînés', 'pour l’emploi'])} n° ${i + 1}`,
    type: STAKEHOLDER_TYPES[i % STAKEHOLDER_TYPES.length]!,
    territoryId: territories[i % 2]!.id,
    role: text.paragraph(2),
    interest: 1 + (i % 5),
    influence: 1 + ((i * 3) % 5),
    contactPerson: `Contact ${i + 1}`,
    email: `contact${i + 1}@exemple.org`,
    phone: `+33 4 75 00 ${String(10 + (i % 90)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')}`,
  }));

  const parties = [
    { id: id(), stakeholderId: null, role: 'lead' as const, name: 'Département de la Drôme', seat: 'Valence', representedBy: 'la présidente du conseil départemental' },
    { id: id(), stakeholderId: null, role: 'partner' as const, name: 'Conseil de cercle de Kita', seat: 'Kita', representedBy: 'le président du conseil de cercle' },
  ];
  const signatories = parties.map((p, i) => ({
    id: id(),
    partyId: p.id,
    name: i === 0 ? 'Marie-Pierre Mouton' : 'Moussa Traoré',
    function: i === 0 ? 'Présidente du conseil départemental' : 'Président du conseil de cercle',
    deliberationDate: iso(2026, 11, 26),
    deliberationNumber: `CP-2026-${100 + i}`,
  }));

  // Problem tree: one core problem, causes below (two levels), effects above.
  const problems: ProgrammeSnapshot['problems'] = [];
  const core = { id: id(), parentId: null, kind: 'core' as const, text: 'Les personnes en situation de précarité accèdent difficilement à leurs droits sociaux' };
  problems.push(core);
  const firstCauses: string[] = [];
  while (problems.length < LARGE_COUNTS.problems) {
    const n = problems.length;
    if (n % 4 === 0) {
      problems.push({ id: id(), parentId: core.id, kind: 'effect', text: text.sentence() });
    } else if (firstCauses.length < 10) {
      const cause = { id: id(), parentId: core.id, kind: 'cause' as const, text: text.sentence() };
      firstCauses.push(cause.id);
      problems.push(cause);
    } else {
      problems.push({ id: id(), parentId: firstCauses[n % firstCauses.length]!, kind: 'cause', text: text.sentence() });
    }
  }

  // Logical framework: OG > 8 OS > 40 R > 240 A.
  const logframe: ProgrammeSnapshot['logframe'] = [];
  const row = (level: 'goal' | 'specific' | 'result' | 'activity', parentId: string | null, words: string) => ({
    id: id(),
    parentId,
    level,
    text: words,
    sources: level === 'activity' ? '' : `Rapports d’activité semestriels, comptes rendus du comité de pilotage, enquête ${text.pick(['de référence', 'finale', 'à mi-parcours'])}.`,
    assumptions: level === 'activity' ? '' : text.sentence(),
    means: '',
    cost: null as number | null,
    responsiblePartyId: null as string | null,
    startDate: null as string | null,
    endDate: null as string | null,
    purposeCode: null as string | null,
  });
  const goal = row('goal', null, 'Contribuer à l’inclusion sociale des personnes vulnérables du cercle de Kita et de la Drôme');
  logframe.push(goal);
  const specifics: string[] = [];
  const results: string[] = [];
  const activities: string[] = [];
  for (let s = 0; s < LARGE_COUNTS.specific; s++) {
    const os = row('specific', goal.id, text.sentence());
    logframe.push(os);
    specifics.push(os.id);
    for (let r = 0; r < LARGE_COUNTS.resultsPerSpecific; r++) {
      const result = row('result', os.id, text.sentence());
      logframe.push(result);
      results.push(result.id);
      for (let a = 0; a < LARGE_COUNTS.activitiesPerResult; a++) {
        const activity = row('activity', result.id, `${text.pick(ACTIVITY_VERBS)} ${text.pick(ACTIVITY_OBJECTS)}`);
        const year = years[(s + a) % years.length]!;
        const month = 1 + ((r * 2 + a) % 9);
        activity.means = text.pick(MEANS);
        activity.cost = 1_000 * text.int(2, 40);
        activity.responsiblePartyId = parties[a % 2]!.id;
        activity.startDate = iso(year, month, 1);
        activity.endDate = iso(year, month + 3, 28);
        logframe.push(activity);
        activities.push(activity.id);
      }
    }
  }

  const objectives = problems.map((p) => ({
    id: id(),
    parentId: null as string | null,
    kind: (p.kind === 'core' ? 'core' : p.kind === 'cause' ? 'means' : 'end') as 'core' | 'means' | 'end',
    text: `Objectif : ${p.text}`.replace(' :', `${NNBSP}:`),
    problemId: p.id,
    logframeId: p.kind === 'core' ? specifics[0]! : null,
  }));
  const objectiveOfProblem = new Map(problems.map((p, i) => [p.id, objectives[i]!.id]));
  problems.forEach((p, i) => {
    objectives[i]!.parentId = p.parentId ? objectiveOfProblem.get(p.parentId)! : null;
  });

  // Indicators: spread over the specific objectives and the results.
  const measured = [...specifics, ...results];
  const sdgCodes = SDG_TARGETS.map((t) => t.code);
  const indicators: ProgrammeSnapshot['indicators'] = [];
  const indicatorTargets: ProgrammeSnapshot['indicatorTargets'] = [];
  const monitoringValues: ProgrammeSnapshot['monitoringValues'] = [];
  for (let i = 0; i < LARGE_COUNTS.indicators; i++) {
    const baseline = text.int(5, 60);
    const indicator = {
      id: id(),
      logframeId: measured[i % measured.length]!,
      wording: `Nombre ${text.pick(['de personnes accompagnées', 'de jeunes formés', 'de familles orientées', 'd’agents formés', 'de dossiers ouverts'])} ${text.pick(['par trimestre', 'par an', 'depuis le début du programme'])}`,
      type: i % 10 === 9 ? ('qualitative' as const) : ('quantitative' as const),
      unit: 'personnes',
      calculation: 'Somme des fiches de suivi saisies par les équipes, sans double compte.',
      baselineValue: baseline,
      baselineText: '',
      baselineDate: iso(2026, 10, 1),
      source: 'Registre des accueils du centre social',
      collectionMethod: 'Relevé trimestriel par le point focal',
      frequency: 'quarterly' as const,
      responsible: 'Point focal du cercle',
      disaggregation: ['sex' as const, 'age' as const],
      sdgTargets: [sdgCodes[(i * 7) % sdgCodes.length]!, sdgCodes[(i * 13 + 5) % sdgCodes.length]!].filter((c, k, a) => a.indexOf(c) === k),
      alsoMeasuredInFrance: i % 5 === 0,
    };
    indicators.push(indicator);
    for (let k = 0; k < LARGE_COUNTS.targetsPerIndicator; k++) {
      indicatorTargets.push({
        id: id(),
        indicatorId: indicator.id,
        kind: k === LARGE_COUNTS.targetsPerIndicator - 1 ? 'final' : 'intermediate',
        value: baseline + 10 * (k + 1),
        text: '',
        date: iso(2027 + Math.min(k, 2), k === 3 ? 12 : 6, 30),
      });
    }
    for (let k = 0; k < LARGE_COUNTS.valuesPerIndicator; k++) {
      monitoringValues.push({
        id: id(),
        indicatorId: indicator.id,
        date: iso(2027 + Math.floor(k / 2), k % 2 === 0 ? 6 : 12, 30),
        value: baseline + 4 * k + text.int(0, 3),
        text: '',
        comment: k % 3 === 0 ? text.sentence() : '',
      });
    }
  }

  // Budget: integer amounts, so totals are exact and the financing plan balances to the euro.
  const budgetLines: BudgetLine[] = Array.from({ length: LARGE_COUNTS.budgetLines }, (_, i) => {
    const inKind = i % 7 === 3;
    return {
      id: id(),
      label: `${text.pick(['Frais de mission', 'Formation', 'Équipement', 'Prestation d’étude', 'Animation', 'Communication'])} — ligne ${i + 1}`,
      category: BUDGET_CATEGORIES[i % BUDGET_CATEGORIES.length]!,
      year: years[i % years.length]!,
      activityId: activities[i % activities.length]!,
      side: inKind || i % 3 === 0 ? ('partner' as const) : ('france' as const),
      nature: inKind ? ('in_kind' as const) : ('cash' as const),
      quantity: text.int(1, 12),
      unit: text.pick(['jour', 'mission', 'forfait', 'mois', 'unité']),
      unitCost: 50 * text.int(2, 60),
      purposeCode: null,
    };
  });
  const funders = [
    { id: id(), name: 'Département de la Drôme', kind: 'lead_authority' as const },
    { id: id(), name: 'Conseil de cercle de Kita', kind: 'partner_authority' as const },
    { id: id(), name: 'Ministère de l’Europe et des Affaires étrangères (DAECT)', kind: 'state_meae' as const },
    { id: id(), name: 'Agence française de développement', kind: 'afd' as const },
    { id: id(), name: 'Fondation solidaire', kind: 'private' as const },
  ];
  const contributions: ProgrammeSnapshot['contributions'] = [];
  const shares = [0.4, 0.1, 0.3, 0.15, 0.05];
  for (const year of years) {
    const lines = budgetLines.filter((l) => l.year === year);
    const sum = (nature: 'cash' | 'in_kind') =>
      lines.filter((l) => l.nature === nature).reduce((total, l) => total + l.quantity * l.unitCost, 0);
    const cash = sum('cash');
    const parts = shares.map((share) => Math.floor(cash * share));
    parts[0]! += cash - parts.reduce((a, b) => a + b, 0);
    funders.forEach((f, i) => contributions.push({ id: id(), funderId: f.id, year, nature: 'cash', amount: parts[i]! }));
    contributions.push({ id: id(), funderId: funders[1]!.id, year, nature: 'in_kind', amount: sum('in_kind') });
  }

  const risks = Array.from({ length: LARGE_COUNTS.risks }, (_, i) => ({
    id: id(),
    text: text.sentence(),
    likelihood: (['low', 'medium', 'high'] as const)[i % 3]!,
    impact: (['low', 'medium', 'high'] as const)[(i + 1) % 3]!,
    mitigation: text.paragraph(2),
    owner: i % 2 === 0 ? 'Comité de pilotage' : 'Point focal du cercle',
    logframeId: i % 2 === 0 ? specifics[i % specifics.length]! : null,
  }));

  const clauses = CLAUSE_KEYS.map((key, i) => ({
    id: id(),
    key,
    title: `Article ${i + 1}`,
    text: text.paragraph(4),
    partnerText: '',
    required: true,
    edited: i % 2 === 0,
  }));

  return ProgrammeSnapshot.parse({
    id: programmeId,
    schemaVersion: SCHEMA_VERSION,
    createdAt: now,
    updatedAt: now,
    framing: {
      title: 'Programme d’appui à l’inclusion sociale Drôme – Kita 2027-2029',
      acronym: 'PAIS-DK',
      summary: text.paragraph(6),
      partnerCountry: 'ML',
      partnerAuthority: 'Conseil de cercle de Kita',
      partnerLevel: 'intercommunality',
      partnerLanguage: 'fr',
      themes: ['access_to_rights', 'socio_professional_integration', 'child_protection'],
      startDate: iso(2027, 1, 1),
      endDate: iso(2029, 12, 31),
      partnershipSince: 2004,
      history: text.paragraph(5),
      earlierConventions: text.paragraph(3),
      sharedChallenge: text.paragraph(4),
      reciprocityEffects: text.paragraph(4),
    },
    governance: {
      steeringComposition: text.paragraph(3),
      steeringFrequency: 'Deux fois par an',
      technicalCommittee: text.paragraph(3),
      focalPoints: text.paragraph(2),
    },
    budgetSettings: { leastDevelopedCountry: true },
    capitalisation: Object.fromEntries(
      ['title', 'context', 'problem', 'approach', 'results', 'difficulties', 'successFactors', 'lessons', 'transferability', 'reciprocity', 'resources', 'contacts'].map((k) => [k, k === 'title' ? 'Capitaliser l’accueil social de proximité' : text.paragraph(3)]),
    ),
    targetGroups: Array.from({ length: 5 }, (_, i) => ({
      id: id(),
      label: text.pick(SUBJECTS),
      direct: 100 * (i + 1),
      indirect: 400 * (i + 1),
      women: 60 * (i + 1),
      men: 40 * (i + 1),
    })),
    territories,
    stakeholders,
    workshops: Array.from({ length: 6 }, (_, i) => ({
      id: id(),
      title: `Atelier de diagnostic partagé n° ${i + 1}`,
      date: iso(2026, 3 + i, 10),
      place: i % 2 === 0 ? 'Valence' : 'Kita',
      territoryId: territories[i % 2]!.id,
      participants: [
        { category: 'social_workers', count: 12 },
        { category: 'people_concerned', count: 20 + i },
      ],
      conclusions: text.paragraph(4),
    })),
    problems,
    objectives,
    parties,
    signatories,
    clauses,
    logframe,
    preconditions: Array.from({ length: 4 }, () => ({ id: id(), text: text.sentence() })),
    indicators,
    indicatorTargets,
    monitoringValues,
    budgetLines,
    funders,
    contributions,
    risks,
    attachments: [],
  });
}
