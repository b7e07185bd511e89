import { z } from 'zod';
import { OptionalDate, ShortText } from './common';
import { Assembly } from './settings';
import { EMPTY_VOTE, SessionVote, Transmission } from './transmission';

/**
 * The programme's passage before the assembly (« passage en séance »): one programme goes to one session, so these
 * particulars belong to the programme, not to the authority's settings (DOMAIN.md §4).
 */
export const PaymentCredit = z.object({
  year: z.number().int().min(2000).max(2100),
  /** Crédits de paiement of that year, in euros (cash only). */
  amount: z.number().finite().min(0).max(1e12),
});
export type PaymentCredit = z.infer<typeof PaymentCredit>;

export const SessionParticulars = z.object({
  assembly: Assembly.default('delegate'),
  sessionDate: OptionalDate,
  reportNumber: ShortText,
  deliberationNumber: ShortText,
  rapporteur: ShortText,
  /** E.g. « avis favorable de la commission Solidarités du 3 mars 2027 ». */
  committeeOpinion: ShortText,
  budgetChapter: ShortText,
  budgetArticle: ShortText,
  budgetProgramme: ShortText,
  /** Autorisation de programme (number or label) for a multi-year commitment. */
  authorisationProgramme: ShortText,
  /** Crédits de paiement by year (multi-year commitments). */
  paymentCredits: z
    .array(PaymentCredit)
    .max(50)
    .refine((credits) => new Set(credits.map((c) => c.year)).size === credits.length, { message: 'Each year appears once.' })
    .default([]),
  /** The vote's results, entered after the session (the deliberation's vote block, the SCDL row). */
  vote: SessionVote.default(EMPTY_VOTE),
  /** Transmission to the prefecture (@ctes) and publication (SCDL). */
  transmission: Transmission.default(Transmission.parse({})),
});
export type SessionParticulars = z.infer<typeof SessionParticulars>;
