import type { Locale } from './catalogues';

/**
 * French typography for documents the council files as they are (DOMAIN.md §4):
 * narrow no-break space (U+202F) before ; : ! ? and inside « », dates in words, amounts with cents.
 */

export const NNBSP = '\u202f';
export const NBSP = '\u00a0';

/**
 * Puts a narrow no-break space before ; ! ? and before a colon that ends a word group (not in "10:30" or
 * "https://"), and inside French quotation marks. Existing ordinary or no-break spaces there are replaced.
 */
const REPEATED_MARKS = new RegExp(`([;:!?])${NNBSP}(?=[!?])`, 'g');

// Each rule below needs one of these characters: a text without any is left as it is, unread by the rules.
const SPACED_MARKS = /[;:!?«»]/;

export function frenchSpacing(text: string): string {
  if (!SPACED_MARKS.test(text)) return text;
  return (
    text
      // Only where the mark ends a word group, so "https://a.fr/?q=1" and "10:30" stay as they are.
      .replace(/(\S)[ \u00a0\u202f]*([;!?])(?=\s|$|[;:!?»)\]])/g, `$1${NNBSP}$2`)
      .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$|[;!?»)\]])/g, `$1${NNBSP}:`)
      .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
      // Repeated marks ("?!") stay together.
      .replace(REPEATED_MARKS, '$1')
  );
}

/** Units a number may not be parted from at a line end ("25 ans", "36 mois", "41 %", "12 km"). */
const UNITS =
  'ans?|mois|jours?|semaines?|heures?|h|min|km|m|m²|m³|kg|g|t|ha|l|%|€|euros?|k€|M€|FCFA|F CFA|XOF|°C|ETP|personnes?|jeunes?|' +
  'sessions?|ateliers?|missions?|bourses?|places?|structures?|communes?|villages?|femmes|hommes|enfants|familles|élèves|agents?';
const NUMBER_UNIT = new RegExp(`(\\d)[ ](?=(?:${UNITS})(?![\\p{L}\\d]))`, 'gu');

/**
 * The typography of a council document, applied to every string it prints (the app's and the officer's, as typed):
 * French spacing, typographic apostrophes and quotation marks, a no-break space between a number and its unit and
 * after a dash that opens a line, digit groups kept together, and no doubled punctuation ("handicap. ;").
 */
export function documentTypography(text: string): string {
  // Each rule runs only on a text holding the characters it needs (most table cells hold few of them).
  let out = text;
  // Straight apostrophes and quotation marks typed by the officer, as the app writes them.
  if (out.includes("'")) out = out.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
  if (out.includes('"')) out = out.replace(/(^|[\s(])"([^"\n]+)"/gu, '$1«\u202f$2\u202f»');
  if (DIGIT_SPACE.test(out))
    out = out
      // Digit groups ("84 000") stay on one line.
      .replace(/(?<![\d,.])(\d{1,3})((?: \d{3})+)(?![\d,])/g, (_m, head: string, groups: string) => head + groups.replace(/ /g, NNBSP))
      .replace(NUMBER_UNIT, `$1${NBSP}`);
  // A dash that opens a line (article titles, lists) is followed by a no-break space.
  if (DASH.test(out)) out = out.replace(/(^|\n)([—–]) /g, `$1$2${NBSP}`);
  // No doubled punctuation: a full stop before ; or : or another full stop goes.
  if (out.includes('.'))
    out = out.replace(/(?<!\.)\.[ \u00a0\u202f]*([;:])(?=\s|$)/g, ' $1').replace(/(?<!\.)\.\.(?!\.)/g, '.');
  return frenchSpacing(out);
}
const DIGIT_SPACE = /\d /;
const DASH = /[—–]/;

/** Applies the locale's typography to a document's text: the French rules above, nothing for English. */
export function typeset(text: string, locale: Locale): string {
  return locale === 'fr' ? documentTypography(text) : text;
}

// Intl formatters are costly to build; a document formats thousands of values, so each is built once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as T;
}
const TAG: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

function utcDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** "1er janvier 2027", "26 novembre 2026" (fr); "1 January 2027" (en). Empty string for no date. */
export function dateInWords(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  // A document writes the same few dates many times (the programme's start and end, the session's date).
  const key = `${locale}${iso}`;
  let text = datesInWords.get(key);
  if (text === undefined) {
    if (datesInWords.size >= 512) datesInWords.clear();
    datesInWords.set(key, (text = dateInWordsOf(iso, locale)));
  }
  return text;
}
const datesInWords = new Map<string, string>();

