import type { Locale } from './catalogues';
import { formatDate, formatMoney } from './format';

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
export function frenchSpacing(text: string): string {
  return text
    // Only where the mark ends a word group, so "https://a.fr/?q=1" and "10:30" stay as they are.
    .replace(/(\S)[ \u00a0\u202f]*([;!?])(?=\s|$|[;:!?»)\]])/g, `$1${NNBSP}$2`)
    .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$|[;!?»)\]])/g, `$1${NNBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
    // Repeated marks ("?!") stay together.
    .replace(new RegExp(`([;:!?])${NNBSP}(?=[!?])`, 'g'), '$1');
}

/** Applies the locale's typography: French spacing for French, nothing for English. */
export function typeset(text: string, locale: Locale): string {
  return locale === 'fr' ? frenchSpacing(text) : text;
}

/** "1er janvier 2027", "26 novembre 2026" (fr); "1 January 2027" (en). Empty string for no date. */
export function dateInWords(iso: string | null | undefined, locale: Locale): string {
  return formatDate(iso, locale, 'long');
}

/** "12 345,00 €" (fr, narrow no-break space between thousands, no-break space before €); "€12,345.00" (en). */
export function amountInDocument(amount: number, locale: Locale): string {
  return formatMoney(amount, locale, { cents: true });
}

/** "12,5 %" with a no-break space (fr); "12.5%" (en). */
export function percentInDocument(ratio: number, locale: Locale): string {
  const text = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
  return locale === 'fr' ? text.replace(/[ \u202f]%/, `${NBSP}%`) : text;
}

/** « text » with narrow no-break spaces (fr), “text” (en). */
export function quote(text: string, locale: Locale): string {
  return locale === 'fr' ? `«${NNBSP}${text.trim()}${NNBSP}»` : `“${text.trim()}”`;
}
