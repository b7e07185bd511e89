export interface DemoRisk {
  text: string;
  likelihood: 'low' | 'medium' | 'high';
  impact: 'low' | 'medium' | 'high';
  mitigation: string;
  owner: string;
  /** Logframe row whose assumptions the risk feeds. */
  row?: string;
}

export const DEMO_RISKS: readonly DemoRisk[] = [
  {
    text: 'Retard ou réduction du cofinancement de l’État, qui représente plus de la moitié du budget.',
    likelihood: 'medium',
    impact: 'high',
    mitigation:
      'Dépôt du dossier dès l’ouverture de l’appel à projets ; démarrage des premières activités sur les fonds des deux collectivités ; scénario de repli à 70 % du budget validé par le comité de pilotage.',
    owner: 'Département – chargée de mission coopération décentralisée',
  },
  {
    text: 'Faible participation des jeunes femmes, freinée par les charges domestiques, le mariage précoce et les réticences familiales.',
    likelihood: 'medium',
    impact: 'high',
    mitigation:
      'Horaires et lieux adaptés, garde d’enfants pendant les formations, sensibilisation des familles avec les groupements de promotion féminine, mentores et conseillères femmes.',
    owner: 'Commune de Ndiawara – coordinateur local',
    row: 'R1.2',
  },
  {
    text: 'Faible viabilité des microprojets : saisonnalité agricole, concurrence sur le marché hebdomadaire, accès limité au crédit.',
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'Choix des activités fondé sur l’étude des filières, suivi mensuel pendant douze mois, mise en relation avec la mutuelle d’épargne et de crédit, appui à la diversification des activités.',
    owner: 'Coordinateur local et mutuelle d’épargne et de crédit',
    row: 'R1.3',
  },
  {
    text: 'Renouvellement de l’équipe municipale après les prochaines élections locales au Sénégal, susceptible de remettre en cause les priorités du programme.',
    likelihood: 'medium',
    impact: 'medium',
    mitigation:
      'Présence de l’opposition municipale et du conseil communal de la jeunesse au comité de pilotage ; inscription de la stratégie d’insertion dans le plan de développement communal ; information des candidats sur le programme.',
    owner: 'Comité de pilotage',
  },
  {
    text: 'Refus ou retard de visas pour la délégation de Ndiawara, empêchant la mission d’échange en Vallée-Haute.',
    likelihood: 'low',
    impact: 'medium',
    mitigation:
      'Demandes déposées quatre mois à l’avance avec une lettre d’invitation du Département ; information du poste diplomatique ; solution de repli en visioconférence et report de la mission.',
    owner: 'Département – direction de l’insertion et des solidarités internationales',
  },
];
