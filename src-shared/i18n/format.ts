import type { Locale } from './catalogues';

/** Formatting for screens and documents; French conventions by default (see UI.md, DOMAIN.md §4). */

const TAG: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

// Intl formatters are costly to build: keep one per locale and options (large tables format thousands of cells).
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${locale}:${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(TAG[locale], options)));
  return f;
}
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${locale}:${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(TAG[locale], options)));
  return f;
}

function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** "26 nov. 2026" (tables) or "26 novembre 2026" (prose; "1er" on the first of the month in French). */
export function formatDate(iso: string | null | undefined, locale: Locale, style: 'short' | 'long' = 'short'): string {
  if (!iso) return '';
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const text = dateFormat(locale, {
    day: 'numeric',
    month: style === 'short' ? 'short' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return locale === 'fr' && style === 'long' && date.getUTCDate() === 1 ? text.replace(/^1 /, '1er ') : text;
}

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The minus sign of French typography (U+2212); Intl writes a hyphen-minus. */
export const MINUS = '\u2212';

// French: decimal comma, narrow no-break space between thousands (Intl already does both) and a real minus sign.
const typeset = (text: string, locale: Locale) => (locale === 'fr' ? text.replace(/-/g, MINUS) : text);

/** "12 345 €" on screens; "12 345,00 €" in documents (cents: true); "−180 000 €" below zero. */
export function formatMoney(amount: number, locale: Locale, { cents = false, currency = 'EUR' } = {}): string {
  const text = numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(amount);
  return typeset(text, locale);
}

/** "655,957", "1 234,5", "−3" in French. */
export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  return typeset(numberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value), locale);
}

/** "12,5 %" */
export function formatPercent(ratio: number, locale: Locale, digits = 1): string {
  return typeset(numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(ratio), locale);
}

/**
 * A number inside an interface message: written the locale's way ("655,957", "−180 000"), except whole
 * numbers from 0 to 9 999, which are mostly row numbers, article numbers and years that French does not
 * group ("Article 12", "2027").
 */
export function interfaceNumber(value: number, locale: Locale): string {
  if (Number.isInteger(value) && value >= 0 && value < 10_000) return String(value);
  return formatNumber(value, locale, 6);
}

/**
 * The one decimal parser of the interface: "1 234,5", "1234.5", "−3", "-3" → a number; "" → null;
 * anything else → NaN (the field then says the number is not valid). A lone separator between digit
 * groups of three ("1.234" or "1,234") is read as a decimal mark, as a French officer means it.
 */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[\u2212\u2013]/g, '-');
  if (compact === '') return null;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return Number.NaN;
  return Number(compact.replace(',', '.'));
}

/** A number as an editable field shows it: decimal comma in French, no grouping (so it parses back). */
export function editableDecimal(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = String(value);
  return locale === 'fr' ? text.replace('.', ',').replace('-', MINUS) : text;
}

/** Whole months between two ISO dates, counting the end month (2027-01-01 → 2029-12-31 = 36). */
export function monthsBetween(startIso: string | null, endIso: string | null): number | null {
  const start = startIso ? parseIsoDate(startIso) : null;
  const end = endIso ? parseIsoDate(endIso) : null;
  if (!start || !end || end < start) return null;
  return (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth()) + 1;
}
