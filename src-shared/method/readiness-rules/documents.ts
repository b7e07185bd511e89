import { COLLECTION_KEYS, SECTION_KEYS, type AuthoritySettings, type ProgrammeSnapshot } from '../../model';
import { clauseLine } from '../clause-defaults';
import { buildDeliberation } from '../deliberation';
import { programmeFacts } from '../facts';
import { hasMarker, missing, missingOf, type Missing } from '../pieces';
import type { ReadinessItem } from '../readiness';
import type { StepKey } from '../steps';
import { blank } from './item';

const STEP_BY_PREFIX: Record<string, StepKey> = {
  framing: 'framing',
  targetGroup: 'framing',
  territory: 'diagnosis',
  stakeholder: 'diagnosis',
  workshop: 'diagnosis',
  problem: 'diagnosis',
  objective: 'diagnosis',
  attachment: 'diagnosis',
  diagnosis: 'diagnosis',
  party: 'partnership',
  signatory: 'partnership',
  governance: 'partnership',
  clause: 'partnership',
  partnership: 'partnership',
  logframe: 'logframe',
  precondition: 'logframe',
  indicator: 'indicators',
  indicatorTarget: 'indicators',
  monitoringValue: 'indicators',
  budget: 'budget',
  budgetSettings: 'budget',
  budgetLine: 'budget',
  funder: 'budget',
  contribution: 'budget',
  timeline: 'timeline',
  risk: 'risks',
  capitalisation: 'capitalisation',
  execution: 'execution',
  expenditure: 'execution',
  receipt: 'execution',
  executionReport: 'execution',
};

/** The step whose screen holds a field (DOM id convention); settings, session and the rest belong to the documents step. */
export function stepOfFocus(focus: string): StepKey {
  return STEP_BY_PREFIX[focus.split('.')[0] ?? ''] ?? 'documents';
}

/** Focus prefix of an entity of each collection (the DOM id convention: `clause.<id>.text`). */
const SINGULAR: Record<string, string> = {
  targetGroups: 'targetGroup',
  territories: 'territory',
  stakeholders: 'stakeholder',
  workshops: 'workshop',
  problems: 'problem',
  objectives: 'objective',
  parties: 'party',
  signatories: 'signatory',
  clauses: 'clause',
  logframe: 'logframe',
  preconditions: 'precondition',
  indicators: 'indicator',
  indicatorTargets: 'indicatorTarget',
  monitoringValues: 'monitoringValue',
  budgetLines: 'budgetLine',
  funders: 'funder',
  contributions: 'contribution',
  risks: 'risk',
  attachments: 'attachment',
  expenditures: 'expenditure',
  receipts: 'receipt',
  executionReports: 'executionReport',
};

/** Whether a value holds a marker anywhere (strings, rich text, nested objects). */
function holdsMarker(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('[') && hasMarker(value);
  if (Array.isArray(value)) return value.some(holdsMarker);
  if (value && typeof value === 'object') return Object.values(value).some(holdsMarker);
  return false;
}

/** Every field of the officer's in which a marker ("[à compléter : …]") is left: the text is not finished. */
export function typedMarkers(s: ProgrammeSnapshot): Missing[] {
  const out: Missing[] = [];
  for (const key of SECTION_KEYS) {
    const section = s[key] as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(section)) if (holdsMarker(value)) out.push(missing('text', `${key}.${field}`));
  }
  for (const key of COLLECTION_KEYS) {
    for (const entity of s[key] as unknown as Array<Record<string, unknown>>) {
      for (const [field, value] of Object.entries(entity)) {
        // An unedited clause prints today's default, not its stored text; the default at edit time is never printed.
        if (key === 'clauses' && (field === 'defaultAtEdit' || (field === 'text' && !entity.edited))) continue;
        if (key === 'clauses' && field === 'partnerText' && s.framing.partnerLanguage === 'fr') continue;
        if (holdsMarker(value)) out.push(missing('text', `${SINGULAR[key] ?? key}.${String(entity.id)}.${field}`));
      }
    }
  }
  return out;
}

/**
 * Each value the five documents print and the programme lacks, found from the same facts and texts the documents are
 * built from: the gate's half that the method's own checks do not say.
 */
export function documentNeeds(s: ProgrammeSnapshot, settings: AuthoritySettings): Missing[] {
  const facts = programmeFacts(s, settings, 'fr');
  const d = buildDeliberation(s, settings, 'fr', facts);
  const out: Missing[] = [
    ...facts.missing,
    ...missingOf([d.authority, d.session, d.number, d.object, d.rapporteur, d.intro, ...d.visas, ...d.considerants, ...d.articles, d.president]),
  ];
  if (blank(s.framing.history)) out.push(missing('history', 'framing.history'));
  // The convention: its parties, signatures and clauses.
  if (!s.clauses.length) out.push(missing('text', 'partnership.clauses'));
  for (const clause of s.clauses) {
    const line = clauseLine(clause, facts, s);
    out.push(...missingOf([line]));
    if (!line.some((p) => typeof p !== 'string' || p.trim())) out.push(missing('text', `clause.${clause.id}.text`));
    if (s.framing.partnerLanguage !== 'fr' && clause.required && blank(clause.partnerText))
      out.push(missing('partnerText', `clause.${clause.id}.text`));
  }
  for (const role of ['lead', 'partner'] as const) {
    const party = s.parties.find((x) => x.role === role);
    if (!party) {
      out.push(missing('signatory', 'partnership.parties'));
      continue;
    }
    if (blank(party.name)) out.push(missing('authorityName', `party.${party.id}.name`));
    if (blank(party.seat)) out.push(missing('seat', `party.${party.id}.seat`));
    if (blank(party.representedBy)) out.push(missing('representedBy', `party.${party.id}.representedBy`));
    const signatory = s.signatories.find((x) => x.partyId === party.id);
    if (!signatory?.name.trim() && blank(party.representedBy))
      out.push(missing('signatory', signatory ? `signatory.${signatory.id}.name` : 'partnership.signatories'));
  }
  // The fiche de capitalisation needs a title of its own or the programme's.
  if (blank(s.capitalisation.title) && blank(s.framing.title)) out.push(missing('title', 'capitalisation.title'));
  out.push(...typedMarkers(s));
  return out;
}

/** The document values as readiness items (rule `document_value`), one per field. */
export function documentValueItems(needs: Missing[]): ReadinessItem[] {
  const seen = new Set<string>();
  const out: ReadinessItem[] = [];
  for (const m of needs) {
    if (seen.has(m.focus)) continue;
    seen.add(m.focus);
    out.push({
      id: `document:${m.focus}`,
      step: stepOfFocus(m.focus),
      rule: 'document_value',
      severity: 'blocking',
      // The field's name is nested from the documents catalogue ($t), so every screen and the CLI say it alike.
      messageKey: 'readiness.rules.documentValue',
      params: { field: m.missing },
      focus: m.focus,
    });
  }
  return out;
}
