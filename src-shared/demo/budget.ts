import type { BudgetCategory, FunderKind, Nature, Side } from '../model';

export const DEMO_YEARS = [2027, 2028, 2029] as const;
export type DemoYear = (typeof DEMO_YEARS)[number];

export interface DemoBudgetLine {
  label: string;
  category: BudgetCategory;
  year: DemoYear;
  side: Side;
  nature: Nature;
  quantity: number;
  unit: string;
  unitCost: number;
  /** Code of the activity (A1.1.1…) the line pays for, if any. */
  activity?: string;
}

const perYear = (line: Omit<DemoBudgetLine, 'year'>): DemoBudgetLine[] =>
  DEMO_YEARS.map((year) => ({ ...line, label: `${line.label} – ${year}`, year }));

/** Expense lines: transverse costs first, then the costs of each activity. */
export const DEMO_BUDGET_LINES: readonly DemoBudgetLine[] = [
  // Personnel
  ...perYear({
    label: 'Chargée de mission coopération décentralisée, 20 % ETP (valorisation)',
    category: 'personnel',
    side: 'france',
    nature: 'in_kind',
    quantity: 12,
    unit: 'mois',
    unitCost: 1050,
  }),
  ...perYear({
    label: 'Coordinateur local du programme recruté par la commune',
    category: 'personnel',
    side: 'partner',
    nature: 'cash',
    quantity: 12,
    unit: 'mois',
    unitCost: 850,
  }),
  ...perYear({
    label: 'Agents du service municipal de la jeunesse mis à disposition, 2 × 30 % ETP (valorisation)',
    category: 'personnel',
    side: 'partner',
    nature: 'in_kind',
    quantity: 12,
    unit: 'mois',
    unitCost: 420,
    activity: 'A1.2.1',
  }),
  // Missions
  {
    label: 'Missions techniques des professionnels du Département à Ndiawara (2 missions de 2 personnes)',
    category: 'missions',
    year: 2027,
    side: 'france',
    nature: 'cash',
    quantity: 4,
    unit: 'billet et séjour',
    unitCost: 1850,
    activity: 'A1.1.3',
  },
  {
    label: 'Missions des élus et de la coordination aux comités de pilotage à Ndiawara',
    category: 'missions',
    year: 2029,
    side: 'france',
    nature: 'cash',
    quantity: 3,
    unit: 'billet et séjour',
    unitCost: 1900,
  },
  {
    label:
      'Mission d’échange de la délégation de Ndiawara en Vallée-Haute (3 professionnels, 2 jeunes mentors)',
    category: 'missions',
    year: 2028,
    side: 'partner',
    nature: 'cash',
    quantity: 5,
    unit: 'personne',
    unitCost: 2300,
    activity: 'A2.1.2',
  },
  {
    label:
      'Volontaires de la Vallée-Haute en service civique de réciprocité à Ndiawara (transport, indemnité complémentaire)',
    category: 'missions',
    year: 2028,
    side: 'france',
    nature: 'cash',
    quantity: 4,
    unit: 'volontaire',
    unitCost: 2600,
    activity: 'A2.1.2',
  },
  // Expertise
  {
    label: 'Étude des filières porteuses et repérage des jeunes sans emploi ni formation (cabinet local)',
    category: 'expertise',
    year: 2027,
    side: 'partner',
    nature: 'cash',
    quantity: 1,
    unit: 'forfait',
    unitCost: 14500,
    activity: 'A1.1.1',
  },
  {
    label: 'Appui méthodologique au mentorat par les pairs (Passerelles Jeunesse Vallée-Haute)',
    category: 'expertise',
    year: 2027,
    side: 'france',
    nature: 'cash',
    quantity: 20,
    unit: 'jour',
    unitCost: 550,
    activity: 'A2.1.1',
  },
  // Training
  {
    label: 'Formation des conseillers du point d’accueil à l’accompagnement vers l’emploi',
    category: 'training',
    year: 2027,
    side: 'partner',
    nature: 'cash',
    quantity: 6,
    unit: 'session de 3 jours',
    unitCost: 2200,
    activity: 'A1.1.3',
  },
  {
    label: 'Bourses de formation qualifiante – première cohorte',
    category: 'training',
    year: 2028,
    side: 'partner',
    nature: 'cash',
    quantity: 75,
    unit: 'bourse',
    unitCost: 420,
    activity: 'A1.2.2',
  },
  {
    label: 'Bourses de formation qualifiante – seconde cohorte',
    category: 'training',
    year: 2029,
    side: 'partner',
    nature: 'cash',
    quantity: 75,
    unit: 'bourse',
    unitCost: 420,
    activity: 'A1.2.2',
  },
  {
    label: 'Stages et périodes d’immersion en entreprise (indemnités et assurance des stagiaires)',
    category: 'training',
    year: 2028,
    side: 'partner',
    nature: 'cash',
    quantity: 120,
    unit: 'stagiaire',
    unitCost: 120,
    activity: 'A1.2.3',
  },
  {
    label: 'Forum emploi-entrepreneuriat des jeunes de Ndiawara',
    category: 'training',
    year: 2029,
    side: 'partner',
    nature: 'cash',
    quantity: 1,
    unit: 'forfait',
    unitCost: 7600,
    activity: 'A1.3.2',
  },
  {
    label: 'Formation et indemnisation des mentors pairs de Ndiawara',
    category: 'training',
    year: 2028,
    side: 'partner',
    nature: 'cash',
    quantity: 40,
    unit: 'mentor',
    unitCost: 180,
    activity: 'A2.1.1',
  },
  {
    label: 'Réunions du cadre communal de concertation sur l’emploi des jeunes',
    category: 'training',
    year: 2028,
    side: 'partner',
    nature: 'cash',
    quantity: 8,
    unit: 'réunion',
    unitCost: 900,
    activity: 'A2.2.1',
  },
  // Equipment
  {
    label: 'Aménagement et équipement accessible du point d’accueil et d’orientation des jeunes',
    category: 'equipment',
    year: 2027,
    side: 'partner',
    nature: 'cash',
    quantity: 1,
    unit: 'forfait',
    unitCost: 18500,
    activity: 'A1.1.2',
  },
  {
    label: 'Kits de démarrage des microprojets de jeunes',
    category: 'equipment',
    year: 2028,
    side: 'partner',
    nature: 'cash',
    quantity: 40,
    unit: 'kit',
    unitCost: 650,
    activity: 'A1.3.1',
  },
  // Communication and citizen awareness in France
  {
    label: 'Sensibilisation des collégiens de la Vallée-Haute (interventions, exposition itinérante)',
    category: 'communication',
    year: 2028,
    side: 'france',
    nature: 'cash',
    quantity: 1,
    unit: 'forfait',
    unitCost: 6500,
    activity: 'A2.2.2',
  },
  {
    label: 'Restitutions publiques croisées et film court sur le programme',
    category: 'communication',
    year: 2029,
    side: 'france',
    nature: 'cash',
    quantity: 1,
    unit: 'forfait',
    unitCost: 5500,
    activity: 'A2.2.2',
  },
  // Monitoring and evaluation
  {
    label: 'Système de suivi des parcours (base de données, enquêtes de situation à six mois)',
    category: 'monitoring_evaluation',
    year: 2027,
    side: 'partner',
    nature: 'cash',
    quantity: 1,
    unit: 'forfait',
    unitCost: 6800,
  },
  {
    label: 'Évaluation externe à mi-parcours',
    category: 'monitoring_evaluation',
    year: 2028,
    side: 'france',
    nature: 'cash',
    quantity: 1,
    unit: 'forfait',
    unitCost: 9500,
  },
  {
    label: 'Évaluation finale et fiche de capitalisation',
    category: 'monitoring_evaluation',
    year: 2029,
    side: 'france',
    nature: 'cash',
    quantity: 1,
    unit: 'forfait',
    unitCost: 14000,
  },
  // Administrative costs and contingencies
  {
    label: 'Frais administratifs, bancaires et de transfert de fonds de la commune',
    category: 'administrative',
    year: 2028,
    side: 'partner',
    nature: 'cash',
    quantity: 36,
    unit: 'mois',
    unitCost: 152.35,
  },
  {
    label: 'Imprévus (environ 3 % des coûts directs)',
    category: 'contingencies',
    year: 2028,
    side: 'partner',
    nature: 'cash',
    quantity: 1,
    unit: 'forfait',
    unitCost: 10500,
  },
];

