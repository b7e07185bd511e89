import type { Locale } from '../i18n/catalogues';
import { amountInDocument, dateInWords, monthsInDocument, quote } from '../i18n/typography';
import type { AuthoritySettings, FunderKind, ProgrammeSnapshot } from '../model';
import { budgetTotals, type FunderTotal } from './budget';
import { countryName } from './countries';
import { authorPhrases, authorProfile, decidingBody, type AuthorProfile } from './lead-author';
import { fill, missing, orMissing, type DocPhrases, type Line, type Missing, type Piece } from './pieces';
import { compareCodes } from './code-order';

/**
 * What every document, clause default and readiness check says about the programme, computed in one place:
 * names with their article and gender, the president's title, the country, the session's particulars, the money
 * (total, per funder, cash and in kind, per year) and the period. A value the programme lacks is a `Missing` piece;
 * `facts.missing` lists each one, so the gate and the documents cannot disagree about what is missing.
 */

export type Gender = 'masculine' | 'feminine';

/** Head nouns of authority names and their gender ("la Commune de Ndiawara", "le Département de…"). */
const FEMININE = [
  'commune',
  'ville',
  'région',
  'province',
  'municipalité',
  'communauté',
  'collectivité',
  'métropole',
  'préfecture',
  'wilaya',
  'mairie',
  'agglomération',
  'commission',
  'présidente',
  'association',
  'assemblée',
  'agence',
  'union',
  'fondation',
  'organisation',
  'banque',
];
const MASCULINE = [
  'département',
  'district',
  'conseil',
  'gouvernorat',
  'cercle',
  'canton',
  'comté',
  'état',
  'syndicat',
  'territoire',
  'président',
  'office',
  'établissement',
  'ministère',
  'fonds',
  'programme',
  'groupement',
];

