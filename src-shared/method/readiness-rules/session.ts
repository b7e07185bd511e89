import type { ProgrammeSnapshot, SessionParticulars } from '../../model';
import { moneyFacts } from '../facts';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

/** Fields of the programme's passage before the assembly that the rapport and the délibération print. */
const REQUIRED: Array<keyof SessionParticulars> = [
  'sessionDate',
  'reportNumber',
  'deliberationNumber',
  'rapporteur',
  'budgetChapter',
  'budgetArticle',
  'budgetProgramme',
];

/** « Passage en séance »: each missing particular points at its field (`session.<field>`). */
export function sessionComplete(s: ProgrammeSnapshot): ReadinessItem[] {
  const out: ReadinessItem[] = [];
  for (const field of REQUIRED) {
    const value = s.session[field];
    if (value === null || (typeof value === 'string' && blank(value)))
      out.push(item('documents', `session_${field}`, `session.${field}`));
  }
  return out;
}

/** Crédits de paiement by year, when given, add up to the Département's cash contribution (in kind is no credit). */
export function sessionCredits(s: ProgrammeSnapshot): ReadinessItem[] {
  if (!s.session.paymentCredits.length) return [];
  const credits = s.session.paymentCredits.reduce((x, c) => x + Math.round(c.amount * 100), 0);
  const cash = Math.round(moneyFacts(s).lead.cash * 100);
  if (credits === cash) return [];
  return [
    item('documents', 'sessionCreditsTotal', 'session.paymentCredits', {
      params: { credits: credits / 100, cash: cash / 100 },
    }),
  ];
}
