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

/** "12 345 €" on screens; "12 345,00 €" in documents (cents: true). */
export function formatMoney(amount: number, locale: Locale, { cents = false, currency = 'EUR' } = {}): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(amount);
}

export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** "12,5 %" */
export function formatPercent(ratio: number, locale: Locale, digits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

/** Whole months between two ISO dates, counting the end month (2027-01-01 → 2029-12-31 = 36). */
export function monthsBetween(startIso: string | null, endIso: string | null): number | null {
  const start = startIso ? parseIsoDate(startIso) : null;
  const end = endIso ? parseIsoDate(endIso) : null;
  if (!start || !end || end < start) return null;
  return (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth()) + 1;
}