const headOf = (name: string) => name.trim().split(/[\s'’-]/)[0]!.toLowerCase();

/** The grammatical gender of an authority's name in French, from its head noun; null when the noun is not known. */
export function nameGender(name: string): Gender | null {
  const head = headOf(name);
  if (FEMININE.includes(head)) return 'feminine';
  if (MASCULINE.includes(head)) return 'masculine';
  return null;
}

/** A noun phrase with each article French prose puts before it. */
export interface NounForms {
  /** As written: "Département des Yvelines". */
  name: string;
  gender: Gender | null;
  /** "le Département des Yvelines", "la Commune de…", "l’État" (the name alone when its noun is unknown). */
  the: string;
  /** "Le Département des Yvelines" (start of a sentence). */
  The: string;
  /** "du Département…", "de la Commune…", "de l’État", "de Ndiawara". */
  of: string;
  /** "au Département…", "à la Commune…", "à l’État", "à Ndiawara". */
  to: string;
  /** "par le Département…" */
  by: string;
}

const ELIDES = /^[aeéèêëiîïoôuùûyh]/i;

/** The forms of a noun phrase of the given gender (French); English keeps "the". */
export function nounForms(name: string, gender: Gender | null, locale: Locale): NounForms {
  const n = name.trim();
  if (locale !== 'fr') {
    const the = gender ? `the ${n}` : n;
    return { name: n, gender, the, The: capitalise(the), of: `of ${the}`, to: `to ${the}`, by: `by ${the}` };
  }
  if (!gender) return { name: n, gender, the: n, The: capitalise(n), of: `${ELIDES.test(n) ? 'd’' : 'de '}${n}`, to: `à ${n}`, by: `par ${n}` };
  const elided = ELIDES.test(n);
  const the = elided ? `l’${n}` : gender === 'masculine' ? `le ${n}` : `la ${n}`;
  const of = elided ? `de l’${n}` : gender === 'masculine' ? `du ${n}` : `de la ${n}`;
  const to = elided ? `à l’${n}` : gender === 'masculine' ? `au ${n}` : `à la ${n}`;
  return { name: n, gender, the, The: capitalise(the), of, to, by: `par ${the}` };
}

/** An authority by its name: the gender comes from the head noun. */
export const authorityForms = (name: string, locale: Locale): NounForms =>
  // English prose keeps a foreign authority's name as it is written ("Commune de Ndiawara").
  nounForms(name, locale === 'fr' ? nameGender(name) : null, locale);

/** "la Commune de Ndiawara" (kept for the sentences that only need the article). */
export const articled = (name: string, locale: Locale): string => authorityForms(name, locale).the;
/** "de la Commune de Ndiawara", "du Département de…". */
export const ofArticled = (name: string, locale: Locale): string => authorityForms(name, locale).of;

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Joins list items in prose: "A, B et C" / "A, B and C". */
export function joinList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** A name with its forms, or the Missing piece that stands for it in each form. */
export type Named = NounForms | Missing;
export const isNamed = (x: Named): x is NounForms => 'the' in x;
/** One form of a name, or its Missing piece. */
export const form = (x: Named, which: keyof Omit<NounForms, 'gender'>): Piece => (isNamed(x) ? x[which] : x);

/** A funder with money in the plan: the budget's own totals (budgetTotals), keyed by id. */
export type FunderFacts = Omit<FunderTotal, 'funderId'> & { id: string };

export interface MoneyFacts {
  expenses: number;
  revenue: number;
  balanced: boolean;
  lead: { cash: number; inKind: number; total: number; share: number; cashByYear: Array<{ year: number; amount: number }>; cashWithoutYear: number };
  partner: { cash: number; inKind: number; total: number };
  /** Every funder that contributes something, in the financing plan's order. */
  funders: FunderFacts[];
  /** Co-financings the lead authority applies for: funders other than the two parties. */
  coFunders: FunderFacts[];
}

export interface SessionFacts {
  /** The body that decides (a type without a delegate always has its deliberating body decide). */
  assembly: 'deliberating_body' | 'delegate';
  /** "la Commission permanente" and its other forms. */
  assemblyForms: NounForms;
  date: Piece;
  year: Piece;
  reportNumber: Piece;
  deliberationNumber: Piece;
  rapporteur: Piece;
  committeeOpinion: string;
  chapter: Piece;
  article: Piece;
  programme: Piece;
  authorisationProgramme: string;
  /** Crédits de paiement by year: the session's own when given, else the lead authority's cash by year. */
  paymentCredits: Array<{ year: number; amount: number }>;
  multiYear: boolean;
}

export interface ProgrammeFacts {
  /** What the lead author's type is (public law or not, its bodies), and its document phrases. */
  author: AuthorProfile;
  p: DocPhrases;
  /** The authority that writes the documents (settings), "le Département de…". */
  authority: Named;
  /** The lead authority as a party to the convention (its party name, else the authority's). */
  lead: Named;
  partner: Named;
  country: Piece;
  title: Piece;
  /** « Title » (ACRONYM) */
  titleWithAcronym: Piece;
  start: Piece;
  end: Piece;
  period: Line;
  months: Piece;
  goal: Piece;
  specifics: string[];
  sdgTargets: string[];
  president: { name: Piece; title: NounForms };
  /** Amounts as the documents print them; Missing when the budget has none. */
  amounts: { total: Piece; leadTotal: Piece };
  /** The appeal court of a local authority's acts; null for an association (private law: no appeal mention). */
  appealCourt: Piece | null;
  delegation: Piece | null;
  session: SessionFacts;
  money: MoneyFacts;
  /** Every Missing piece above that the documents print. */
  missing: Missing[];
}

const cents = (x: number) => Math.round(x * 100);
const sum = (xs: number[]) => xs.reduce((a, b) => a + cents(b), 0) / 100;

export function moneyFacts(s: Pick<ProgrammeSnapshot, 'budgetLines' | 'funders' | 'contributions'>): MoneyFacts {
  const totals = budgetTotals(s);
  const funders = totals.byFunder
    .filter((f) => f.total > 0)
    .map((f) => ({ id: f.funderId, name: f.name.trim(), kind: f.kind, cash: f.cash, inKind: f.inKind, total: f.total, share: f.share }));
  const of = (kind: FunderKind) => funders.filter((f) => f.kind === kind);
  const leadFunders = of('lead_authority');
  const leadIds = new Set(s.funders.filter((f) => f.kind === 'lead_authority').map((f) => f.id));
  const byYear = new Map<number, number>();
  let withoutYear = 0;
  for (const c of s.contributions) {
    if (!leadIds.has(c.funderId) || c.nature !== 'cash' || c.amount === 0) continue;
    if (c.year === null) withoutYear += cents(c.amount);
    else byYear.set(c.year, (byYear.get(c.year) ?? 0) + cents(c.amount));
  }
  const leadSum = sum(leadFunders.map((f) => f.total));
  return {
    expenses: totals.expenses,
    revenue: totals.revenue,
    balanced: totals.balanced,
    lead: {
      cash: sum(leadFunders.map((f) => f.cash)),
      inKind: sum(leadFunders.map((f) => f.inKind)),
      total: leadSum,
      share: totals.revenue > 0 ? leadSum / totals.revenue : 0,
      cashByYear: [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, c]) => ({ year, amount: c / 100 })),
      cashWithoutYear: withoutYear / 100,
    },
    partner: {
      cash: sum(of('partner_authority').map((f) => f.cash)),
      inKind: sum(of('partner_authority').map((f) => f.inKind)),
      total: sum(of('partner_authority').map((f) => f.total)),
    },
    funders,
    coFunders: funders.filter((f) => f.kind !== 'lead_authority' && f.kind !== 'partner_authority'),
  };
}


