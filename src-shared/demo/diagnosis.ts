import type { RichText } from '../model';
import { bullets, para, strong } from './text';

type Sections = Record<'population' | 'poverty' | 'services' | 'institutions' | 'resources', RichText>;

export const FRANCE_TERRITORY: { name: string; sections: Sections } = {
  name: 'Département de la Vallée-Haute (France)',
  sections: {
    population: [
      para(
        'La Vallée-Haute compte 412 000 habitants (recensement 2022), dont ',
        strong('58 000 jeunes de 16 à 25 ans'),
        ' (14 %). La population se concentre dans l’agglomération de Valbrune (168 000 habitants) ; les cantons ruraux du Haut-Plateau, qui couvrent 60 % du territoire, vieillissent et perdent leurs jeunes adultes.',
      ),
      bullets(
        'Jeunes de 16 à 25 ans sans emploi ni formation (NEET) : 6 800, soit 11,7 % de la classe d’âge.',
        'Jeunes suivis par la Mission locale du Pays de Valbrune en 2025 : 4 950, dont 49 % de jeunes femmes.',
        'Jeunes de moins de 26 ans ayant une reconnaissance de la qualité de travailleur handicapé : 1 150.',
      ),
    ],
    poverty: [
      para(
        'Le taux de pauvreté atteint 14,2 % (17,5 % chez les moins de 30 ans). 19 400 foyers perçoivent le revenu de solidarité active, dont 2 300 jeunes de 25 à 29 ans.',
      ),
      para(
        'Dans les cantons ruraux, l’absence de transports en commun et de permis de conduire est le premier frein à l’emploi cité par les jeunes ; 38 % des jeunes du Haut-Plateau interrogés en 2026 n’avaient jamais rencontré de conseiller.',
      ),
    ],
    services: [
      para(
        'Le Département pilote le programme départemental d’insertion (2023–2027), finance le fonds d’aide aux jeunes (420 000 € en 2025) et accompagne 310 jeunes majeurs au titre de l’aide sociale à l’enfance. Il s’appuie sur :',
      ),
      bullets(
        'la Mission locale du Pays de Valbrune et ses 9 permanences rurales ;',
        'les 3 agences de France Travail et le contrat d’engagement jeune ;',
        'la Maison départementale des personnes handicapées (MDPH) ;',
        'les associations d’insertion, dont Passerelles Jeunesse Vallée-Haute, qui expérimente depuis 2023 un accompagnement par des pairs.',
      ),
    ],
    institutions: [
      para(
        'Chef de file de l’action sociale et de l’insertion (article L1111-9 du CGCT), le Département agit à l’international au titre de l’article L1115-1 du même code. Sa politique de solidarité internationale, adoptée en 2022, privilégie trois partenariats (Sénégal, Maroc, Vietnam) et l’effet retour sur le territoire.',
      ),
      para(
        'La commission permanente statue par délégation du Conseil départemental sur les conventions de coopération décentralisée (article L3211-2 du CGCT).',
      ),
    ],
    resources: [
      para(
        'Un réseau associatif dense (plus de 120 associations de solidarité internationale), une diaspora sénégalaise d’environ 1 900 personnes, l’IUT de Valbrune (licence professionnelle « Intervention sociale »), un service départemental de la jeunesse qui accueille 45 volontaires en service civique par an et vingt ans d’expérience de coopération décentralisée.',
      ),
    ],
  },
};

