import { z } from 'zod';
import { ShortText } from './common';
import { isSiret } from './siret';

/**
 * The authority's permanent particulars, stored once and reused by every programme and document. What changes with
 * each passage before the assembly (session, numbers, imputation, AP/CP) belongs to the programme (model/session.ts).
 */
export const AuthorityType = z.enum(['departement']);
export const Assembly = z.enum(['deliberating_body', 'delegate']);
export type Assembly = z.infer<typeof Assembly>;

export const AuthoritySettings = z.object({
  authorityType: AuthorityType.default('departement'),
  name: ShortText,
  logo: z
    .object({ mimeType: z.enum(['image/png', 'image/jpeg']), base64: z.string().max(3_000_000) })
    .nullable()
    .default(null),
  presidentName: ShortText,
  /** How the documents title the head of the executive: « le Président » or « la Présidente ». */
  presidentTitle: z.enum(['president', 'presidente']).default('president'),
  /** Deliberation delegating powers to the commission permanente (L3211-2), e.g. "n° 2025-01 du 2 juillet 2025". */
  delegationDeliberation: ShortText,
  appealCourt: ShortText,
  defaultSignatory: ShortText,
  authorName: ShortText,
  authorOrganisation: ShortText,
  /**
   * The Département's own Word template for the rapport and the deliberation (placeholders {{…}}), or none.
   * At most 2 MB: settings are read on every edit (author name), so they stay small.
   */
  wordTemplate: z
    .object({ name: z.string().min(1).max(255), base64: z.string().max(2_800_000) })
    .nullable()
    .default(null),
  documentLanguages: z.array(z.enum(['fr', 'en'])).min(1).max(2).default(['fr']),
  uiLanguage: z.enum(['fr', 'en']).default('fr'),
  /** SIRET of the authority (14 digits, Luhn key), for the open data of its acts (SCDL); empty until given. */
  siret: z.string().refine((v) => v === '' || isSiret(v), { message: 'A SIRET has 14 digits and a valid Luhn key.' }).default(''),
});
export type AuthoritySettings = z.infer<typeof AuthoritySettings>;
