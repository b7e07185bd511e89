import { z } from 'zod';
import { Id, OptionalDate, ShortText, Text } from './common';

export const Party = z.object({
  id: Id,
  stakeholderId: Id.nullable().default(null),
  role: z.enum(['lead', 'partner', 'other']),
  name: ShortText,
  seat: ShortText,
  representedBy: ShortText,
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