export const PARTNER_TERRITORY: { name: string; sections: Sections } = {
  name: 'Commune de Ndiawara (Sénégal)',
  sections: {
    population: [
      para(
        'La commune de Ndiawara compte environ 38 500 habitants (projection 2025), répartis entre le chef-lieu (21 000 habitants) et 14 villages. La population est très jeune : 62 % des habitants ont moins de 25 ans et ',
        strong('les jeunes de 16 à 25 ans sont environ 8 100'),
        '.',
      ),
      bullets(
        'Jeunes de 16 à 25 ans sans emploi ni formation : environ 3 300 (41 %), dont 58 % de jeunes femmes.',
        'Jeunes en situation de handicap recensés par l’association locale : 410.',
        'Départs annuels de jeunes vers Dakar ou l’étranger : 300 à 400 selon la mairie.',
      ),
    ],
    poverty: [
      para(
        'Selon l’enquête communale de 2025, 47 % des ménages vivent sous le seuil de pauvreté national. L’économie repose sur l’agriculture pluviale (arachide, mil), le maraîchage, l’élevage et le petit commerce ; plus de 90 % des emplois sont informels.',
      ),
      para(
        'Les jeunes femmes, souvent mariées avant 20 ans, sont les premières exclues de la formation et du crédit ; les jeunes en situation de handicap sont rarement scolarisés au-delà du primaire.',
      ),
    ],
    services: [
      para(
        'Le service municipal de la jeunesse compte deux agents et ne dispose d’aucun lieu d’accueil. Le centre de formation professionnelle public offre 120 places par an dans 4 filières (couture, menuiserie métallique, électricité, maraîchage).',
      ),
      para(
        'L’antenne départementale de l’Agence nationale pour la promotion de l’emploi des jeunes (ANPEJ), à 35 km, et les programmes nationaux de financement restent peu connus : 6 % des jeunes interrogés en 2026 les avaient sollicités.',
      ),
    ],
    institutions: [
      para(
        'Depuis l’Acte III de la décentralisation (Code général des collectivités locales, loi n° 2013-10 du 28 décembre 2013), la commune exerce des compétences en matière de jeunesse, de sports et de promotion de l’emploi local, en lien avec les services déconcentrés de l’État. Le conseil municipal, élu en janvier 2022, a créé en 2023 une commission jeunesse et emploi.',
      ),
      para(
        'Les conventions de coopération décentralisée sont soumises au contrôle du représentant de l’État (préfet du département).',
      ),
    ],
    resources: [
      bullets(
        'Un conseil communal de la jeunesse actif, qui fédère 32 associations de jeunes, et 18 groupements de promotion féminine.',
        'Un marché hebdomadaire qui attire les acheteurs de toute la zone et un potentiel d’agro-transformation (arachide, bissap, mangue).',
        'Une bonne couverture en téléphonie mobile, qui permet les services financiers numériques.',
        'Une diaspora en France et en Italie qui soutient déjà plusieurs initiatives de jeunes.',
      ),
    ],
  },
};

export type DemoTerritoryKey = 'france' | 'partner' | null;

export interface DemoStakeholder {
  key: string;
  name: string;
  type:
    | 'local_authority'
    | 'state_service'
    | 'social_service'
    | 'association'
    | 'ngo'
    | 'university'
    | 'private'
    | 'community'
    | 'international'
    | 'other';
  territory: DemoTerritoryKey;
  role: string;
  interest: number;
  influence: number;
  contactPerson: string;
  email: string;
  phone: string;
}

