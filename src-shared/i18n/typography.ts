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

export function frenchSpacing(text: string): string {
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

/** Applies the locale's typography: French spacing for French, nothing for English. */
export function typeset(text: string, locale: Locale): string {
  return locale === 'fr' ? frenchSpacing(text) : text;
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
