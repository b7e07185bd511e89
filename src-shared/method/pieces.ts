import type { Locale } from '../i18n/catalogues';
import { documents as enDocuments } from '../i18n/en/documents';
import { documents as frDocuments } from '../i18n/fr/documents';

/**
 * The pieces generated text is made of: strings, and `Missing` values a draft shows as a highlighted marker and
 * the gate counts as missing. Every document, clause default and readiness check speaks in these.
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
  return mergeLine(out);
}

/** Joins adjacent strings so runs stay few. */
export function mergeLine(line: Line): Line {
  const out: Line = [];
  for (const piece of line) {
    if (piece === '') continue;
    const last = out[out.length - 1];
    if (typeof piece === 'string' && typeof last === 'string') out[out.length - 1] = last + piece;
    else out.push(piece);
  }
  return out;
}

/** The marker a missing value prints as: "[À compléter : montant]". */
export const markerText = (m: Missing, locale: Locale): string =>
  `[${docPhrases(locale).missing.replace('{{what}}', docPhrases(locale).what[m.missing])}]`;

export const lineText = (line: Line | Piece, locale: Locale): string =>
  (Array.isArray(line) ? line : [line]).map((p) => (isMissing(p) ? markerText(p, locale) : p)).join('');

/** Every missing value of some lines, in order. */
export const missingOf = (lines: ReadonlyArray<Line | Piece>): Missing[] =>
  lines.flatMap((l) => (Array.isArray(l) ? l : [l])).filter(isMissing);

/**
 * Marker text typed or left in a text the officer wrote ("[à compléter : montant]", "[To complete: …]", any case):
 * such a text is not finished, whatever else it says.
 */
const MARKER_IN_TEXT = /\[\s*(?:à compléter|a compléter|a completer|à completer|to complete)\b[^\]]*\]/giu;

/** The officer's text as pieces: each marker left in it becomes a Missing value pointing at `focus`. */
export function textWithMarkers(text: string, focus: string, what: Missing['missing'] = 'text'): Line {
  const out: Line = [];
  let last = 0;
  for (const m of text.matchAll(MARKER_IN_TEXT)) {
    out.push(text.slice(last, m.index));
    out.push(missing(what, focus));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return mergeLine(out);
}

export const hasMarker = (text: string): boolean => new RegExp(MARKER_IN_TEXT.source, 'iu').test(text);

/** Splits a line into paragraphs at each line break of its strings (a Missing piece stays in its paragraph). */
export function splitParagraphs(line: Line): Line[] {
  const out: Line[] = [[]];
  for (const piece of line) {
    if (typeof piece !== 'string') {
      out[out.length - 1]!.push(piece);
      continue;
    }
    const parts = piece.split(/\n+/);
    parts.forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part) out[out.length - 1]!.push(part);
    });
  }
  return out.map((l) => mergeLine(l).map((p, i, all) => (typeof p === 'string' ? (i === 0 ? p.trimStart() : i === all.length - 1 ? p.trimEnd() : p) : p))).filter((l) => l.some((p) => typeof p !== 'string' || p.trim()));
}