export const DEMO_STAKEHOLDERS: readonly DemoStakeholder[] = [
  {
    key: 'lead',
    name: 'Département de la Vallée-Haute – Direction de l’insertion et des solidarités internationales',
    type: 'local_authority',
    territory: 'france',
    role: 'Porteur du programme et cofinanceur ; apporte l’expertise de ses professionnels de l’insertion et de l’action sociale ; coordonne le volet réciprocité en Vallée-Haute.',
    interest: 5,
    influence: 5,
    contactPerson: 'Élodie Marquand, chargée de mission coopération décentralisée',
    email: 'elodie.marquand@exemple.fr',
    phone: '+33 3 00 00 41 27',
  },
  {
    key: 'mission_locale',
    name: 'Mission locale du Pays de Valbrune',
    type: 'social_service',
    territory: 'france',
    role: 'Accompagne les jeunes de 16 à 25 ans ; accueille l’expérimentation du mentorat par les pairs en Vallée-Haute et envoie des conseillers en binôme à Ndiawara.',
    interest: 4,
    influence: 3,
    contactPerson: 'Sandrine Aubertin, directrice',
    email: 'direction@mission-locale-valbrune.exemple.fr',
    phone: '+33 3 00 00 18 52',
  },
  {
    key: 'association',
    name: 'Passerelles Jeunesse Vallée-Haute',
    type: 'association',
    territory: 'france',
    role: 'Association d’insertion ; conçoit avec les jeunes de Ndiawara le référentiel de mentorat par les pairs et forme les mentors.',
    interest: 5,
    influence: 2,
    contactPerson: 'Karim Benali, président',
    email: 'contact@passerelles-jeunesse.exemple.fr',
    phone: '+33 6 00 00 73 14',
  },
  {
    key: 'mdph',
    name: 'Maison départementale des personnes handicapées de la Vallée-Haute',
    type: 'social_service',
    territory: 'france',
    role: 'Conseille le programme sur l’accessibilité et l’accompagnement des jeunes en situation de handicap.',
    interest: 3,
    influence: 3,
    contactPerson: 'Nathalie Georget, responsable du pôle insertion professionnelle',
    email: 'insertion@mdph-vallee-haute.exemple.fr',
    phone: '+33 3 00 00 66 09',
  },
  {
    key: 'meae',
    name: 'Ministère de l’Europe et des Affaires étrangères – DCTCIV',
    type: 'state_service',
    territory: null,
    role: 'Cofinanceur au titre de l’appel à projets triennal en faveur de la coopération décentralisée ; veille à la cohérence avec la politique de développement de la France.',
    interest: 3,
    influence: 5,
    contactPerson: 'Bureau des appels à projets',
    email: 'appels-projets@exemple.gouv.fr',
    phone: '',
  },
  {
    key: 'commune',
    name: 'Commune de Ndiawara – Service de la jeunesse et de la coopération',
    type: 'local_authority',
    territory: 'partner',
    role: 'Maître d’ouvrage des actions à Ndiawara ; recrute le coordinateur local, met à disposition le point d’accueil et deux agents ; élabore la stratégie locale d’insertion.',
    interest: 5,
    influence: 5,
    contactPerson: 'Awa Ndoye, chargée de la coopération décentralisée',
    email: 'awa.ndoye@exemple.sn',
    phone: '+221 77 000 00 31',
  },
  {
    key: 'youth_council',
    name: 'Conseil communal de la jeunesse de Ndiawara',
    type: 'community',
    territory: 'partner',
    role: 'Représente 32 associations de jeunes ; participe au comité de pilotage, repère les jeunes dans les quartiers et les villages et propose les futurs mentors.',
    interest: 5,
    influence: 2,
    contactPerson: 'Modou Fall, président',
    email: 'ccj.ndiawara@exemple.sn',
    phone: '+221 76 000 00 58',
  },
  {
    key: 'women_group',
    name: 'Fédération des groupements de promotion féminine de Ndiawara',
    type: 'association',
    territory: 'partner',
    role: 'Mobilise les jeunes femmes et leurs familles ; accompagne les microprojets féminins en agro-transformation.',
    interest: 4,
    influence: 3,
    contactPerson: 'Fatou Sène, présidente',
    email: 'fgpf.ndiawara@exemple.sn',
    phone: '+221 77 000 00 84',
  },
  {
    key: 'disability',
    name: 'Association des personnes handicapées de Ndiawara',
    type: 'association',
    territory: 'partner',
    role: 'Repère les jeunes en situation de handicap, conseille sur l’accessibilité du point d’accueil et suit leurs parcours.',
    interest: 4,
    influence: 1,
    contactPerson: 'Ibrahima Gaye, secrétaire général',
    email: 'aph.ndiawara@exemple.sn',
    phone: '+221 78 000 00 12',
  },
  {
    key: 'cfp',
    name: 'Centre de formation professionnelle de Ndiawara',
    type: 'state_service',
    territory: 'partner',
    role: 'Dispense les formations qualifiantes dans ses filières et avec des maîtres artisans ; délivre les attestations.',
    interest: 4,
    influence: 3,
    contactPerson: 'Ousmane Thiaw, directeur',
    email: 'cfp.ndiawara@exemple.sn',
    phone: '+221 33 000 00 47',
  },
  {
    key: 'anpej',
    name: 'Antenne départementale de l’ANPEJ',
    type: 'state_service',
    territory: 'partner',
    role: 'Service de l’État chargé de l’emploi des jeunes ; oriente vers les programmes nationaux de formation et de financement.',
    interest: 3,
    influence: 4,
    contactPerson: 'Khady Diop, cheffe d’antenne',
    email: 'antenne@anpej.exemple.sn',
    phone: '+221 33 000 00 90',
  },
  {
    key: 'microfinance',
    name: 'Mutuelle d’épargne et de crédit des femmes de Ndiawara',
    type: 'private',
    territory: 'partner',
    role: 'Ouvre des comptes et accorde des microcrédits aux jeunes porteurs de projets accompagnés.',
    interest: 3,
    influence: 3,
    contactPerson: 'Aminata Ba, gérante',
    email: 'mec.femmes.ndiawara@exemple.sn',
    phone: '+221 77 000 00 66',
  },
];

