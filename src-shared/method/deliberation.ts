import type { Locale } from '../i18n/catalogues';
import { documents as enDocuments } from '../i18n/en/documents';
import { documents as frDocuments } from '../i18n/fr/documents';
import { amountInDocument, dateInWords, quote } from '../i18n/typography';
import type { DepartementSettings, ProgrammeSnapshot } from '../model';

/**
 * The deliberation's legal text (visas, considérants, articles) built from the programme and the settings.
 * Pure: the Word builder and the template filler both render it. A value the programme lacks becomes a
 * `Missing` piece, which a draft shows as a highlighted marker and a final export refuses.
 */

export interface Missing {
  missing: keyof DocPhrases['what'];
  /** DOM id of the field that fixes it (readiness link convention). */
  focus: string;
}
export type Piece = string | Missing;
export type Line = Piece[];

export type DocPhrases = typeof frDocuments.doc;
export const docPhrases = (locale: Locale): DocPhrases =>
  (locale === 'en' ? enDocuments.doc : frDocuments.doc) as DocPhrases;

export const isMissing = (piece: Piece): piece is Missing => typeof piece !== 'string';
export const missing = (what: Missing['missing'], focus: string): Missing => ({ missing: what, focus });

/** A setting or field: its text, or a Missing piece when empty. */
export function orMissing(value: string | null | undefined, what: Missing['missing'], focus: string): Piece {
  return value && value.trim() ? value.trim() : missing(what, focus);
}

/** Fills "{{name}}" slots; a slot given a Line or Missing keeps it as pieces. Unknown slots are left visible. */
export function fill(template: string, params: Record<string, Piece | Line | number>): Line {
  const out: Line = [];
  const parts = template.split(/\{\{(\w+)\}\}/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (part) out.push(part);
      return;
    }
    const value = params[part];
    if (value === undefined) out.push(`{{${part}}}`);
    else if (Array.isArray(value)) out.push(...value);
    else out.push(typeof value === 'number' ? String(value) : value);
  });
  return merge(out);
}

/** Joins adjacent strings so runs stay few. */
function merge(line: Line): Line {
  const out: Line = [];
  for (const piece of line) {
    const last = out[out.length - 1];
    if (typeof piece === 'string' && typeof last === 'string') out[out.length - 1] = last + piece;
    else out.push(piece);
  }
  return out;
}

export const lineText = (line: Line, locale: Locale): string =>
  line
    .map((p) =>
      isMissing(p)
        ? `[${docPhrases(locale).missing.replace('{{what}}', docPhrases(locale).what[p.missing])}]`
        : p,
    )
    .join('');

/** Facts the documents share, computed once. */
export interface ProgrammeFacts {
  title: Piece;
  partner: Piece;
  country: Piece;
  period: Line;
  goal: Piece;
  totalExpenses: number;
  totalRevenue: number;
  departementAmount: number;
  departementCash: number;
  departementInKind: number;
  coFunders: string[];
  sdgTargets: string[];
}

export function countryName(code: string, locale: Locale): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const lineAmount = (l: { quantity: number; unitCost: number }): number =>
  Math.round(l.quantity * l.unitCost * 100) / 100;

export function programmeFacts(s: ProgrammeSnapshot, locale: Locale): ProgrammeFacts {
  const p = docPhrases(locale);
  const f = s.framing;
  const goal = s.logframe.find((r) => r.level === 'goal');
  const departementFunders = new Set(s.funders.filter((x) => x.kind === 'departement').map((x) => x.id));
  const own = s.contributions.filter((c) => departementFunders.has(c.funderId));
  const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
  const fundedIds = new Set(s.contributions.filter((c) => c.amount > 0).map((c) => c.funderId));
  const sdg = new Set<string>();
  for (const i of s.indicators) i.sdgTargets.forEach((t) => sdg.add(t));
  return {
    title: f.title.trim() ? quote(f.title.trim(), locale) : missing('title', 'framing.title'),
    partner: f.partnerAuthority.trim()
      ? articled(f.partnerAuthority, locale)
      : missing('partnerAuthority', 'framing.partnerAuthority'),
    country: f.partnerCountry
      ? countryName(f.partnerCountry, locale)
      : missing('partnerCountry', 'framing.partnerCountry'),
    period: fill(p.periodFromTo, {
      start: f.startDate ? dateInWords(f.startDate, locale) : missing('startDate', 'framing.startDate'),
      end: f.endDate ? dateInWords(f.endDate, locale) : missing('endDate', 'framing.endDate'),
    }),
    goal: goal
      ? orMissing(goal.text, 'goal', `logframe.${goal.id}.text`)
      : missing('goal', 'logframe.addGoal'),
    totalExpenses: sum(s.budgetLines.map(lineAmount)),
    totalRevenue: sum(s.contributions.map((c) => c.amount)),
    departementAmount: sum(own.map((c) => c.amount)),
    departementCash: sum(own.filter((c) => c.nature === 'cash').map((c) => c.amount)),
    departementInKind: sum(own.filter((c) => c.nature === 'in_kind').map((c) => c.amount)),
    coFunders: s.funders
      .filter((x) => x.kind !== 'departement' && fundedIds.has(x.id) && x.name.trim())
      .map((x) => x.name.trim()),
    sdgTargets: [...sdg].sort(compareTargets),
  };
}

