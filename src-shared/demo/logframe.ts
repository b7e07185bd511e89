/** The logical framework as data; codes (OS1, R1.2, A1.2.3) name rows for the other parts of the demo. */

export type DemoPartyKey = 'lead' | 'partner' | 'association';

export interface DemoActivity {
  code: string;
  text: string;
  means: string;
  sources?: string;
  assumptions?: string;
  responsible: DemoPartyKey;
  startDate: string;
  endDate: string;
}
export interface DemoResult {
  code: string;
  text: string;
  sources: string;
  assumptions: string;
  activities: DemoActivity[];
}
export interface DemoSpecific {
  code: string;
  text: string;
  sources: string;
  assumptions: string;
  results: DemoResult[];
}
export interface DemoGoal {
  code: 'OG';
  text: string;
  sources: string;
  assumptions: string;
  specifics: DemoSpecific[];
}

export const DEMO_LOGFRAME: DemoGoal = {
  code: 'OG',
  text: "Contribuer à l'inclusion économique et sociale des jeunes de Ndiawara et de la Vallée-Haute, en particulier des jeunes femmes et des jeunes en situation de handicap.",
  sources:
    "Enquête communale sur l'emploi des jeunes (2026 et 2029) ; statistiques de l'Agence nationale de la statistique et de la démographie (ANSD) ; observatoire départemental de l'insertion de la Vallée-Haute.",
  assumptions: '',
  specifics: [
    {
      code: 'OS1',
      text: 'Les jeunes de 16 à 25 ans de Ndiawara sans emploi ni formation, notamment les jeunes femmes et les jeunes en situation de handicap, accèdent à un accompagnement de proximité et à une formation qualifiante qui débouchent sur un emploi ou une activité génératrice de revenus.',
      sources:
        'Base de suivi des parcours du point d’accueil ; enquête de situation six mois après la sortie ; rapports annuels du programme.',
      assumptions:
        "La conjoncture économique locale reste favorable (campagne agricole, marché hebdomadaire) ; les programmes nationaux en faveur de l'emploi des jeunes (ANPEJ, DER/FJ) sont maintenus.",
      results: [
        {
          code: 'R1.1',
          text: "Un point d'accueil et d'orientation des jeunes (PAOJ), accessible aux personnes handicapées, fonctionne au chef-lieu et dans les villages grâce à des conseillers formés.",
          sources:
            'Procès-verbal de réception des travaux ; registre de fréquentation ; attestations de formation des conseillers.',
          assumptions: 'Les conseillers formés restent en poste pendant toute la durée du programme.',
          activities: [
            {
              code: 'A1.1.1',
              text: "Réaliser une étude des filières porteuses d'emploi et un repérage des jeunes sans emploi ni formation au chef-lieu et dans les 14 villages.",
              means:
                "Cabinet d'études local (3 mois) ; 15 relais de village formés au repérage ; questionnaire sur téléphone mobile.",
              sources: 'Rapport d’étude validé par le comité technique.',
              responsible: 'partner',
              startDate: '2027-01-15',
              endDate: '2027-06-30',
            },
            {
              code: 'A1.1.2',
              text: "Aménager et équiper le point d'accueil (rampe d'accès, sanitaires adaptés, espace numérique de 10 postes) et organiser des permanences mobiles dans les villages.",
              means:
                'Travaux d’aménagement, mobilier, 10 ordinateurs, connexion internet, moto pour les permanences mobiles.',
              responsible: 'partner',
              startDate: '2027-03-01',
              endDate: '2027-09-30',
            },
            {
              code: 'A1.1.3',
              text: "Former les conseillers du point d'accueil et les agents municipaux à l'accompagnement vers l'emploi, en binôme avec des conseillers de la Vallée-Haute.",
              means:
                '6 sessions de formation de 3 jours ; 2 missions de professionnels de l’insertion du Département ; supports pédagogiques partagés.',
              responsible: 'lead',
              startDate: '2027-04-01',
              endDate: '2028-03-31',
            },
          ],
        },
        {
          code: 'R1.2',
          text: '450 jeunes, dont au moins 50 % de jeunes femmes et 10 % de jeunes en situation de handicap, suivent un parcours d’accompagnement personnalisé, et 150 d’entre eux achèvent une formation qualifiante.',
          sources:
            'Base de suivi des parcours ; attestations et certificats délivrés par les centres de formation ; listes d’émargement.',
          assumptions:
            'Les familles soutiennent la participation des jeunes femmes ; les centres de formation disposent de places suffisantes.',
          activities: [
            {
              code: 'A1.2.1',
              text: 'Accompagner individuellement les jeunes repérés : diagnostic de situation, projet professionnel, entretiens mensuels et ateliers collectifs de remobilisation.',
              means:
                'Coordinateur local ; 2 agents du service municipal de la jeunesse mis à disposition ; fiches de parcours ; ateliers collectifs.',
              responsible: 'partner',
              startDate: '2027-07-01',
              endDate: '2029-10-31',
            },
            {
              code: 'A1.2.2',
              text: 'Financer 150 formations qualifiantes courtes, en deux cohortes, dans les filières retenues : agro-transformation, couture, électricité solaire, numérique et maraîchage.',
              means:
                'Conventions avec le centre de formation professionnelle et des maîtres artisans ; bourses couvrant les frais de formation, de transport et de restauration.',
              responsible: 'partner',
              startDate: '2027-10-01',
              endDate: '2029-09-30',
            },
            {
              code: 'A1.2.3',
              text: 'Organiser des stages et des périodes d’immersion en entreprise, en atelier artisanal ou en exploitation agricole pour 120 jeunes.',
              means: 'Conventions de stage ; indemnités et assurance des stagiaires ; tuteurs en entreprise.',
              responsible: 'partner',
              startDate: '2028-01-01',
              endDate: '2029-10-31',
            },
          ],
        },
        {
          code: 'R1.3',
          text: 'Au moins 40 microprojets portés par des jeunes, dont 60 % par des jeunes femmes, sont créés et accompagnés jusqu’à leur consolidation.',
          sources:
            'Registre des microprojets ; rapports de suivi de la mutuelle d’épargne et de crédit ; visites de terrain.',
          assumptions:
            'Les institutions de microfinance acceptent de financer des jeunes sans garantie matérielle.',
          activities: [
            {
              code: 'A1.3.1',
              text: 'Former les jeunes porteurs de projets à la gestion et doter 40 microprojets d’un kit de démarrage.',
              means:
                'Formation à la gestion (10 jours) ; 40 kits de démarrage ; suivi mensuel par le coordinateur local.',
              responsible: 'partner',
              startDate: '2028-01-01',
              endDate: '2029-06-30',
            },
            {
              code: 'A1.3.2',
              text: 'Mettre en relation les jeunes entrepreneurs avec la microfinance, les acheteurs et les marchés communaux, notamment lors d’un forum emploi-entrepreneuriat.',
              means:
                'Forum emploi-entrepreneuriat ; partenariat avec la mutuelle d’épargne et de crédit des femmes ; emplacements réservés au marché hebdomadaire.',
              responsible: 'partner',
              startDate: '2028-09-01',
              endDate: '2029-11-30',
            },
          ],
        },
      ],
    },
    {
      code: 'OS2',
      text: "Les acteurs de l'insertion des deux territoires renouvellent leurs pratiques grâce à l'échange réciproque, et la Commune de Ndiawara inscrit durablement l'insertion des jeunes dans ses politiques.",
      sources:
        'Comptes rendus des comités de pilotage ; délibérations du conseil municipal ; rapport d’évaluation finale ; programme départemental d’insertion de la Vallée-Haute.',
      assumptions:
        'Les deux collectivités maintiennent la priorité donnée à l’insertion des jeunes après les échéances électorales.',
      results: [
        {
          code: 'R2.1',
          text: 'Un dispositif de mentorat par les pairs, co-construit par les deux territoires, est expérimenté avec 40 mentors à Ndiawara et 20 en Vallée-Haute, et des mobilités croisées de jeunes et de professionnels sont réalisées.',
          sources:
            'Référentiel de mentorat publié ; listes des mentors formés ; rapports de mission et de volontariat.',
          assumptions: 'Les visas sont délivrés à temps pour les mobilités de Ndiawara vers la France.',
          activities: [
            {
              code: 'A2.1.1',
              text: 'Co-construire le référentiel de mentorat par les pairs lors d’ateliers croisés et former les mentors des deux territoires.',
              means:
                'Appui méthodologique de Passerelles Jeunesse Vallée-Haute (20 jours) ; ateliers croisés en visioconférence ; formation et indemnisation de 40 mentors à Ndiawara.',
              responsible: 'association',
              startDate: '2027-09-01',
              endDate: '2028-12-31',
            },
            {
              code: 'A2.1.2',
              text: 'Organiser les mobilités croisées : quatre volontaires de la Vallée-Haute en service civique de réciprocité à Ndiawara, et une mission d’échange de la délégation de Ndiawara (3 professionnels, 2 jeunes mentors) en Vallée-Haute.',
              means:
                'Billets d’avion, hébergement, indemnités complémentaires des volontaires ; préparation au départ avec une structure d’envoi agréée.',
              responsible: 'lead',
              startDate: '2028-02-01',
              endDate: '2029-06-30',
            },
          ],
        },
        {
          code: 'R2.2',
          text: 'La Commune de Ndiawara adopte une stratégie locale d’insertion des jeunes élaborée avec les acteurs du territoire, et les enseignements du programme sont capitalisés et diffusés dans les deux territoires.',
          sources:
            'Délibération du conseil municipal ; fiche de capitalisation ; comptes rendus des restitutions.',
          assumptions: 'Le conseil municipal issu des prochaines élections locales confirme la démarche.',
          activities: [
            {
              code: 'A2.2.1',
              text: 'Animer un cadre communal de concertation sur l’emploi des jeunes et élaborer avec lui la stratégie locale d’insertion.',
              means: '8 réunions de concertation ; appui du coordinateur local ; restitution publique.',
              responsible: 'partner',
              startDate: '2027-06-01',
              endDate: '2029-06-30',
            },
            {
              code: 'A2.2.2',
              text: 'Sensibiliser les collégiens et les jeunes de la Vallée-Haute à la solidarité internationale et restituer les résultats du programme dans les deux territoires.',
              means:
                'Interventions dans 12 collèges ; exposition itinérante ; film court ; rencontres publiques à Valbrune et à Ndiawara.',
              responsible: 'lead',
              startDate: '2028-01-01',
              endDate: '2029-12-15',
            },
          ],
        },
      ],
    },
  ],
};

export const DEMO_PRECONDITIONS: readonly string[] = [
  'La convention de partenariat est approuvée par la commission permanente du Département et par le conseil municipal de Ndiawara, puis transmise aux représentants de l’État dans chaque pays.',
  'Le cofinancement du ministère de l’Europe et des Affaires étrangères est notifié au plus tard en juin 2027.',
  'La Commune de Ndiawara met à disposition un local accessible pour le point d’accueil des jeunes dès le premier semestre 2027.',
];
