/**
 * Where the catalogue names the values of a coded field, so the review screen shows "Collectivité", not
 * "local_authority". Keyed by "<collection or section>.<field>"; the catalogue groups are the ones the step screens
 * already use, so a value reads the same here as where it was chosen.
 */
export const ENUM_GROUPS: Record<string, string> = {
  'framing.partnerLevel': 'framing.levels',
  'framing.themes': 'framing.themes',
  'territories.side': 'diagnosis.territory',
  'stakeholders.type': 'diagnosis.stakeholders.types',
  'problems.kind': 'diagnosis.tree.kind',
  'objectives.kind': 'diagnosis.tree.kind',
  'parties.role': 'partnership.parties.roles',
  'logframe.level': 'logframe.levels',
  'indicators.type': 'indicators.types',
  'indicators.frequency': 'indicators.frequencies',
  'indicators.disaggregation': 'indicators.disaggregations',
  'indicatorTargets.kind': 'indicators.targets.kinds',
  'budgetLines.category': 'budget.categories',
  'budgetLines.side': 'budget.sides',
  'budgetLines.nature': 'budget.natures',
  'contributions.nature': 'budget.natures',
  'funders.kind': 'budget.funders.kinds',
  'risks.likelihood': 'risks.levels',
  'risks.impact': 'risks.impactLevels',
};

/** Catalogue keys naming a coded value (one per item for a list of codes); null when the field holds free text. */
export function enumLabelKeys(where: string, field: string, value: unknown): string[] | null {
  const group = ENUM_GROUPS[`${where}.${field}`];
  if (!group) return null;
  if (typeof value === 'string') return [`${group}.${value}`];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v) => `${group}.${v}`);
  return null;
}