export const lineCents = (line: { quantity: number; unitCost: number }): number =>
  Math.round(line.quantity * line.unitCost * 100);

export interface DemoFunder {
  key: 'lead' | 'partner' | 'state';
  name: string;
  kind: FunderKind;
}

export const DEMO_FUNDERS: readonly DemoFunder[] = [
  { key: 'lead', name: 'Département de la Vallée-Haute', kind: 'lead_authority' },
  { key: 'partner', name: 'Commune de Ndiawara', kind: 'partner_authority' },
  {
    key: 'state',
    name: 'État – ministère de l’Europe et des Affaires étrangères (DCTCIV, appel à projets 2027-2029)',
    kind: 'state_meae',
  },
];

/** Cash the two authorities put in each year, in cents (the State's share is what remains). */
const LEAD_CASH: Record<DemoYear, number> = { 2027: 3_000_000, 2028: 3_500_000, 2029: 2_500_000 };
const PARTNER_CASH: Record<DemoYear, number> = { 2027: 600_000, 2028: 600_000, 2029: 600_000 };

export interface DemoContribution {
  funder: DemoFunder['key'];
  year: DemoYear;
  nature: Nature;
  cents: number;
}

export interface DemoFinancing {
  totalCents: number;
  byYear: Record<DemoYear, number>;
  contributions: DemoContribution[];
  /** Per funder: cash, in kind and total, in cents. */
  byFunder: Record<DemoFunder['key'], { cash: number; inKind: number; total: number }>;
  byCategory: Partial<Record<BudgetCategory, number>>;
}

