import type { AuthoritySettings, Clause, Governance, PartnerHeadingKey } from '../model';
import { clauseTitle, isStandardClauseKey, type StandardClauseKey } from './clause-defaults';

/**
 * The convention's own headings and fixed phrases in the partner's language (issue 13, deliverable 3). The app
 * never translates what the officer writes: it ships only these, for English, Spanish and Portuguese, in the
 * register of an agreement between local authorities; for any other language the officer writes them (the headings
 * table of the partnership screen), and whatever the officer wrote wins over the app's own wording.
 *
 * Placeholders: {{n}} (article number), {{name}} (a party's name), {{ref}} (a deliberation's number and date),
 * {{dots}} (a blank to fill by hand), {{count}} (number of originals). A wording without its placeholder gets the
 * value added at its end, so an officer may simply write the words.
 */

export type PartnerPhrases = Record<PartnerHeadingKey, string>;

interface BuiltIn {
  phrases: PartnerPhrases;
  clauseTitles: Record<StandardClauseKey, string>;
  /** "No. 12 of 3 March 2026": a deliberation's reference. */
  number: string;
  dateOf: string;
  dateTag: string;
}

const EN: BuiltIn = {
  phrases: {
    title: 'Partnership agreement',
    version: 'English version',
    parties: 'Between the undersigned',
    and: 'And',
    seat: 'having its seat at',
    representedBy: 'represented by',
    actingUnder: 'acting under deliberation',
    hereafterLead: 'hereinafter “the French Party”',
    hereafterPartner: 'hereinafter “the Partner”',
    visas: 'Legal basis',
    visaPrefix: 'Having regard to',
    visaCgct:
      'Having regard to the French General Code of Local Authorities (code général des collectivités territoriales), in particular Article L. 1115-1 et seq.;',
    visaDeliberation: 'Having regard to deliberation {{ref}} of {{name}};',
    preamble: 'Preamble',
    agreed: 'The parties have agreed as follows:',
    article: 'Article {{n}}',
    doneAt: 'Done at {{dots}}, on {{dots}}, in {{count}} originals.',
    forParty: 'For {{name}}',
  },
  clauseTitles: {
    purpose: 'Purpose',
    duration: 'Duration and entry into force',
    commitments_lead: 'Commitments of the French Party',
    commitments_partner: 'Commitments of the Partner',
    governance: 'Governance and steering',
    financial_terms: 'Financial provisions',
    monitoring_evaluation: 'Monitoring and evaluation',
    communication: 'Communication and visibility of the funders',
    intellectual_property: 'Intellectual property',
    amendments: 'Amendments',
    termination: 'Termination',
    disputes: 'Settlement of disputes',
    applicable_law: 'Applicable law',
    languages_originals: 'Languages and originals',
    annexes: 'Annexes',
  },
  number: 'No. {{number}}',
  dateOf: 'of {{date}}',
  dateTag: 'en-GB',
};

const ES: BuiltIn = {
  phrases: {
    title: 'Convenio de colaboración',
    version: 'Versión en español',
    parties: 'Entre los abajo firmantes',
    and: 'Y',
    seat: 'con domicilio en',
    representedBy: 'en cuya representación actúa',
    actingUnder: 'en virtud del acuerdo',
    hereafterLead: 'en adelante, «la Parte francesa»',
    hereafterPartner: 'en adelante, «la Parte asociada»',
    visas: 'Fundamentos jurídicos',
    visaPrefix: 'Teniendo en cuenta',
    visaCgct:
      'Teniendo en cuenta el Código General de las Colectividades Territoriales de Francia (code général des collectivités territoriales), en particular su artículo L. 1115-1 y siguientes;',
    visaDeliberation: 'Teniendo en cuenta el acuerdo {{ref}} del órgano deliberante de la entidad {{name}};',
    preamble: 'Preámbulo',
    agreed: 'Las partes acuerdan lo siguiente:',
    article: 'Artículo {{n}}',
    doneAt: 'Hecho en {{dots}}, el {{dots}}, en {{count}} ejemplares originales.',
    forParty: 'Por: {{name}}',
  },
  clauseTitles: {
    purpose: 'Objeto',
    duration: 'Duración y entrada en vigor',
    commitments_lead: 'Compromisos de la Parte francesa',
    commitments_partner: 'Compromisos de la Parte asociada',
    governance: 'Gobernanza y dirección',
    financial_terms: 'Disposiciones financieras',
    monitoring_evaluation: 'Seguimiento y evaluación',
    communication: 'Comunicación y visibilidad de los financiadores',
    intellectual_property: 'Propiedad intelectual',
    amendments: 'Modificaciones',
    termination: 'Resolución',
    disputes: 'Solución de controversias',
    applicable_law: 'Derecho aplicable',
    languages_originals: 'Idiomas y ejemplares originales',
    annexes: 'Anexos',
  },
  number: 'n.º {{number}}',
  dateOf: 'de {{date}}',
  dateTag: 'es',
};