export const DEMO_WORKSHOPS = [
  {
    title: 'Atelier de diagnostic partagé avec les jeunes de Ndiawara',
    date: '2026-03-18',
    place: 'Maison des jeunes de Ndiawara',
    territory: 'partner' as const,
    participants: [
      { category: 'elected_officials' as const, count: 4 },
      { category: 'authority_staff' as const, count: 6 },
      { category: 'social_workers' as const, count: 3 },
      { category: 'associations' as const, count: 9 },
      { category: 'people_concerned' as const, count: 42 },
      { category: 'experts' as const, count: 2 },
    ],
    conclusions:
      'Les jeunes placent l’absence de lieu d’accueil et le coût des formations en tête des obstacles. Les jeunes femmes présentes (19 sur 42) insistent sur les horaires et la garde des enfants ; les jeunes en situation de handicap sur l’accessibilité des locaux. L’atelier propose de confier le repérage à des relais de village et de s’appuyer sur des jeunes ayant réussi leur insertion.',
  },
  {
    title: 'Atelier croisé des professionnels de l’insertion de la Vallée-Haute',
    date: '2026-06-11',
    place: 'Hôtel du Département, Valbrune',
    territory: 'france' as const,
    participants: [
      { category: 'elected_officials' as const, count: 2 },
      { category: 'authority_staff' as const, count: 8 },
      { category: 'social_workers' as const, count: 11 },
      { category: 'associations' as const, count: 7 },
      { category: 'people_concerned' as const, count: 6 },
      { category: 'other' as const, count: 3 },
    ],
    conclusions:
      'Les professionnels constatent les mêmes difficultés de repérage des jeunes ruraux dans le Haut-Plateau. Ils souhaitent tester le mentorat par les pairs observé à Ndiawara et proposent que la Mission locale accueille l’expérimentation. Les jeunes présents demandent à pouvoir partir en service civique à l’étranger.',
  },
  {
    title: 'Atelier de restitution et de priorisation : de l’arbre à problèmes à l’arbre à objectifs',
    date: '2026-10-07',
    place:
      'Salle de délibération de la mairie de Ndiawara (délégation de la Vallée-Haute en visioconférence)',
    territory: 'partner' as const,
    participants: [
      { category: 'elected_officials' as const, count: 7 },
      { category: 'authority_staff' as const, count: 9 },
      { category: 'social_workers' as const, count: 4 },
      { category: 'associations' as const, count: 12 },
      { category: 'people_concerned' as const, count: 18 },
      { category: 'experts' as const, count: 3 },
    ],
    conclusions:
      'L’atelier valide le problème central et retient deux objectifs spécifiques : l’accès des jeunes à des parcours d’insertion à Ndiawara et l’enrichissement mutuel des pratiques des deux territoires. Il fixe les cibles de 50 % de jeunes femmes et de 10 % de jeunes en situation de handicap et demande que le conseil communal de la jeunesse siège au comité de pilotage.',
  },
];

export interface DemoProblem {
  key: string;
  parent: string | null;
  kind: 'core' | 'cause' | 'effect';
  text: string;
  /** The objective derived from it. */
  objective: string;
  /** Logframe row the objective became, if any. */
  logframe?: string;
}