/** "Tribunal administratif de Nantes" whether the setting holds the court's full name or only its city. */
export function appealCourt(settings: AuthoritySettings, locale: Locale): Piece {
  const value = settings.appealCourt.trim();
  if (!value) return missing('appealCourt', 'settings.appealCourt');
  if (/^(tribunal|administrative court)/i.test(value)) return value;
  return authorPhrases(locale, settings.authorityType).deliberation.courtPrefix.replace('{{city}}', value);
}

/** Facts of the programme for the documents, in one locale. Pure. */
export function programmeFacts(s: ProgrammeSnapshot, settings: AuthoritySettings, locale: Locale): ProgrammeFacts {
  const p = authorPhrases(locale, settings.authorityType);
  const author = authorProfile(settings.authorityType);
  const f = s.framing;
  const found: Missing[] = [];
  const track = <T extends Piece | Named>(x: T): T => {
    if (typeof x !== 'string' && !isNamed(x as Named)) found.push(x as Missing);
    return x;
  };
  const named = (name: string, what: Missing['missing'], focus: string): Named =>
    track(name.trim() ? authorityForms(name, locale) : missing(what, focus));
  const party = (role: 'lead' | 'partner') => s.parties.find((x) => x.role === role);

  const authority = named(settings.name, 'authorityName', 'settings.name');
  const leadParty = party('lead');
  const lead = leadParty?.name.trim() ? authorityForms(leadParty.name, locale) : authority;
  const partnerParty = party('partner');
  const partner = partnerParty?.name.trim()
    ? authorityForms(partnerParty.name, locale)
    : named(f.partnerAuthority, 'partnerAuthority', 'framing.partnerAuthority');

  const title = track(f.title.trim() ? quote(f.title.trim(), locale) : missing('title', 'framing.title'));
  const titleWithAcronym =
    typeof title === 'string' && f.acronym.trim() ? `${title} (${f.acronym.trim()})` : title;
  const start = track(f.startDate ? dateInWords(f.startDate, locale) : missing('startDate', 'framing.startDate'));
  const end = track(f.endDate ? dateInWords(f.endDate, locale) : missing('endDate', 'framing.endDate'));
  const months = monthsInDocument(f.startDate, f.endDate, locale);
  const goalRow = s.logframe.find((r) => r.level === 'goal');
  const goal = track(
    goalRow ? orMissing(goalRow.text, 'goal', `logframe.${goalRow.id}.text`) : missing('goal', 'logframe.addGoal'),
  );
  const sdg = new Set<string>();
  for (const i of s.indicators) i.sdgTargets.forEach((t) => sdg.add(t));

  const money = moneyFacts(s);
  const session = sessionFacts(s, money, author, p, locale, track);
  const presidentTitle = p.president[settings.presidentTitle];
  return {
    author,
    p,
    authority,
    lead,
    partner,
    country: track(f.partnerCountry ? countryName(f.partnerCountry, locale) : missing('partnerCountry', 'framing.partnerCountry')),
    title,
    titleWithAcronym,
    start,
    end,
    period: fill(p.periodFromTo, { start, end }),
    months: months ?? track(f.startDate ? missing('endDate', 'framing.endDate') : start),
    goal,
    specifics: s.logframe.filter((r) => r.level === 'specific' && r.text.trim()).map((r) => r.text.trim()),
    sdgTargets: [...sdg].sort(compareCodes),
    president: {
      name: track(orMissing(settings.presidentName, 'presidentName', 'settings.presidentName')),
      title: nounForms(presidentTitle, settings.presidentTitle === 'presidente' ? 'feminine' : 'masculine', locale),
    },
    amounts: {
      total: track(amountOr(money.expenses, locale, 'budget.addLine')),
      leadTotal: track(amountOr(money.lead.total, locale)),
    },
    appealCourt: author.publicLaw ? track(appealCourt(settings, locale)) : null,
    delegation:
      session.assembly === 'delegate'
        ? track(orMissing(settings.delegationDeliberation, 'delegationDeliberation', 'settings.delegationDeliberation'))
        : null,
    session,
    money,
    missing: found,
  };
}