const PT: BuiltIn = {
  phrases: {
    title: 'Acordo de parceria',
    version: 'Versão em português',
    parties: 'Entre os abaixo assinados',
    and: 'E',
    seat: 'com sede em',
    representedBy: 'que se faz representar por',
    actingUnder: 'nos termos da deliberação',
    hereafterLead: 'doravante «a Parte francesa»',
    hereafterPartner: 'doravante «a Parte parceira»',
    visas: 'Fundamentos jurídicos',
    visaPrefix: 'Tendo em conta',
    visaCgct:
      'Tendo em conta o Código Geral das Coletividades Territoriais francês (code général des collectivités territoriales), em especial o seu artigo L. 1115-1 e seguintes;',
    visaDeliberation: 'Tendo em conta a deliberação {{ref}} do órgão deliberativo da entidade {{name}};',
    preamble: 'Preâmbulo',
    agreed: 'As partes acordam o seguinte:',
    article: 'Artigo {{n}}',
    doneAt: 'Feito em {{dots}}, aos {{dots}}, em {{count}} exemplares originais.',
    forParty: 'Por: {{name}}',
  },
  clauseTitles: {
    purpose: 'Objeto',
    duration: 'Duração e entrada em vigor',
    commitments_lead: 'Compromissos da Parte francesa',
    commitments_partner: 'Compromissos da Parte parceira',
    governance: 'Governança e coordenação',
    financial_terms: 'Disposições financeiras',
    monitoring_evaluation: 'Acompanhamento e avaliação',
    communication: 'Comunicação e visibilidade dos financiadores',
    intellectual_property: 'Propriedade intelectual',
    amendments: 'Alterações',
    termination: 'Rescisão',
    disputes: 'Resolução de litígios',
    applicable_law: 'Direito aplicável',
    languages_originals: 'Línguas e exemplares originais',
    annexes: 'Anexos',
  },
  number: 'n.º {{number}}',
  dateOf: 'de {{date}}',
  dateTag: 'pt',
};

const BUILT_IN: Record<string, BuiltIn> = { en: EN, es: ES, pt: PT };

/** Languages whose headings and fixed phrases the app writes itself. */
export const BUILT_IN_LANGUAGES = Object.keys(BUILT_IN);

/** The second language of the convention, or null when it is French only. */
export function secondLanguage(framing: { partnerLanguage: string }): string | null {
  return framing.partnerLanguage && framing.partnerLanguage !== 'fr' ? framing.partnerLanguage : null;
}

/** Whether the app writes this language's headings itself (else the officer writes them). */
export function hasBuiltInWording(language: string): boolean {
  return language in BUILT_IN;
}

/** Scripts written right to left (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur, Kurdish Sorani, Dhivehi, Yiddish). */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb', 'dv', 'yi']);
export const isRightToLeft = (language: string): boolean => RIGHT_TO_LEFT.has(language);

/** Languages written in the Arabic script, whose comma and semicolon are « ، » and « ؛ ». */
const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb']);
export function punctuation(language: string): { comma: string; semicolon: string } {
  return ARABIC_SCRIPT.has(language) ? { comma: '،', semicolon: '؛' } : { comma: ',', semicolon: ';' };
}

/** One heading or phrase: the officer's wording, else the app's own, else null (missing, to be written). */
export function partnerPhrase(key: PartnerHeadingKey, language: string, headings: Governance['partnerHeadings']): string | null {
  const own = headings[key]?.trim();
  if (own) return own;
  return BUILT_IN[language]?.phrases[key] ?? null;
}

/** The heading keys with no wording in this language: what the officer still has to write. */
export function missingHeadings(language: string, headings: Governance['partnerHeadings'], keys: readonly PartnerHeadingKey[]): PartnerHeadingKey[] {
  return keys.filter((key) => partnerPhrase(key, language, headings) === null);
}

/** The app's own wording of a heading (placeholder of the headings table), or '' for a language it does not write. */
export function builtInPhrase(key: PartnerHeadingKey, language: string): string {
  return BUILT_IN[language]?.phrases[key] ?? '';
}

/**
 * Fills a phrase's placeholders; a value whose placeholder the wording lacks is added at its end (in the order
 * given), so "Article" becomes "Article 3" and "Por" becomes "Por Valparaíso".
 */
export function fillPhrase(phrase: string, values: Record<string, string>, append: readonly string[] = Object.keys(values)): string {
  let out = phrase;
  const tail: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const token = `{{${key}}}`;
    if (out.includes(token)) out = out.split(token).join(value);
    else if (append.includes(key) && value) tail.push(value);
  }
  return tail.length ? `${out.trimEnd()} ${tail.join(' ')}` : out;
}

/**
 * A clause's title in the partner's language: the officer's, else the app's own title of a standard clause whose
 * French title is still the default one (an edited French title needs its own partner title), else null.
 */
export function partnerClauseTitle(
  clause: Pick<Clause, 'key' | 'title' | 'partnerTitle'>,
  language: string,
  authorityType: AuthoritySettings['authorityType'],
): string | null {
  const own = clause.partnerTitle.trim();
  if (own) return own;
  if (!isStandardClauseKey(clause.key) || clause.title.trim() !== clauseTitle(clause.key, authorityType)) return null;
  return BUILT_IN[language]?.clauseTitles[clause.key] ?? null;
}

/** The app's own title of a clause in this language (the placeholder of its partner title), or ''. */
export function builtInPartnerClauseTitle(clause: Pick<Clause, 'key' | 'title'>, language: string, authorityType: AuthoritySettings['authorityType']): string {
  return partnerClauseTitle({ ...clause, partnerTitle: '' }, language, authorityType) ?? '';
}

/** A date in words in the partner's language ("3 de marzo de 2026"), from the platform's locale data. */
export function partnerDate(iso: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const tag = BUILT_IN[language]?.dateTag ?? language;
  try {
    return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

/** A deliberation's reference in the partner's language: "n.º 12 de 3 de marzo de 2026" (number and date as given). */
export function partnerDeliberationRef(number: string, date: string | null, language: string): string {
  const b = BUILT_IN[language];
  const n = number.trim();
  const d = date ? partnerDate(date, language) : '';
  if (!b) return [n, d].filter(Boolean).join(`${punctuation(language).comma} `);
  return [n ? b.number.replace('{{number}}', n) : '', d ? b.dateOf.replace('{{date}}', d) : ''].filter(Boolean).join(' ');
}

/** The partner language's own name ("español", "العربية"), for the column heading when the officer wrote none. */
export function languageOwnName(language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
