import type { Locale } from '../i18n/catalogues';
import { documents as enDocuments } from '../i18n/en/documents';
import { leadAuthors as enLeadAuthors } from '../i18n/en/lead-authors';
import { documents as frDocuments } from '../i18n/fr/documents';
import { leadAuthors as frLeadAuthors } from '../i18n/fr/lead-authors';
import type { Assembly, AuthorityType } from '../model';
import type { DocPhrases } from './pieces';

/**
 * What each type of French lead author is, beyond its words: under the CGCT or private law, whether its
 * deliberating body has a delegate, the gender of its bodies' names, what its decision must state. The words
 * themselves are in the catalogues (i18n/<locale>/lead-authors.ts); the legal articles they cite, with their
 * sources, in legal-sources.ts.
 */
export interface AuthorProfile {
  type: AuthorityType;
  /** A local authority (CGCT, legality control, appeal before the administrative court); else private law. */
  publicLaw: boolean;
  /** The deliberating body may delegate the decision (commission permanente, bureau). */
  hasDelegate: boolean;
  /** Grammatical gender of each body's name (French): « la Commission permanente », « le Bureau ». */
  bodyGender: Record<Assembly, 'masculine' | 'feminine'>;
  /** The decision charges the cash to a budget imputation (chapter, article, programme). */
  imputation: boolean;
  /** Legal articles the type's documents cite (keys of LEGAL_SOURCES). */
  articles: readonly string[];
}

const CGCT_COMMON = ['CGCT L1115-1', 'CJA R421-1', 'CJA R421-5'];

export const AUTHOR_PROFILES: Record<AuthorityType, AuthorProfile> = {
  departement: {
    type: 'departement',
    publicLaw: true,
    hasDelegate: true,
    bodyGender: { deliberating_body: 'masculine', delegate: 'feminine' },
    imputation: true,
    articles: [...CGCT_COMMON, 'CGCT L3211-1', 'CGCT L3211-2', 'CGCT L3131-1', 'CGCT L3131-2'],
  },
  commune: {
    type: 'commune',
    publicLaw: true,
    // The conseil municipal deliberates on the convention itself: no delegate body is offered.
    hasDelegate: false,
    bodyGender: { deliberating_body: 'masculine', delegate: 'masculine' },
    imputation: true,
    articles: [...CGCT_COMMON, 'CGCT L2121-29', 'CGCT L2121-12', 'CGCT L2131-1', 'CGCT L2131-2'],
  },
  epci: {
    type: 'epci',
    publicLaw: true,
    hasDelegate: true,
    bodyGender: { deliberating_body: 'masculine', delegate: 'masculine' },
    imputation: true,
    articles: [...CGCT_COMMON, 'CGCT L5211-1', 'CGCT L5211-10', 'CGCT L2121-12', 'CGCT L2131-1', 'CGCT L2131-2', 'CGCT L5211-3'],
  },
  region: {
    type: 'region',
    publicLaw: true,
    hasDelegate: true,
    bodyGender: { deliberating_body: 'masculine', delegate: 'feminine' },
    imputation: true,
    articles: [...CGCT_COMMON, 'CGCT L4221-1', 'CGCT L4221-5', 'CGCT L4141-1', 'CGCT L4141-2'],
  },
  association: {
    type: 'association',
    publicLaw: false,
    hasDelegate: true,
    bodyGender: { deliberating_body: 'masculine', delegate: 'masculine' },
    imputation: false,
    articles: ['Loi 1901 art. 1', 'Loi 2000-321 art. 10'],
  },
};

export const authorProfile = (type: AuthorityType): AuthorProfile => AUTHOR_PROFILES[type];

/** The body that decides: the programme's choice, or the deliberating body where the type has no delegate. */
export const decidingBody = (type: AuthorityType, assembly: Assembly): Assembly =>
  AUTHOR_PROFILES[type].hasDelegate ? assembly : 'deliberating_body';

type Tree = { [key: string]: string | Tree };

function merged(base: Tree, over: Tree | undefined): Tree {
  if (!over) return base;
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const old = base[key];
    out[key] = typeof value === 'string' || typeof old !== 'object' ? value : merged(old, value);
  }
  return out;
}

const cache = new Map<string, DocPhrases>();

/** The document phrases of a type of lead author: the département's (the base), with the type's own words. */
export function authorPhrases(locale: Locale, type: AuthorityType): DocPhrases {
  const key = `${locale}:${type}`;
  let phrases = cache.get(key);
  if (!phrases) {
    const base = (locale === 'en' ? enDocuments.doc : frDocuments.doc) as unknown as Tree;
    const types = (locale === 'en' ? enLeadAuthors : frLeadAuthors).doc as unknown as Record<string, Tree>;
    phrases = merged(base, types[type]) as unknown as DocPhrases;
    cache.set(key, phrases);
  }
  return phrases;
}

export type ClauseWords = { [K in keyof typeof frLeadAuthors.clauses]: string };

/** The type's sentences of the convention's default clauses (French, like the clauses themselves). */
export function clauseWords(type: AuthorityType): ClauseWords {
  const c = frLeadAuthors.clauses;
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v[type]])) as ClauseWords;
}
