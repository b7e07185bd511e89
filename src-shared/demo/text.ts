import type { Block, Inline } from '../model';

/** Narrow no-break space (before ; : ! ? %, inside « », between groups of digits). */
export const NNBSP = '\u202f';
/** No-break space (between an amount and its currency sign). */
export const NBSP = '\u00a0';

/**
 * French typography for texts written naturally in the source: typographic apostrophe, narrow
 * no-break space before ; : ! ? % and inside guillemets, digit groups ("12 345") and "€" glued
 * to its amount. Texts must not put two numbers side by side ("en 2027 120 jeunes").
 */
export function frenchText(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/ ([;:!?%])/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NNBSP}`)
    .replace(/ »/g, `${NNBSP}»`)
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NNBSP}`)
    .replace(/(\d) €/g, `$1${NBSP}€`);
}

/** Keys whose strings are kept verbatim (addresses and numbers typed by people). */
const VERBATIM_KEYS: ReadonlySet<string> = new Set(['email', 'phone']);

/** Applies `frenchText` to every string of a plain data tree, except verbatim keys. */
export function withFrenchTypography<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (VERBATIM_KEYS.has(key) ? value : frenchText(value)) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withFrenchTypography(item, key)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      out[k] = withFrenchTypography(v, k);
    return out as T;
  }
  return value;
}

/** Groups of three digits separated by a narrow no-break space. */
function groupDigits(integer: number): string {
  return String(integer).replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
}

/** "12 345 €" (whole euros) from an amount in cents; cents shown only when there are some. */
export function euros(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0
    ? `${groupDigits(whole)}${NBSP}€`
    : `${groupDigits(whole)},${String(rest).padStart(2, '0')}${NBSP}€`;
}

/** "12 345,00 €", the form used in formal financial clauses. */
export function eurosWithCents(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return `${groupDigits(whole)},${String(rest).padStart(2, '0')}${NBSP}€`;
}

/** "55,2 %" from a ratio. */
export function percent(ratio: number, digits = 1): string {
  return `${(ratio * 100).toFixed(digits).replace('.', ',')}${NNBSP}%`;
}

type Part = string | Inline;
const inline = (part: Part): Inline => (typeof part === 'string' ? { text: part } : part);

/** A paragraph made of plain strings and styled runs. */
export const para = (...parts: Part[]): Block => ({ type: 'paragraph', children: parts.map(inline) });
/** A bold run. */
export const strong = (text: string): Inline => ({ text, bold: true });
/** An italic run. */
export const em = (text: string): Inline => ({ text, italic: true });
/** A bulleted list, one item per argument (an item may mix strings and styled runs). */
export const bullets = (...items: Array<Part | Part[]>): Block => ({
  type: 'bullet',
  items: items.map((item) => (Array.isArray(item) ? item.map(inline) : [inline(item)])),
});
