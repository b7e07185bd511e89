import { z } from 'zod';
import { Id, OptionalDate, ShortText, Text } from './common';

export const Party = z.object({
  id: Id,
  stakeholderId: Id.nullable().default(null),
  role: z.enum(['lead', 'partner', 'other']),
  name: ShortText,
  seat: ShortText,
  representedBy: ShortText,
  /**
   * A partner authority abroad keeps its own type and the title of its executive (commune / maire, région /
   * gouverneur, province, municipalidad / alcalde…), free text printed in the convention's party clause and
   * signature block. Empty for older data (additive).
   */
  partyType: ShortText,
  executiveTitle: ShortText,
});
export type Party = z.infer<typeof Party>;

export const Signatory = z.object({
  id: Id,
  partyId: Id.nullable().default(null),
  name: ShortText,
  function: ShortText,
  deliberationDate: OptionalDate,
  deliberationNumber: ShortText,
});
export type Signatory = z.infer<typeof Signatory>;

export const CONVENTION_LAYOUTS = ['columns', 'parts'] as const;
export type ConventionLayout = (typeof CONVENTION_LAYOUTS)[number];

/** Headings and fixed phrases of the convention that the partner's version needs (see method/convention-languages). */
export const PARTNER_HEADING_KEYS = [
  'title',
  'version',
  'parties',
  'and',
  'seat',
  'representedBy',
  'actingUnder',
  'hereafterLead',
  'hereafterPartner',
  'visas',
  'visaPrefix',
  'visaCgct',
  'visaDeliberation',
  'preamble',
  'agreed',
  'article',
  'doneAt',
  'forParty',
] as const;
export type PartnerHeadingKey = (typeof PARTNER_HEADING_KEYS)[number];
export const PartnerHeadings = z
  .object(Object.fromEntries(PARTNER_HEADING_KEYS.map((k) => [k, ShortText])) as Record<PartnerHeadingKey, typeof ShortText>)
  .prefault({});
export type PartnerHeadings = z.infer<typeof PartnerHeadings>;

export const Governance = z.object({
  steeringComposition: Text,
  steeringFrequency: ShortText,
  technicalCommittee: Text,
  focalPoints: Text,
  /**
   * Texts the convention cites ("Vu …"), one per line, beyond the CGCT and the deliberations the app writes itself:
   * other French texts, and the partner country's law where known (DOMAIN.md §4). Kept with the partnership's other
   * single-valued fields.
   */
  conventionVisasFrance: Text,
  conventionVisasPartner: Text,
  /** Bilingual convention (framing.partnerLanguage not French): both versions side by side, or one after the other. */
  conventionLayout: z.enum(CONVENTION_LAYOUTS).default('columns'),
  /** The partner's version of the convention's object and preamble, written by people (never machine-made). */
  objectPartner: Text,
  preamblePartner: Text,
  /**
   * The officer's wording of the convention's headings and fixed phrases in the partner's language, by key; empty
   * keys fall back to the app's own wording (English, Spanish, Portuguese) or are marked missing.
   */
  partnerHeadings: PartnerHeadings,
});
export type Governance = z.infer<typeof Governance>;

export const CLAUSE_KEYS = [
  'purpose',
  'duration',
  'commitments_lead',
  'commitments_partner',
  'governance',
  'financial_terms',
  'monitoring_evaluation',
  'communication',
  'intellectual_property',
  'amendments',
  'termination',
  'disputes',
  'applicable_law',
  'languages_originals',
  'annexes',
] as const;
export const ClauseKey = z.enum([...CLAUSE_KEYS, 'custom']);
export type ClauseKey = z.infer<typeof ClauseKey>;

export const Clause = z.object({
  id: Id,
  key: ClauseKey,
  title: ShortText,
  text: Text,
  /** The same clause in the partner's language, written by people (never machine-made). */
  partnerText: Text,
  /** The clause's title in the partner's language; empty: the app's own title of a standard clause, when it has one. */
  partnerTitle: ShortText,
  required: z.boolean().default(true),
  /** False while the text is the generated default; true once the officer edited it. */
  edited: z.boolean().default(false),
  /**
   * The default text as it read when the officer first edited the clause, so the screen can offer to compare with
   * today's default once the programme has changed. Empty for unedited clauses and older data (additive).
   */
  defaultAtEdit: Text,
});
export type Clause = z.infer<typeof Clause>;
