import { z } from 'zod';
import { ShortText } from './common';
import { isSiret } from './siret';

/**
 * The authority's permanent particulars, stored once and reused by every programme and document. What changes with
 * each passage before the assembly (session, numbers, imputation, AP/CP) belongs to the programme (model/session.ts).
 */
/** The French lead author of a programme: a local authority of one of four levels, or an association / NGO. */
export const AUTHORITY_TYPES = ['departement', 'commune', 'epci', 'region', 'association'] as const;
export const AuthorityType = z.enum(AUTHORITY_TYPES);
export type AuthorityType = z.infer<typeof AuthorityType>;
/**
 * Who decides: the deliberating body itself (conseil départemental, municipal, communautaire, régional, or an
 * association's conseil d'administration) or the body it delegates to (commission permanente, bureau). Each type
 * says which it has (method/lead-author.ts).
 */
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
  /** How the documents title the head of the executive: « le Président » / « la Présidente », « le Maire » / « la Maire ». */
  presidentTitle: z.enum(['president', 'presidente']).default('president'),
  /**
   * The act delegating powers to the delegate body (commission permanente: L3211-2, L4221-5; bureau: L5211-10; an
   * association's bureau: its statutes or its board's decision), e.g. "n° 2025-01 du 2 juillet 2025".
   */
  delegationDeliberation: ShortText,
  appealCourt: ShortText,
  defaultSignatory: ShortText,
  authorName: ShortText,
  authorOrganisation: ShortText,
  /**
   * The authority's own Word template for the rapport and the deliberation (placeholders {{…}}), or none.
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
