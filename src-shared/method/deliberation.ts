import type { Locale } from '../i18n/catalogues';
import { amountInDocument, insertedText } from '../i18n/typography';
import type { AuthoritySettings, ProgrammeSnapshot } from '../model';
import { authorityForms, form, joinList, programmeFacts, type FunderFacts, type ProgrammeFacts } from './facts';
import { docPhrases, fill, orMissing, type Line, type Piece } from './pieces';

/**
 * The deliberation's legal text (visas, considérants, articles) built from the facts module. Pure: the Word builder
 * and the template filler both render it. A value the programme lacks is a `Missing` piece.
 */

export * from './pieces';
export { appealCourt, articled, capitalise, joinList, nameGender, ofArticled, programmeFacts } from './facts';

export interface DeliberationText {
  authority: Piece;
  assembly: string;
  session: Line;
  number: Line;
  object: Line;
  rapporteur: Line;
  intro: Line;
  visas: Line[];
  considerants: Line[];
  deliberated: string;
  decides: string;
  articles: Line[];
  president: Piece;
  /** "La Présidente du Conseil départemental" above the signature. */
  presidentTitle: string;
}

export function buildObject(facts: ProgrammeFacts, locale: Locale): Line {
  return fill(docPhrases(locale).objectText, {
    partner: form(facts.partner, 'the'),
    country: facts.country,
    title: facts.title,
  });
}

