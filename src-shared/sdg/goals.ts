/**
 * The 17 Sustainable Development Goals (Objectifs de développement durable, ODD).
 *
 * Codes are facts; the short labels are the application's own wording (FR and EN).
 * Pure data: no Node or DOM dependency.
 */

export interface SdgGoal {
  /** Goal number, 1 to 17. */
  code: number;
  /** Short French label. */
  fr: string;
  /** Short English label. */
  en: string;
}

export const SDG_GOALS: readonly SdgGoal[] = Object.freeze(
  [
    { code: 1, fr: 'Pas de pauvreté', en: 'No poverty' },
    { code: 2, fr: 'Faim zéro', en: 'Zero hunger' },
    { code: 3, fr: 'Bonne santé et bien-être', en: 'Good health and well-being' },
    { code: 4, fr: 'Éducation de qualité', en: 'Quality education' },
    { code: 5, fr: 'Égalité entre les sexes', en: 'Gender equality' },
    { code: 6, fr: 'Eau propre et assainissement', en: 'Clean water and sanitation' },
    { code: 7, fr: 'Énergie propre et abordable', en: 'Affordable and clean energy' },
    { code: 8, fr: 'Travail décent et croissance économique', en: 'Decent work and economic growth' },
    {
      code: 9,
      fr: 'Industrie, innovation et infrastructures',
      en: 'Industry, innovation and infrastructure',
    },
    { code: 10, fr: 'Réduction des inégalités', en: 'Reduced inequalities' },
    { code: 11, fr: 'Villes et communautés durables', en: 'Sustainable cities and communities' },
    { code: 12, fr: 'Consommation et production responsables', en: 'Responsible consumption and production' },
    { code: 13, fr: 'Lutte contre le changement climatique', en: 'Climate action' },
    { code: 14, fr: 'Vie aquatique', en: 'Life below water' },
    { code: 15, fr: 'Vie terrestre', en: 'Life on land' },
    { code: 16, fr: 'Paix, justice et institutions efficaces', en: 'Peace, justice and strong institutions' },
    { code: 17, fr: 'Partenariats pour la réalisation des objectifs', en: 'Partnerships for the goals' },
  ].map((g) => Object.freeze(g)),
);
