import type { ClauseKey } from '../model';
import type { DemoFinancing } from './budget';
import { DEMO } from './names';
import { eurosWithCents } from './text';

export const DEMO_PARTIES = [
  {
    key: 'lead' as const,
    stakeholder: 'lead',
    role: 'lead' as const,
    name: DEMO.departement,
    seat: 'Hôtel du Département, 12 cours des Tilleuls, Valbrune (France)',
    representedBy: `${DEMO.president}, ${DEMO.presidentFunction}`,
  },
  {
    key: 'partner' as const,
    stakeholder: 'commune',
    role: 'partner' as const,
    name: DEMO.partner,
    seat: 'Hôtel de ville, avenue de l’Indépendance, Ndiawara (Sénégal)',
    representedBy: `${DEMO.mayor}, ${DEMO.mayorFunction}`,
  },
  {
    key: 'association' as const,
    stakeholder: 'association',
    role: 'other' as const,
    name: DEMO.association,
    seat: '8 rue des Artisans, Valbrune (France)',
    representedBy: `${DEMO.associationPresident}, président`,
  },
];

export const DEMO_SIGNATORIES = [
  {
    party: 'lead' as const,
    name: DEMO.president,
    function: DEMO.presidentFunction,
    deliberationDate: DEMO.sessionDate,
    deliberationNumber: DEMO.deliberationNumber,
  },
  {
    party: 'partner' as const,
    name: DEMO.mayor,
    function: DEMO.mayorFunction,
    deliberationDate: DEMO.partnerDeliberationDate,
    deliberationNumber: DEMO.partnerDeliberationNumber,
  },
];

export const DEMO_GOVERNANCE = {
  steeringComposition:
    'Le comité de pilotage est coprésidé par le vice-président du Département chargé de l’insertion et des solidarités internationales et par le maire de Ndiawara, ou leurs représentants. Il réunit en outre deux élus de chaque collectivité, dont un élu de l’opposition municipale de Ndiawara, le président du conseil communal de la jeunesse, la présidente de la fédération des groupements de promotion féminine, un représentant de l’association des personnes handicapées, la directrice de la Mission locale du Pays de Valbrune, le président de Passerelles Jeunesse Vallée-Haute et, avec voix consultative, le chef de l’antenne de l’ANPEJ et les points focaux.',
  steeringFrequency:
    'Une réunion par an, en alternance à Ndiawara et à Valbrune, et un point d’étape en visioconférence à mi-année.',
  technicalCommittee:
    'Le comité technique réunit chaque trimestre, en visioconférence, les points focaux des deux collectivités, le coordinateur local, les agents du service municipal de la jeunesse, Passerelles Jeunesse Vallée-Haute et le centre de formation professionnelle. Il suit le plan d’action et les indicateurs, prépare les comités de pilotage et propose les ajustements nécessaires.',
  conventionVisasFrance:
    'Vu la loi n° 2021-1031 du 4 août 2021 de programmation relative au développement solidaire et à la lutte contre les inégalités mondiales',
  conventionVisasPartner:
    'Vu la loi n° 2013-10 du 28 décembre 2013 portant Code général des collectivités locales du Sénégal, et notamment ses dispositions relatives à la coopération décentralisée',
  focalPoints: `Pour le Département de la Vallée-Haute : ${DEMO.officer}, chargée de mission coopération décentralisée (${DEMO.officerEmail}). Pour la Commune de Ndiawara : ${DEMO.partnerOfficer}, chargée de la coopération décentralisée (${DEMO.partnerOfficerEmail}), appuyée par le coordinateur local du programme.`,
};

export interface DemoClause {
  key: ClauseKey;
  title: string;
  text: string;
  required: boolean;
}