function compareTargets(a: string, b: string): number {
  const [ga, ta = ''] = a.split('.');
  const [gb, tb = ''] = b.split('.');
  if (Number(ga) !== Number(gb)) return Number(ga) - Number(gb);
  const na = Number(ta);
  const nb = Number(tb);
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  if (!Number.isNaN(na)) return -1;
  if (!Number.isNaN(nb)) return 1;
  return ta.localeCompare(tb);
}

/** "Tribunal administratif de Nantes" whether the setting holds the court's full name or only its city. */
export function appealCourt(settings: DepartementSettings, locale: Locale): Piece {
  const value = settings.appealCourt.trim();
  if (!value) return missing('appealCourt', 'settings.appealCourt');
  if (/^(tribunal|administrative court)/i.test(value)) return value;
  return docPhrases(locale).deliberation.courtPrefix.replace('{{city}}', value);
}

/** Head nouns of French authority names and their article ("la Commune de Ndiawara", "le Département de…"). */
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
];

/** The grammatical gender of an authority's name in French, from its head noun; null when the noun is not known. */
export function nameGender(name: string): 'masculine' | 'feminine' | null {
  const head = name.trim().split(/[\s'’-]/)[0]!.toLowerCase();
  if (FEMININE.includes(head) || head === 'agglomération') return 'feminine';
  if (MASCULINE.includes(head)) return 'masculine';
  return null;
}

/**
 * An authority's name as French prose wants it after "avec", "entre", "pour": with its article when the name starts
 * with a known head noun ("Commune de Ndiawara" → "la Commune de Ndiawara"); unchanged otherwise and in English.
 */
export function articled(name: string, locale: Locale): string {
  const trimmed = name.trim();
  if (locale !== 'fr' || !trimmed) return trimmed;
  const head = trimmed.split(/[\s'’-]/)[0]!.toLowerCase();
  if (
    /^[aeéèêiîouy]/.test(head) &&
    (FEMININE.includes(head) || MASCULINE.includes(head) || head === 'agglomération')
  )
    return `l’${trimmed}`;
  if (FEMININE.includes(head)) return `la ${trimmed}`;
  if (MASCULINE.includes(head)) return `le ${trimmed}`;
  return trimmed;
}

/** "de la Commune de Ndiawara", "du Département de…", "de l’Agglomération…" (fr); "of X" (en). */
export function ofArticled(name: string, locale: Locale): string {
  if (locale !== 'fr') return `of ${name.trim()}`;
  const withArticle = articled(name, locale);
  if (withArticle.startsWith('le ')) return `du ${withArticle.slice(3)}`;
  return `de ${withArticle}`;
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Joins list items in prose: "A, B et C" / "A, B and C". */
export function joinList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

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
}

export function buildObject(s: ProgrammeSnapshot, locale: Locale): Line {
  const facts = programmeFacts(s, locale);
  return fill(docPhrases(locale).objectText, {
    partner: facts.partner,
    country: facts.country,
    title: facts.title,
  });
}

export function buildDeliberation(
  s: ProgrammeSnapshot,
  settings: DepartementSettings,
  locale: Locale,
): DeliberationText {
  const p = docPhrases(locale);
  const d = p.deliberation;
  const facts = programmeFacts(s, locale);
  const permanent = s.session.assembly === 'commission_permanente';
  const sessionYear = s.session.sessionDate
    ? s.session.sessionDate.slice(0, 4)
    : s.framing.startDate?.slice(0, 4);

  const visas: Line[] = [[d.visaCgct]];
  if (permanent) {
    visas.push([d.visaL3211]);
    visas.push(
      fill(d.visaDelegation, {
        ref: orMissing(
          settings.delegationDeliberation,
          'delegationDeliberation',
          'settings.delegationDeliberation',
        ),
      }),
    );
  }
  visas.push(fill(d.visaBudget, { year: sessionYear ?? missing('sessionDate', 'session.sessionDate') }));
  visas.push(
    fill(d.visaReport, { number: orMissing(s.session.reportNumber, 'reportNumber', 'session.reportNumber') }),
  );
  visas.push([d.visaCommittee]);

  const considerants: Line[] = [[d.considerantLaw]];
  considerants.push(fill(d.considerantPurpose, { title: facts.title, goal: facts.goal }));
  considerants.push(
    s.framing.partnershipSince
      ? fill(d.considerantPartnershipSince, {
          since: s.framing.partnershipSince,
          partner: facts.partner,
          country: facts.country,
        })
      : fill(d.considerantPartnership, { partner: facts.partner, country: facts.country }),
  );
  considerants.push(
    fill(d.considerantReciprocity, {
      effects: orMissing(
        firstSentence(s.framing.reciprocityEffects),
        'reciprocityEffects',
        'framing.reciprocityEffects',
      ),
    }),
  );
  if (facts.sdgTargets.length)
    considerants.push(fill(d.considerantSdg, { targets: joinList(facts.sdgTargets, locale) }));

  const president = p.presidentTitle;
  const multiYear = [
    s.session.authorisationProgramme.trim()
      ? d.multiYearAp.replace('{{ap}}', s.session.authorisationProgramme.trim())
      : '',
    s.session.paymentCredits.length
      ? d.multiYearCp.replace(
          '{{cp}}',
          s.session.paymentCredits.map((c) => `${c.year} : ${amountInDocument(c.amount, locale)}`).join(' ; '),
        )
      : '',
  ].join('');
  const amount =
    facts.departementAmount > 0
      ? amountInDocument(facts.departementAmount, locale)
      : missing('amount', 'budget.balance');
  const articles: Line[] = [
    fill(d.approveProgramme, {
      title: facts.title,
      partner: facts.partner,
      period: facts.period,
      total:
        facts.totalExpenses > 0
          ? amountInDocument(facts.totalExpenses, locale)
          : missing('amount', 'budget.balance'),
    }),
    fill(d.approveConvention, { president }),
    fill(d.commitAmount, {
      amount,
      chapter: orMissing(s.session.budgetChapter, 'budgetChapter', 'session.budgetChapter'),
      article: orMissing(s.session.budgetArticle, 'budgetArticle', 'session.budgetArticle'),
      programme: orMissing(s.session.budgetProgramme, 'budgetProgramme', 'session.budgetProgramme'),
      multiYear,
    }),
    facts.coFunders.length
      ? fill(d.coFinancing, { president, funders: joinList(facts.coFunders, locale) })
      : fill(d.coFinancingNone, { president }),
  ];

  return {
    authority: orMissing(settings.name, 'authorityName', 'settings.name'),
    assembly: p.assembly[s.session.assembly],
    session: fill(d.session, {
      date: s.session.sessionDate
        ? dateInWords(s.session.sessionDate, locale)
        : missing('sessionDate', 'session.sessionDate'),
    }),
    number: fill(d.number, {
      number: orMissing(s.session.deliberationNumber, 'deliberationNumber', 'session.deliberationNumber'),
    }),
    object: buildObject(s, locale),
    rapporteur: fill(d.rapporteur, {
      name: orMissing(s.session.rapporteur, 'rapporteur', 'session.rapporteur'),
    }),
    intro: fill(d.intro, { assembly: p.assembly[s.session.assembly] }),
    visas,
    considerants,
    deliberated: d.deliberated,
    decides: d.decides,
    articles,
    president: orMissing(settings.presidentName, 'presidentName', 'settings.presidentName'),
  };
}

/** The first sentence of a text (considérants stay short; the rapport carries the whole text). */
export function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const match = /^(.+?[.!?])(\s|$)/.exec(trimmed);
  return (match ? match[1]! : trimmed).replace(/[.;]+$/, '');
}