function dateInWordsOf(iso: string, locale: Locale): string {
  const date = utcDate(iso);
  if (!date) return iso;
  const text = cached(
    `dl:${locale}`,
    () =>
      new Intl.DateTimeFormat(TAG[locale], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(date);
  return locale === 'fr' && date.getUTCDate() === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** "26 nov. 2026": dates in tables. */
export function dateInTable(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = utcDate(iso);
  if (!date) return iso;
  return cached(
    `ds:${locale}`,
    () =>
      new Intl.DateTimeFormat(TAG[locale], {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(date);
}

/** "12 345,00 €" (fr, narrow no-break space between thousands, no-break space before €); "€12,345.00" (en). */
export function amountInDocument(amount: number, locale: Locale): string {
  return cached(
    `m:${locale}`,
    () =>
      new Intl.NumberFormat(TAG[locale], {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
  ).format(amount);
}

/** "1 234,5": quantities and indicator values (at most two decimals). */
export function numberInDocument(value: number, locale: Locale): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 2 })).format(
    value,
  );
}

/** "12,5 %" with a no-break space (fr); "12.5%" (en). */
export function percentInDocument(ratio: number, locale: Locale): string {
  const text = cached(
    `p:${locale}`,
    () => new Intl.NumberFormat(TAG[locale], { style: 'percent', maximumFractionDigits: 1 }),
  ).format(ratio);
  return locale === 'fr' ? text.replace(/[ \u202f]%/, `${NBSP}%`) : text;
}

/** « text » with narrow no-break spaces (fr), “text” (en). */
export function quote(text: string, locale: Locale): string {
  return locale === 'fr' ? `«${NNBSP}${text.trim()}${NNBSP}»` : `“${text.trim()}”`;
}

/** Whole months between two ISO dates, counting the end month (2027-01-01 → 2029-12-31 = 36). */
function monthsBetweenDates(startIso: string | null, endIso: string | null): number | null {
  const start = startIso ? utcDate(startIso) : null;
  const end = endIso ? utcDate(endIso) : null;
  if (!start || !end || end < start) return null;
  return (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth()) + 1;
}

/** "36 mois" (no-break space, so the number never ends a line); null without a valid period. */
export function monthsInDocument(startIso: string | null, endIso: string | null, locale: Locale): string | null {
  const months = monthsBetweenDates(startIso, endIso);
  if (months === null) return null;
  if (locale === 'fr') return `${months}${NBSP}mois`;
  return `${months}${NBSP}${months === 1 ? 'month' : 'months'}`;
}

/** Words that open a sentence and are common nouns' companions, so they take a lower case after a colon. */
const LOWER_AFTER_COLON = new Set(
  (
    'le la les l un une des du de d ce cet cette ces chaque tout toute tous toutes en dans pour par à au aux il elle ils ' +
    'elles on nous vous plus sur avec grâce afin depuis entre leur leurs son sa ses notre nos votre vos une meilleure ' +
    'mieux près moins davantage certains certaines plusieurs aucun aucune si lorsque quand dès après avant'
  ).split(' '),
);

/**
 * Officer text inserted inside a generated sentence ("… a pour objectif global : {{goal}} ;"): trimmed, its final
 * punctuation removed (the sentence brings its own), and in French its first letter lowered after the colon when
 * the first word is a common word (an infinitive, an article…), never a proper noun, an acronym or a quotation.
 */
export function insertedText(text: string, locale: Locale): string {
  const t = text.trim().replace(/\s+/g, ' ').replace(/[\s.;:,!]+$/u, '');
  if (locale !== 'fr' || !t) return t;
  const first = /^[\p{L}]+/u.exec(t)?.[0] ?? '';
  if (!first || first.length > 1 && first === first.toUpperCase()) return t;
  const lower = first.toLowerCase();
  const infinitive = /(er|ir|re|oir)$/.test(lower) && first.length > 3;
  if (infinitive || LOWER_AFTER_COLON.has(lower)) return t.charAt(0).toLowerCase() + t.slice(1);
  return t;
}

/** A text that ends a sentence: exactly one full stop (or its own ! ? … or closing quotation). */
export function asSentence(text: string): string {
  const t = text.trim().replace(/[\s;:,]+$/u, '');
  if (!t) return t;
  if (/[.!?…]$/u.test(t)) return t.replace(/\.{2,}$/u, '.');
  if (/[»)”"]$/u.test(t)) return /[.!?…][\s\u202f\u00a0]*[»”"]$/u.test(t) ? t : `${t}.`;
  return `${t}.`;
}

/** Words that end the noun group of a unit ("atelier de deux jours": only "atelier" takes the plural). */
const UNIT_STOP = new Set(['de', 'd', 'du', 'des', 'à', 'au', 'aux', 'pour', 'par', 'en', 'sur', 'avec', 'sans', 'chez']);
const UNIT_KEEP = new Set(['et', 'ou', 'mois', 'fois', 'h', 'km', 'kg', 'ha', 'm', 'm²', 'm³', 'l', 't']);

function pluralWord(word: string): string {
  const lower = word.toLowerCase();
  if (UNIT_KEEP.has(lower) || !/[aeiouyéèêàâîôû]/i.test(word) || /[\d%€$]/.test(word) || word.length <= 2) return word;
  if (/[sxz]$/i.test(word)) return word;
  if (word === word.toUpperCase()) return word; // an acronym
  if (/al$/i.test(word) && !/^(bal|festival|carnaval|récital|régal|chacal)$/i.test(word)) return `${word.slice(0, -2)}aux`;
  if (/(eau|au|eu)$/i.test(word) && !/^(bleu|pneu|landau|sarrau|émeu)$/i.test(word)) return `${word}x`;
  return `${word}s`;
}

/** A French unit in the plural: "billet et séjour" → "billets et séjours", "atelier de deux jours" → "ateliers de deux jours". */
export function pluralUnit(unit: string): string {
  return mapUnitWords(unit, pluralWord);
}

/** Applies `change` to each word of a unit up to its first linking word (« de », « et »… stop the agreement). */
function mapUnitWords(unit: string, change: (word: string) => string): string {
  const parts = unit.trim().split(/(\s+|-|’|')/);
  let stopped = false;
  return parts
    .map((part) => {
      if (stopped || /^(\s+|-|’|')$/.test(part) || !part) return part;
      if (UNIT_STOP.has(part.toLowerCase())) {
        stopped = true;
        return part;
      }
      return change(part);
    })
    .join('');
}

/** Nouns that end in -s in the singular too. */
const SINGULAR_S = new Set(['mois', 'fois', 'parcours', 'cas', 'temps', 'corps', 'pays', 'prix', 'poids', 'repas', 'concours', 'discours', 'secours', 'succès', 'accès', 'progrès', 'procès', 'bus', 'campus', 'recours', 'relais', 'avis', 'choix']);

function singularWord(word: string): string {
  const lower = word.toLowerCase();
  if (SINGULAR_S.has(lower) || word.length <= 3 || word === word.toUpperCase()) return word;
  if (/eaux$/i.test(word)) return word.slice(0, -1);
  if (/aux$/i.test(word)) return `${word.slice(0, -3)}al`;
  if (/[^su]s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** A French unit in the singular ("jeunes" → "jeune", "personnes formées" → "personne formée"), for 0 and 1. */
export function singularUnit(unit: string): string {
  return mapUnitWords(unit, (part) => (UNIT_KEEP.has(part.toLowerCase()) ? part : singularWord(part)));
}

/**
 * "4 billets et séjours", "1 forfait", "0 jeune", "12,5 %": a quantity and its unit with a no-break space between,
 * the unit in the plural from 2 on and in the singular below (French: 0 and 1 take the singular), whichever way the
 * officer typed it. English keeps the unit as written.
 */
export function quantityWithUnit(quantity: number, unit: string, locale: Locale): string {
  const n = numberInDocument(quantity, locale);
  const u = unit.trim();
  if (!u) return n;
  if (u === '%') return locale === 'fr' ? `${n}${NBSP}%` : `${n}%`;
  if (locale !== 'fr') return `${n}${NBSP}${u}`;
  return `${n}${NBSP}${Math.abs(quantity) >= 2 ? pluralUnit(u) : singularUnit(u)}`;
}

/** Officer text after a label and its colon ("Fréquence : une réunion par an."): lower first word, one full stop. */
export function afterColon(text: string, locale: Locale): string {
  return asSentence(insertedText(text, locale));
}