/** "Vu l’avis favorable de la commission … ;" from what the officer wrote ("avis favorable de …" or "l’avis …"). */
function opinionVisa(opinion: string, locale: Locale): Line {
  const d = docPhrases(locale).deliberation;
  const text = insertedText(opinion, locale);
  if (locale !== 'fr' || /^(l['’]|le |la |les )/i.test(text)) return fill(d.visaOpinion, { opinion: text });
  return fill(d.visaOpinion, { opinion: /^[aeéèêiîouyh]/i.test(text) ? `l’${text}` : `le ${text}` });
}

/** "30 000,00 € auprès de l’Agence française de développement et 50 000,00 € auprès de l’État". */
export function coFundersPhrase(funders: FunderFacts[], locale: Locale): string {
  const d = docPhrases(locale).deliberation;
  return joinList(
    funders.map((f) => {
      const name = authorityForms(f.name || '…', locale);
      return d.fromFunder
        .replace('{{amount}}', amountInDocument(f.total, locale))
        .replace('{{of}}', name.of)
        .replace('{{the}}', name.the);
    }),
    locale,
  );
}

/** "2027 : 20 000,00 € ; 2028 : 25 000,00 €" */
export function creditsPhrase(credits: Array<{ year: number; amount: number }>, locale: Locale): string {
  const d = docPhrases(locale).deliberation;
  return credits
    .map((c) => d.creditYear.replace('{{year}}', String(c.year)).replace('{{amount}}', amountInDocument(c.amount, locale)))
    .join(d.creditSeparator);
}

/** Article 3: the cash contribution on its imputation (AP/CP when multi-year), the in-kind valorisation apart. */
function moneyArticle(facts: ProgrammeFacts, locale: Locale): Line {
  const d = facts.p.deliberation;
  const m = facts.money.lead;
  const x = facts.session;
  if (m.total === 0) return fill(d.commitCash, commitParams(facts, locale, facts.amounts.leadTotal));
  if (m.cash === 0) return fill(d.commitInKindOnly, { inKind: amountInDocument(m.inKind, locale) });
  const line = fill(d.commitCash, commitParams(facts, locale, amountInDocument(m.cash, locale)));
  if (x.multiYear) line.push(' ', ...fill(d.commitCredits, { credits: creditsPhrase(x.paymentCredits, locale) }));
  if (m.inKind > 0) line.push(' ', ...fill(d.commitInKind, { inKind: amountInDocument(m.inKind, locale) }));
  return line;
}

function commitParams(facts: ProgrammeFacts, locale: Locale, cash: Piece): Record<string, Piece | Line> {
  const d = facts.p.deliberation;
  const x = facts.session;
  return {
    cash,
    chapter: x.chapter,
    article: x.article,
    programme: x.programme,
    ap: x.authorisationProgramme ? d.commitAp.replace('{{ap}}', x.authorisationProgramme) : '',
  };
}

export function buildDeliberation(
  s: ProgrammeSnapshot,
  settings: AuthoritySettings,
  locale: Locale,
  facts: ProgrammeFacts = programmeFacts(s, settings, locale),
): DeliberationText {
  const p = facts.p;
  const d = p.deliberation;
  const x = facts.session;
  const president = facts.president.title;

  const visas: Line[] = [[d.visaCgct]];
  if (facts.delegation) {
    visas.push([d.visaDelegateLaw]);
    visas.push(fill(d.visaDelegation, { ref: facts.delegation }));
  } else visas.push([d.visaCouncilLaw]);
  visas.push(fill(d.visaBudget, { year: x.year }));
  visas.push(fill(d.visaReport, { number: x.reportNumber, ofPresident: president.of }));
  // A local authority's decision cites its committee's opinion; an association's board has none unless written.
  if (x.committeeOpinion) visas.push(opinionVisa(x.committeeOpinion, locale));
  else if (facts.author.publicLaw) visas.push([d.visaCommittee]);

  const partner = form(facts.partner, 'the');
  const considerants: Line[] = [[d.considerantLaw]];
  considerants.push(fill(d.considerantPurpose, { title: facts.title, goal: inserted(facts.goal, locale) }));
  considerants.push(
    s.framing.partnershipSince
      ? fill(d.considerantPartnershipSince, { since: s.framing.partnershipSince, partner, country: facts.country })
      : fill(d.considerantPartnership, { partner, country: facts.country }),
  );
  considerants.push(
    fill(d.considerantReciprocity, {
      effects: orMissing(
        insertedText(firstSentence(s.framing.reciprocityEffects), locale),
        'reciprocityEffects',
        'framing.reciprocityEffects',
      ),
    }),
  );
  if (facts.sdgTargets.length) considerants.push(fill(d.considerantSdg, { targets: joinList(facts.sdgTargets, locale) }));

  const coFunders = facts.money.coFunders;
  const articles: Line[] = [
    fill(d.approveProgramme, { title: facts.title, partner, period: facts.period, total: facts.amounts.total }),
    fill(d.approveConvention, { president: president.the }),
    moneyArticle(facts, locale),
    coFunders.length
      ? fill(d.coFinancing, { president: president.the, funders: coFundersPhrase(coFunders, locale) })
      : fill(d.coFinancingNone, { president: president.the }),
  ];
  const agreements = publicFundersAbove(s, facts, PUBLIC_FUNDING_AGREEMENT_THRESHOLD);
  if (d.publicFunderAgreement && agreements.length)
    articles.push(fill(d.publicFunderAgreement, { president: president.the, funders: joinList(agreements.map((f) => authorityForms(f.name || '…', locale).the), locale) }));

  return {
    authority: form(facts.authority, 'name'),
    assembly: x.assemblyForms.name,
    session: fill(d.session, { date: x.date }),
    number: fill(d.number, { number: x.deliberationNumber }),
    object: buildObject(facts, locale),
    rapporteur: fill(d.rapporteur, { name: x.rapporteur }),
    intro: fill(d.intro, { assembly: x.assemblyForms.The }),
    visas,
    considerants,
    deliberated: d.deliberated,
    decides: d.decides,
    articles,
    president: facts.president.name,
    presidentTitle: president.The,
  };
}

/**
 * Loi n° 2000-321, art. 10, and décret n° 2001-495: a public funder whose subsidy to a private-law body exceeds
 * 23 000 € a year concludes an agreement with it (legal-sources.ts).
 */
export const PUBLIC_FUNDING_AGREEMENT_THRESHOLD = 23_000;
const PUBLIC_FUNDER_KINDS = new Set(['state_meae', 'afd', 'eu', 'other_french_authority', 'other_authority']);

/** Public co-funders whose contribution exceeds the threshold in some year (or over the programme, when undated). */
export function publicFundersAbove(s: ProgrammeSnapshot, facts: ProgrammeFacts, threshold: number): FunderFacts[] {
  return facts.money.coFunders.filter((f) => {
    if (!PUBLIC_FUNDER_KINDS.has(f.kind)) return false;
    const byYear = new Map<number | null, number>();
    for (const c of s.contributions) if (c.funderId === f.id) byYear.set(c.year, (byYear.get(c.year) ?? 0) + c.amount);
    return [...byYear.values()].some((amount) => amount > threshold);
  });
}

const inserted = (piece: Piece, locale: Locale): Piece => (typeof piece === 'string' ? insertedText(piece, locale) : piece);

/** The first sentence of a text (considérants stay short; the rapport carries the whole text). */
export function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const match = /^(.+?[.!?])(\s|$)/.exec(trimmed);
  return (match ? match[1]! : trimmed).replace(/[.;]+$/, '');
}