/**
 * The financing plan: each year, the Département's in-kind contribution is its valorised staff,
 * the commune's is its staff made available, both add fixed cash, and the State co-finances the
 * rest, so that revenue equals expenses to the cent, year by year.
 */
export function demoFinancing(lines: readonly DemoBudgetLine[] = DEMO_BUDGET_LINES): DemoFinancing {
  const sum = (filter: (l: DemoBudgetLine) => boolean) =>
    lines.filter(filter).reduce((acc, l) => acc + lineCents(l), 0);
  const contributions: DemoContribution[] = [];
  const byYear = {} as Record<DemoYear, number>;
  for (const year of DEMO_YEARS) {
    const total = sum((l) => l.year === year);
    const leadInKind = sum((l) => l.year === year && l.side === 'france' && l.nature === 'in_kind');
    const partnerInKind = sum((l) => l.year === year && l.side === 'partner' && l.nature === 'in_kind');
    const state = total - LEAD_CASH[year] - leadInKind - PARTNER_CASH[year] - partnerInKind;
    byYear[year] = total;
    contributions.push(
      { funder: 'lead', year, nature: 'cash', cents: LEAD_CASH[year] },
      { funder: 'lead', year, nature: 'in_kind', cents: leadInKind },
      { funder: 'partner', year, nature: 'cash', cents: PARTNER_CASH[year] },
      { funder: 'partner', year, nature: 'in_kind', cents: partnerInKind },
      { funder: 'state', year, nature: 'cash', cents: state },
    );
  }
  const byFunder = {
    lead: { cash: 0, inKind: 0, total: 0 },
    partner: { cash: 0, inKind: 0, total: 0 },
    state: { cash: 0, inKind: 0, total: 0 },
  };
  for (const c of contributions) {
    const f = byFunder[c.funder];
    if (c.nature === 'cash') f.cash += c.cents;
    else f.inKind += c.cents;
    f.total += c.cents;
  }
  const byCategory: Partial<Record<BudgetCategory, number>> = {};
  for (const l of lines) byCategory[l.category] = (byCategory[l.category] ?? 0) + lineCents(l);
  return { totalCents: sum(() => true), byYear, contributions, byFunder, byCategory };
}

/** Yearly cash the Département commits, in cents (payment credits of the multi-year authorisation). */
export function leadCashByYear(): Record<DemoYear, number> {
  return { ...LEAD_CASH };
}