/** Problem tree and, for each node, its objective (core → core, cause → means, effect → end). */
export const DEMO_PROBLEMS: readonly DemoProblem[] = [
  {
    key: 'core',
    parent: null,
    kind: 'core',
    text: 'Les jeunes de 16 à 25 ans de Ndiawara, en particulier les jeunes femmes et les jeunes en situation de handicap, accèdent difficilement à un emploi décent ou à une activité génératrice de revenus.',
    objective:
      'Les jeunes de 16 à 25 ans de Ndiawara, en particulier les jeunes femmes et les jeunes en situation de handicap, accèdent à un emploi décent ou à une activité génératrice de revenus.',
    logframe: 'OS1',
  },
  {
    key: 'c1',
    parent: 'core',
    kind: 'cause',
    text: 'L’accueil, l’orientation et l’accompagnement des jeunes sont quasi inexistants sur le territoire communal.',
    objective: 'Les jeunes disposent d’un lieu d’accueil, d’orientation et d’accompagnement de proximité.',
    logframe: 'R1.1',
  },
  {
    key: 'c1a',
    parent: 'c1',
    kind: 'cause',
    text: 'Aucun lieu n’est identifié pour accueillir les jeunes et les agents municipaux ne sont pas formés à l’accompagnement vers l’emploi.',
    objective:
      'Un point d’accueil accessible fonctionne avec des conseillers formés à l’accompagnement vers l’emploi.',
  },
  {
    key: 'c1b',
    parent: 'c1',
    kind: 'cause',
    text: 'Les jeunes sans emploi ni formation des villages ne sont pas repérés par les services.',
    objective: 'Les jeunes des villages sont repérés grâce à des relais et à des permanences mobiles.',
  },
  {
    key: 'c2',
    parent: 'core',
    kind: 'cause',
    text: 'Les formations qualifiantes sont rares, coûteuses et peu adaptées aux filières locales.',
    objective: 'Les jeunes accèdent à des formations qualifiantes adaptées aux filières locales.',
    logframe: 'R1.2',
  },
  {
    key: 'c2a',
    parent: 'c2',
    kind: 'cause',
    text: 'Les filières porteuses d’emploi (agro-transformation, artisanat, numérique) sont mal connues.',
    objective:
      'Les filières porteuses d’emploi sont identifiées et partagées avec les acteurs de la formation.',
  },
  {
    key: 'c2b',
    parent: 'c2',
    kind: 'cause',
    text: 'Les frais de formation et de transport excluent les jeunes des familles pauvres.',
    objective: 'Des bourses couvrent les frais de formation et de transport des jeunes des familles pauvres.',
  },
  {
    key: 'c3',
    parent: 'core',
    kind: 'cause',
    text: 'Les jeunes femmes et les jeunes en situation de handicap font face à des obstacles spécifiques : charges domestiques, mariage précoce, locaux inaccessibles, préjugés.',
    objective:
      'Les obstacles propres aux jeunes femmes et aux jeunes en situation de handicap sont pris en compte dans chaque étape des parcours.',
  },
  {
    key: 'c4',
    parent: 'core',
    kind: 'cause',
    text: 'Les jeunes porteurs de projets n’ont accès ni au crédit ni à un accompagnement à la création d’activité.',
    objective: 'Les jeunes porteurs de projets sont accompagnés et accèdent au microcrédit.',
    logframe: 'R1.3',
  },
  {
    key: 'c5',
    parent: 'core',
    kind: 'cause',
    text: 'Les acteurs de l’emploi des jeunes ne se coordonnent pas et la commune n’a pas de stratégie d’insertion.',
    objective:
      'Les acteurs se concertent et la commune se dote d’une stratégie locale d’insertion des jeunes.',
    logframe: 'R2.2',
  },
  {
    key: 'e1',
    parent: 'core',
    kind: 'effect',
    text: 'Les jeunes quittent la commune vers Dakar ou tentent une migration irrégulière au péril de leur vie.',
    objective: 'Les jeunes trouvent sur place des perspectives qui rendent le départ moins contraint.',
  },
  {
    key: 'e2',
    parent: 'core',
    kind: 'effect',
    text: 'Les ménages restent pauvres et les jeunes femmes demeurent économiquement dépendantes.',
    objective: 'Les revenus des ménages progressent et les jeunes femmes gagnent en autonomie économique.',
    logframe: 'OG',
  },
  {
    key: 'e3',
    parent: 'core',
    kind: 'effect',
    text: 'Les jeunes perdent confiance dans les institutions et participent peu à la vie locale.',
    objective:
      'Les jeunes retrouvent confiance dans les institutions et prennent part aux décisions locales.',
  },
  {
    key: 'e3a',
    parent: 'e3',
    kind: 'effect',
    text: 'Les tensions entre générations et entre quartiers s’aggravent.',
    objective: 'La cohésion sociale entre générations et entre quartiers se renforce.',
  },
];