/** The fifteen clauses of the convention, in the order of CLAUSE_KEYS. */
export function demoClauses(financing: DemoFinancing): DemoClause[] {
  const f = financing.byFunder;
  return [
    {
      key: 'purpose',
      title: 'Objet',
      required: true,
      text: 'La présente convention a pour objet de définir les conditions dans lesquelles le Département de la Vallée-Haute et la Commune de Ndiawara mettent en œuvre conjointement le programme « Cap Jeunes », qui vise l’insertion socioprofessionnelle des jeunes de 16 à 25 ans, en particulier des jeunes femmes et des jeunes en situation de handicap. Ce partenariat repose sur la réciprocité, le respect des compétences de chaque collectivité et la co-construction des actions avec les acteurs et les jeunes des deux territoires. Le programme, son cadre logique et son plan de financement figurent en annexe.',
    },
    {
      key: 'duration',
      title: 'Durée et entrée en vigueur',
      required: true,
      text: 'La présente convention est conclue pour une durée de trente-six mois, du 1er janvier 2027 au 31 décembre 2029. Elle entre en vigueur à la date de sa signature par les deux parties, après sa transmission au représentant de l’État dans le Département, et s’applique aux actions engagées à compter du 1er janvier 2027. Elle peut être prolongée par avenant, dans la limite de douze mois, pour achever les actions engagées.',
    },
    {
      key: 'commitments_lead',
      title: 'Engagements du Département de la Vallée-Haute',
      required: true,
      text: 'Le Département de la Vallée-Haute s’engage à cofinancer le programme selon le plan de financement annexé, à mettre à disposition l’expertise de ses professionnels de l’insertion et de l’action sociale et à accueillir la délégation de Ndiawara. Il organise, avec une structure d’envoi agréée, le départ des volontaires en service civique de réciprocité. Il sollicite le cofinancement de l’État, en assure le suivi administratif et diffuse les enseignements du programme auprès des acteurs de l’insertion de son territoire.',
    },
    {
      key: 'commitments_partner',
      title: 'Engagements de la Commune de Ndiawara',
      required: true,
      text: 'La Commune de Ndiawara assure la maîtrise d’ouvrage des actions conduites sur son territoire. Elle recrute le coordinateur local du programme, met à disposition les locaux du point d’accueil et deux agents du service municipal de la jeunesse, et associe à toutes les étapes le conseil communal de la jeunesse, les groupements de promotion féminine et l’association des personnes handicapées. Elle tient une comptabilité distincte des fonds reçus et transmet les rapports techniques et financiers prévus à l’article 6.',
    },
    {
      key: 'governance',
      title: 'Gouvernance et pilotage',
      required: true,
      text: 'Un comité de pilotage, coprésidé par les deux collectivités et dont la composition figure au programme annexé, oriente le programme, valide le plan d’action et le budget annuels et examine les rapports d’avancement. Il se réunit au moins une fois par an, alternativement à Valbrune et à Ndiawara. Un comité technique, réunissant chaque trimestre les points focaux des deux collectivités, le coordinateur local et les opérateurs, prépare ses travaux et suit la mise en œuvre.',
    },
    {
      key: 'financial_terms',
      title: 'Dispositions financières',
      required: true,
      text: `Le montant prévisionnel des engagements financiers du programme s’élève à ${eurosWithCents(financing.totalCents)} pour la période 2027–2029. Le Département de la Vallée-Haute y contribue à hauteur de ${eurosWithCents(f.lead.total)}, dont ${eurosWithCents(f.lead.cash)} en numéraire et ${eurosWithCents(f.lead.inKind)} en valorisation de personnel ; la Commune de Ndiawara à hauteur de ${eurosWithCents(f.partner.total)}, dont ${eurosWithCents(f.partner.cash)} en numéraire et ${eurosWithCents(f.partner.inKind)} en valorisation ; un cofinancement de ${eurosWithCents(f.state.total)} est sollicité auprès du ministère de l’Europe et des Affaires étrangères. Les crédits versés par le Département à la Commune pour les actions dont elle assure la maîtrise d’ouvrage le sont par tranches annuelles, sous réserve du vote des crédits : une avance de 50 % au premier trimestre, le solde sur présentation du rapport technique et financier de l’année écoulée. Les sommes non employées ou utilisées à d’autres fins que celles prévues sont reversées.`,
    },
    {
      key: 'monitoring_evaluation',
      title: 'Suivi et évaluation',
      required: true,
      text: 'Les parties suivent le programme à l’aide des indicateurs du cadre logique annexé, renseignés chaque semestre par le coordinateur local et ventilés par sexe, âge et situation de handicap. Une évaluation externe à mi-parcours est conduite en 2028 et une évaluation finale en 2029 ; leurs conclusions sont présentées au comité de pilotage et rendues publiques. Une fiche de capitalisation est établie conjointement au terme du programme.',
    },
    {
      key: 'communication',
      title: 'Communication et visibilité des financeurs',
      required: false,
      text: 'Les parties font mention de leur partenariat et du soutien des cofinanceurs, notamment du ministère de l’Europe et des Affaires étrangères, sur tous les supports et lors de toutes les actions de communication relatives au programme. Les logos des parties et des financeurs y figurent. Chaque partie informe l’autre de ses actions de communication.',
    },
    {
      key: 'intellectual_property',
      title: 'Propriété intellectuelle',
      required: false,
      text: 'Les documents, études, référentiels et outils pédagogiques produits dans le cadre du programme appartiennent conjointement aux deux parties, qui peuvent les utiliser librement à des fins non commerciales en citant leur origine. Le référentiel de mentorat par les pairs est diffusé sous une licence libre qui permet sa réutilisation par d’autres collectivités.',
    },
    {
      key: 'amendments',
      title: 'Avenants',
      required: true,
      text: 'Toute modification de la présente convention fait l’objet d’un avenant écrit, approuvé par les instances délibérantes compétentes de chaque partie. Les ajustements entre catégories de dépenses n’excédant pas 10 % du montant de chacune d’elles sont validés par le comité de pilotage, sans avenant, dans la limite du montant total du programme.',
    },
    {
      key: 'termination',
      title: 'Résiliation',
      required: true,
      text: 'En cas de manquement grave de l’une des parties à ses obligations, l’autre partie peut résilier la présente convention par lettre recommandée avec accusé de réception, après une mise en demeure restée sans effet pendant trois mois. La convention peut également être résiliée d’un commun accord, avec un préavis de trois mois. Dans tous les cas, un bilan technique et financier est établi et les sommes non employées sont reversées.',
    },
    {
      key: 'disputes',
      title: 'Règlement des différends',
      required: true,
      text: `Les parties s’efforcent de régler à l’amiable tout différend né de l’interprétation ou de l’exécution de la présente convention, d’abord au sein du comité de pilotage puis, à défaut, par une conciliation entre la Présidente du Conseil départemental et le Maire de Ndiawara. À défaut d’accord dans un délai de trois mois, le différend peut être porté par la partie la plus diligente devant le ${DEMO.appealCourt}.`,
    },
    {
      key: 'applicable_law',
      title: 'Droit applicable',
      required: true,
      text: 'La présente convention est régie par le droit français, notamment l’article L1115-1 du code général des collectivités territoriales, pour les engagements du Département de la Vallée-Haute, et par le droit sénégalais, notamment le code général des collectivités locales, pour les engagements de la Commune de Ndiawara. Chaque partie exécute ses engagements dans le respect de ses propres règles budgétaires et comptables.',
    },
    {
      key: 'languages_originals',
      title: 'Langue et exemplaires originaux',
      required: true,
      text: 'La présente convention est rédigée en langue française, langue de travail des deux parties. Elle est établie en deux exemplaires originaux, dont un est remis à chacune des parties.',
    },
    {
      key: 'annexes',
      title: 'Annexes',
      required: true,
      text: 'Sont annexés à la présente convention et en font partie intégrante : le cadre logique du programme (annexe 1), la fiche des indicateurs (annexe 2), le budget et le plan de financement (annexe 3) et le chronogramme des activités (annexe 4). En cas de contradiction, les stipulations de la convention prévalent sur celles des annexes.',
    },
  ];
}