function sessionFacts(
  s: ProgrammeSnapshot,
  money: MoneyFacts,
  author: AuthorProfile,
  p: DocPhrases,
  locale: Locale,
  track: <T extends Piece>(x: T) => T,
): SessionFacts {
  const x = s.session;
  const assembly = decidingBody(author.type, x.assembly);
  const need = (value: string, what: Missing['missing'], field: string) => track(orMissing(value, what, `session.${field}`));
  // An association's accounts have no budget imputation: the decision does not print one, so none is missing.
  const imputed = (value: string, what: Missing['missing'], field: string): Piece =>
    author.imputation ? need(value, what, field) : orMissing(value, what, `session.${field}`);
  const date = track(x.sessionDate ? dateInWords(x.sessionDate, locale) : missing('sessionDate', 'session.sessionDate'));
  const credits = x.paymentCredits.length
    ? [...x.paymentCredits].sort((a, b) => a.year - b.year)
    : money.lead.cashWithoutYear > 0
      ? []
      : money.lead.cashByYear;
  return {
    assembly,
    assemblyForms: nounForms(p.assembly[assembly], author.bodyGender[assembly], locale),
    date,
    // "Vu le budget de l'exercice": the year of the first credits, else the session's year.
    year: credits[0] ? String(credits[0].year) : x.sessionDate ? x.sessionDate.slice(0, 4) : date,
    reportNumber: need(x.reportNumber, 'reportNumber', 'reportNumber'),
    deliberationNumber: need(x.deliberationNumber, 'deliberationNumber', 'deliberationNumber'),
    rapporteur: need(x.rapporteur, 'rapporteur', 'rapporteur'),
    committeeOpinion: x.committeeOpinion.trim(),
    chapter: imputed(x.budgetChapter, 'budgetChapter', 'budgetChapter'),
    article: imputed(x.budgetArticle, 'budgetArticle', 'budgetArticle'),
    programme: imputed(x.budgetProgramme, 'budgetProgramme', 'budgetProgramme'),
    authorisationProgramme: x.authorisationProgramme.trim(),
    paymentCredits: credits,
    multiYear: credits.length > 1,
  };
}

/** "12 345,00 €", or the Missing amount when nothing is planned. */
export const amountOr = (amount: number, locale: Locale, focus = 'budget.balance'): Piece =>
  amount > 0 ? amountInDocument(amount, locale) : missing('amount', focus);
