import type { Theme } from '../model';
import { DEMO } from './names';

export const DEMO_FRAMING = {
  title:
    'Cap Jeunes : des parcours d’insertion socioprofessionnelle pour les jeunes de Ndiawara et de la Vallée-Haute',
  acronym: 'CAP JEUNES',
  summary:
    "Le programme Cap Jeunes, conduit de 2027 à 2029 par le Département de la Vallée-Haute et la Commune de Ndiawara (Sénégal), ouvre des parcours d'insertion socioprofessionnelle à 450 jeunes de 16 à 25 ans sans emploi ni formation, dont au moins la moitié de jeunes femmes et 10 % de jeunes en situation de handicap. Il crée un point d'accueil et d'orientation des jeunes, finance 150 formations qualifiantes et accompagne 40 microprojets. Il expérimente dans les deux territoires un mentorat par les pairs et des mobilités croisées de jeunes et de professionnels, dont les enseignements nourriront le programme départemental d'insertion de la Vallée-Haute.",
  partnerCountry: 'SN',
  partnerAuthority: DEMO.partner,
  partnerLevel: 'commune' as const,
  partnerLanguage: 'fr',
  themes: [
    'socio_professional_integration',
    'youth',
    'gender_equality',
    'access_to_rights',
    'education_training',
  ] as Theme[],
  startDate: DEMO.startDate,
  endDate: DEMO.endDate,
  partnershipSince: 2012,
  history:
    "Le partenariat entre le Département de la Vallée-Haute et la Commune de Ndiawara est né en 2012 des liens tissés par l'association des ressortissants de Ndiawara installés à Valbrune et par un jumelage scolaire entre le collège des Tilleuls et le collège d'enseignement moyen de Ndiawara. Il a d'abord porté sur l'accès à l'eau potable et l'équipement des écoles, puis sur la modernisation de l'état civil et la planification communale après l'Acte III de la décentralisation sénégalaise. Depuis 2021, les deux collectivités ont placé la jeunesse au centre de leur coopération. Le diagnostic partagé conduit en 2026 avec les jeunes, les services sociaux et les associations des deux territoires a fait de l'insertion socioprofessionnelle des jeunes la priorité du nouveau programme.",
  earlierConventions:
    'Convention 2012–2015 : accès à l’eau et équipement scolaire (84 000 €, dont 40 % de cofinancement de l’État) ; convention 2016–2019 : état civil et planification communale (126 000 €) ; convention 2021–2023 : jeunesse, sport et citoyenneté (98 000 €), évaluée en 2024 par un cabinet indépendant, qui recommandait de concentrer le partenariat sur l’emploi des jeunes.',
  sharedChallenge:
    "Dans les deux territoires, une part importante des jeunes reste à l'écart de l'emploi, de la formation et des dispositifs publics : 41 % des jeunes de 16 à 25 ans de Ndiawara sont sans emploi ni formation, et la Vallée-Haute compte 6 800 jeunes dans cette situation, surtout dans les cantons ruraux du Haut-Plateau, éloignés des services. Ici comme là-bas, les jeunes femmes et les jeunes en situation de handicap cumulent les obstacles, les jeunes des zones rurales échappent au repérage et les acteurs de l'insertion travaillent peu ensemble. Les deux collectivités partagent donc un même défi : aller vers les jeunes qui ne demandent rien, leur proposer un accompagnement de proximité et construire avec les acteurs économiques locaux des parcours qui mènent à un emploi décent.",
  reciprocityEffects:
    "Le programme est conçu comme un échange à double sens. Pour la Vallée-Haute, il doit apporter : (1) une pratique de mentorat par les pairs, éprouvée à Ndiawara dans les groupements de jeunes et de femmes, expérimentée avec 20 mentors auprès des jeunes suivis par la Mission locale du Pays de Valbrune et intégrée au programme départemental d'insertion 2028–2032 si l'évaluation est concluante ; (2) des méthodes d'aller-vers en milieu rural (repérage par des relais de village, permanences mobiles) transposables dans les cantons du Haut-Plateau, où plus de 17 % des jeunes sont sans emploi ni formation ; (3) l'engagement de quatre jeunes de la Vallée-Haute en service civique de réciprocité à Ndiawara, choisis en priorité parmi les jeunes suivis par l'aide sociale à l'enfance ou la Mission locale, pour qui cette mobilité est un levier d'insertion ; (4) la sensibilisation de 1 500 collégiens aux objectifs de développement durable et à la solidarité internationale ; (5) le renforcement des compétences interculturelles des professionnels départementaux de l'insertion, qui accompagnent un nombre croissant de jeunes originaires d'Afrique de l'Ouest.",
};

export const DEMO_TARGET_GROUPS = [
  {
    label: 'Jeunes de 16 à 25 ans sans emploi ni formation (NEET) de Ndiawara',
    direct: 450,
    indirect: 2700,
    women: 225,
    men: 225,
  },
  {
    label: 'Jeunes femmes porteuses d’un projet d’activité génératrice de revenus',
    direct: 60,
    indirect: 360,
    women: 60,
    men: 0,
  },
  {
    label: 'Jeunes en situation de handicap des deux territoires',
    direct: 45,
    indirect: 180,
    women: 20,
    men: 25,
  },
  {
    label:
      'Professionnels et bénévoles de l’insertion des deux territoires (conseillers, travailleurs sociaux, mentors)',
    direct: 80,
    indirect: 1500,
    women: 44,
    men: 36,
  },
];
