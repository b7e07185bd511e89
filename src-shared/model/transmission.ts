import { z } from 'zod';
import { OptionalCount, OptionalDate } from './common';

/**
 * What happens to a deliberation after the session: the vote's results (entered once the session is over), and the
 * particulars of its transmission to the prefecture (@ctes) and of its publication (SCDL « délibérations »).
 * Stored in the session particulars (model/session.ts); checked by method/actes.ts and method/scdl.ts.
 */
export const SessionVote = z.object({
  /** Members who may vote (SCDL VOTE_EFFECTIF). */
  members: OptionalCount,
  /** Members who took part in the vote (VOTE_REEL). */
  voters: OptionalCount,
  for: OptionalCount,
  against: OptionalCount,
  abstain: OptionalCount,
  notTaking: OptionalCount,
});
export type SessionVote = z.infer<typeof SessionVote>;
export const EMPTY_VOTE: SessionVote = { members: null, voters: null, for: null, against: null, abstain: null, notTaking: null };

export const Transmission = z.object({
  /** Matière of the ACTES nomenclature, level 2 (« 9.2 »), as @ctes and the SCDL row ask. */
  /** Empty: the default matière of the lead author's level (actes.ts defaultMatiere). */
  matiere: z.string().max(10).default(''),
  /** @ctes act numbers (at most 15 characters of [0-9A-Z_]); empty: derived from the deliberation number. */
  deliberationActNumber: z.string().max(200).default(''),
  conventionActNumber: z.string().max(200).default(''),
  /** The prefecture's identifier (« PREF038 ») and the date it registered the act. */
  prefectureId: z.string().max(20).default(''),
  prefectureDate: OptionalDate,
  /** Where the authority publishes the deliberation (DELIB_URL). */
  publicationUrl: z.string().max(2_000).default(''),
});
export type Transmission = z.infer<typeof Transmission>;
