/** Indicators, targets and monitoring values as data, attached to logframe rows by code. */

type Disaggregation = 'sex' | 'age' | 'disability' | 'territory';
type Frequency = 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'midterm_final' | 'final';

export interface DemoIndicator {
  row: string;
  wording: string;
  type: 'quantitative' | 'qualitative';
  unit: string;
  calculation: string;
  baselineValue: number | null;
  baselineText?: string;
  baselineDate: string;
  source: string;
  collectionMethod: string;
  frequency: Frequency;
  responsible: string;
  disaggregation: Disaggregation[];
  sdgTargets: string[];
  alsoMeasuredInFrance?: boolean;
  /** Intermediate (end of 2028) and final (end of 2029) targets. */
  intermediate: number | string;
  final: number | string;
  monitoring: Array<{ date: string; value: number | null; text?: string; comment: string }>;
}

export const INTERMEDIATE_DATE = '2028-12-31';
export const FINAL_DATE = '2029-12-31';

export const DEMO_INDICATORS: readonly DemoIndicator[] = [
  {
    row: 'OG',
    wording:
      'Taux de jeunes de 16 à 25 ans sans emploi, ni études, ni formation (NEET) dans la commune de Ndiawara',
    type: 'quantitative',
    unit: '%',
    calculation:
      'Nombre de jeunes de 16 à 25 ans ni en emploi, ni en études, ni en formation, divisé par la population de 16 à 25 ans, multiplié par 100.',
    baselineValue: 41,
    baselineDate: '2026-06-30',
    source:
      'Enquête communale sur l’emploi des jeunes ; pour la Vallée-Haute, observatoire départemental de l’insertion.',
    collectionMethod: 'Enquête par sondage auprès de 600 ménages, conduite avec l’appui de l’ANSD.',
    frequency: 'midterm_final',
    responsible: 'Coordinateur local du programme',
    disaggregation: ['sex', 'age', 'disability', 'territory'],
    sdgTargets: ['8.6', '8.5'],
    alsoMeasuredInFrance: true,
    intermediate: 38,
    final: 34,
    monitoring: [
      {
        date: '2027-12-31',
        value: 40,
        comment:
          'Estimation à partir de l’enquête légère de fin d’année ; recul surtout sensible au chef-lieu.',
      },
    ],
  },
  {
    row: 'OS1',
    wording:
      'Nombre de jeunes accompagnés en emploi, en activité génératrice de revenus ou en formation certifiante six mois après leur sortie du parcours',
    type: 'quantitative',
    unit: 'jeunes',
    calculation:
      'Somme des jeunes sortis du parcours dont la situation positive est vérifiée six mois après la sortie.',
    baselineValue: 0,
    baselineDate: '2026-12-31',
    source: 'Base de suivi des parcours du point d’accueil.',
    collectionMethod:
      'Appel téléphonique ou visite six mois après la sortie, avec vérification auprès de l’employeur ou du centre de formation.',
    frequency: 'semiannual',
    responsible: 'Coordinateur local du programme',
    disaggregation: ['sex', 'age', 'disability'],
    sdgTargets: ['8.5', '8.6', '4.4'],
    intermediate: 120,
    final: 270,
    monitoring: [
      {
        date: '2027-12-31',
        value: 18,
        comment: 'Premières sorties de parcours ; la plupart en stage ou en apprentissage.',
      },
      {
        date: '2028-06-30',
        value: 64,
        comment: 'Progression conforme au prévisionnel après l’entrée de la première cohorte en formation.',
      },
    ],
  },
  {
    row: 'OS1',
    wording: 'Part des jeunes femmes parmi les jeunes en emploi ou en activité six mois après leur sortie',
    type: 'quantitative',
    unit: '%',
    calculation:
      'Nombre de jeunes femmes en emploi ou en activité, divisé par le nombre total de jeunes en emploi ou en activité, multiplié par 100.',
    baselineValue: 31,
    baselineDate: '2026-06-30',
    source:
      'Base de suivi des parcours ; enquête communale sur l’emploi des jeunes pour la valeur de référence.',
    collectionMethod: 'Exploitation semestrielle de la base de suivi des parcours.',
    frequency: 'semiannual',
    responsible: 'Coordinateur local du programme',
    disaggregation: ['age', 'disability', 'territory'],
    sdgTargets: ['5.5', '8.5'],
    intermediate: 45,
    final: 50,
    monitoring: [
      {
        date: '2028-06-30',
        value: 42,
        comment:
          'Les horaires adaptés et la garde d’enfants pendant les formations ont levé une partie des freins.',
      },
    ],
  },
  {
    row: 'OS2',
    wording:
      'Nombre de pratiques issues de la coopération intégrées aux dispositifs d’insertion du Département de la Vallée-Haute ou de la Commune de Ndiawara',
    type: 'quantitative',
    unit: 'pratiques',
    calculation:
      'Nombre de pratiques (mentorat par les pairs, repérage par des relais de village, permanences mobiles…) inscrites dans un document de programmation adopté par l’une des deux collectivités.',
    baselineValue: 0,
    baselineDate: '2026-12-31',
    source:
      'Programme départemental d’insertion ; délibérations du conseil municipal ; rapport d’évaluation finale.',
    collectionMethod: 'Revue documentaire annuelle par les points focaux, validée en comité de pilotage.',
    frequency: 'annual',
    responsible: 'Points focaux des deux collectivités',
    disaggregation: ['territory'],
    sdgTargets: ['17.17', '16.7'],
    intermediate: 1,
    final: 3,
    monitoring: [],
  },
  {
    row: 'R1.1',
    wording:
      'Nombre de jeunes accueillis pour un premier entretien au point d’accueil ou lors des permanences mobiles',
    type: 'quantitative',
    unit: 'jeunes',
    calculation:
      'Nombre cumulé de jeunes différents ayant eu un premier entretien depuis l’ouverture du point d’accueil.',
    baselineValue: 0,
    baselineDate: '2026-12-31',
    source: 'Registre de fréquentation du point d’accueil.',
    collectionMethod: 'Saisie à chaque premier entretien dans la base de suivi des parcours.',
    frequency: 'quarterly',
    responsible: 'Service municipal de la jeunesse de Ndiawara',
    disaggregation: ['sex', 'age', 'disability', 'territory'],
    sdgTargets: ['8.6', '10.2'],
    intermediate: 350,
    final: 800,
    monitoring: [
      { date: '2027-09-30', value: 85, comment: 'Ouverture du point d’accueil le 1er septembre 2027.' },
      { date: '2027-12-31', value: 210, comment: 'Les permanences mobiles touchent 6 villages sur 14.' },
      {
        date: '2028-06-30',
        value: 405,
        comment: 'Objectif intermédiaire dépassé ; forte demande des jeunes femmes des villages.',
      },
    ],
  },
  {
    row: 'R1.2',
    wording: 'Nombre de jeunes ayant achevé une formation qualifiante financée par le programme',
    type: 'quantitative',
    unit: 'jeunes',
    calculation:
      'Nombre de jeunes ayant obtenu l’attestation de fin de formation ou le certificat de la filière.',
    baselineValue: 0,
    baselineDate: '2026-12-31',
    source: 'Attestations et certificats des centres de formation et des maîtres artisans.',
    collectionMethod: 'Collecte des attestations à la fin de chaque session.',
    frequency: 'semiannual',
    responsible: 'Coordinateur local du programme',
    disaggregation: ['sex', 'age', 'disability'],
    sdgTargets: ['4.4', '4.5'],
    intermediate: 70,
    final: 150,
    monitoring: [
      {
        date: '2028-06-30',
        value: 38,
        comment: 'Première cohorte : 38 jeunes diplômés sur 41 entrés en formation.',
      },
    ],
  },
  {
    row: 'R1.2',
    wording: 'Part des jeunes en situation de handicap parmi les jeunes accompagnés',
    type: 'quantitative',
    unit: '%',
    calculation:
      'Nombre de jeunes en situation de handicap accompagnés, divisé par le nombre total de jeunes accompagnés, multiplié par 100.',
    baselineValue: 2,
    baselineDate: '2026-06-30',
    source: 'Base de suivi des parcours ; pour la Vallée-Haute, données de la Mission locale et de la MDPH.',
    collectionMethod:
      'Déclaration volontaire du jeune lors du premier entretien, recoupée avec l’association des personnes handicapées.',
    frequency: 'semiannual',
    responsible: 'Coordinateur local du programme',
    disaggregation: ['sex', 'age', 'territory'],
    sdgTargets: ['10.2', '4.5', '8.5'],
    alsoMeasuredInFrance: true,
    intermediate: 8,
    final: 10,
    monitoring: [
      {
        date: '2027-12-31',
        value: 6,
        comment: 'Repérage facilité par les relais de l’association des personnes handicapées.',
      },
      {
        date: '2028-06-30',
        value: 7,
        comment: 'L’accessibilité du point d’accueil est saluée ; les transports restent un frein.',
      },
    ],
  },
  {
    row: 'R1.3',
    wording: 'Nombre de microprojets de jeunes créés et toujours en activité douze mois après leur démarrage',
    type: 'quantitative',
    unit: 'microprojets',
    calculation:
      'Nombre de microprojets dotés d’un kit de démarrage dont l’activité est constatée douze mois après leur démarrage.',
    baselineValue: 0,
    baselineDate: '2026-12-31',
    source: 'Registre des microprojets ; visites de terrain ; données de la mutuelle d’épargne et de crédit.',
    collectionMethod: 'Visite de chaque microprojet à six et douze mois par le coordinateur local.',
    frequency: 'semiannual',
    responsible: 'Coordinateur local du programme',
    disaggregation: ['sex', 'age', 'disability'],
    sdgTargets: ['8.3', '1.4', '5.5'],
    intermediate: 15,
    final: 32,
    monitoring: [],
  },
  {
    row: 'R2.1',
    wording: 'Nombre de jeunes mentors pairs formés et actifs dans les deux territoires',
    type: 'quantitative',
    unit: 'mentors',
    calculation:
      'Nombre de mentors ayant suivi la formation et accompagné au moins un jeune au cours du semestre.',
    baselineValue: 0,
    baselineDate: '2026-12-31',
    source:
      'Listes des mentors ; fiches de suivi du mentorat (Ndiawara, Mission locale du Pays de Valbrune).',
    collectionMethod: 'Compilation semestrielle des fiches de suivi par Passerelles Jeunesse Vallée-Haute.',
    frequency: 'semiannual',
    responsible: 'Passerelles Jeunesse Vallée-Haute',
    disaggregation: ['sex', 'territory'],
    sdgTargets: ['17.17', '10.2'],
    alsoMeasuredInFrance: true,
    intermediate: 30,
    final: 60,
    monitoring: [
      {
        date: '2028-06-30',
        value: 14,
        comment: 'Premiers binômes à Ndiawara (10) et à Valbrune (4) ; démarrage plus lent en Vallée-Haute.',
      },
    ],
  },
  {
    row: 'R2.2',
    wording:
      'Adoption par le conseil municipal d’une stratégie locale d’insertion des jeunes dotée de moyens budgétaires',
    type: 'qualitative',
    unit: '',
    calculation:
      'Constat de l’étape atteinte : projet validé en concertation, délibération d’adoption, crédits inscrits au budget communal.',
    baselineValue: null,
    baselineText:
      'Aucune stratégie communale ; une commission jeunesse et emploi créée en 2023 sans feuille de route.',
    baselineDate: '2026-10-31',
    source: 'Délibérations et budget primitif de la commune ; comptes rendus du cadre de concertation.',
    collectionMethod: 'Revue documentaire par le point focal de la commune.',
    frequency: 'annual',
    responsible: 'Point focal de la Commune de Ndiawara',
    disaggregation: [],
    sdgTargets: ['8.b', '16.7'],
    intermediate: 'Projet de stratégie validé par le cadre communal de concertation',
    final: 'Stratégie adoptée par le conseil municipal et ligne budgétaire inscrite au budget 2030',
    monitoring: [
      {
        date: '2028-06-30',
        value: null,
        text: 'Diagnostic et orientations validés',
        comment:
          'Trois réunions du cadre de concertation tenues ; les associations de jeunes demandent une ligne budgétaire dédiée.',
      },
    ],
  },
];
