import type { Font, Item } from './model';
import { Unsupported } from './tree';

/**
 * A paragraph's content as docx's layout tokenizes it (its tokenize and tokenizeText): words, the spaces between them,
 * tabs, bookmarks and pictures in the line (a box each, between the words). A word runs across runs of other fonts, in pieces, one per run; a line may also break inside a
 * word after a dash (findLineBreaks).
 */

export interface Piece {
  text: string;
  font: Font;
}
export type Token =
  | { type: 'word'; pieces: Piece[] }
  | { type: 'space'; pieces: Piece[] }
  | { type: 'tab'; font: Font; separator: boolean }
  | { type: 'marker'; name: string }
  | { type: 'box'; width: number; height: number; font: Font };

/** The spaces docx's layout breaks lines at (space, en, em, four-per-em, ideographic); no-break spaces are glue. */
export const isSpace = (code: number) =>
  code === 32 || (code >= 0x2002 && (code === 0x2002 || code === 0x2003 || code === 0x2005 || code === 0x3000));
const isGlue = (code: number) =>
  code === 0xa0 || code === 0x202f || code === 0x2007 || code === 0x2060 || code === 0xfeff;
const isDash = (code: number) =>
  code === 0x2d || (code >= 0x2010 && (code === 0x2010 || code === 0x2013 || code === 0x2014));
const ANY_DASH = /[-\u2010\u2013\u2014]/;
// A code unit from U+0590 on, where the refused characters and the surrogates are.
const HIGH = /[\u0590-\uffff]/;
const HIGH_UNITS = /[\u0590-\uffff]/g;
const MARK = /\p{M}/u;
const SURROGATE = /[\ud800-\udfff]/;
// Text docx's layout breaks by rules of its own (East Asian characters, right-to-left scripts): refused.
const REFUSED_SCRIPTS =
  /[\u1100-\u11ff\u2e80-\u2fff\u3000-\u30ff\u3130-\u318f\u31c0-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
// Nothing below it is refused nor a surrogate (the first refused character is U+0591): most text needs no regex.
const FIRST_REFUSED = 0x590;
// Each code unit from there once tested alone (0 not yet, 1 let through, 2 refused or a surrogate): a property of the
// character, the same for every document. A code point of the BMP matches the regex alone as it does in the text.
const refusedUnits = new Uint8Array(0x10000);
const isRefusedUnit = (code: number) => {
  if (code < FIRST_REFUSED) return false;
  let known = refusedUnits[code]!;
  if (known === 0) {
    const refused = (code >= 0xd800 && code <= 0xdfff) || REFUSED_SCRIPTS.test(String.fromCharCode(code));
    refusedUnits[code] = known = refused ? 2 : 1;
  }
  return known === 2;
};

/** A character that stays with the one before it (code points are code units here: no surrogates are let through). */
const isExtender = (code: number) =>
  code === 8205 || (code >= 65024 && code <= 65039) || MARK.test(String.fromCharCode(code));

/**
 * Whether a line may break inside text without spaces before `code`, after `before` (findLineBreaks, East Asian text
 * aside): after a dash, but not before a digit, another dash, a no-break space or a combining mark.
 */
export const breaksBetween = (before: number, code: number) =>
  isDash(before) && !(isExtender(code) || isGlue(code) || (code >= 48 && code <= 57) || code === 0x2d);

/**
 * Refuses text docx's layout breaks by other rules, and characters past U+FFFF, tested on the text as one (where a
 * code unit of it may be either: a surrogate pair may be a refused character).
 */
function checkScripts(items: Piece[]): void {
  if (!items.some(({ text }) => hasRefusedUnit(text))) return;
  const text = items.map((item) => item.text).join('');
  if (REFUSED_SCRIPTS.test(text)) throw new Unsupported('East Asian or right-to-left text');
  if (SURROGATE.test(text)) throw new Unsupported('characters outside the Basic Multilingual Plane');
}

/** Whether the text has a code unit that may be refused: most text has none from U+0590 on, which one regex finds. */
export function hasRefusedUnit(text: string): boolean {
  if (!HIGH.test(text)) return false;
  // Only those code units tested (French text has a few: apostrophes, no-break spaces).
  HIGH_UNITS.lastIndex = 0;
  for (let found = HIGH_UNITS.exec(text); found !== null; found = HIGH_UNITS.exec(text))
    if (isRefusedUnit(text.charCodeAt(found.index))) return true;
  return false;
}

/** Adds a word's or spaces' text: to the token before if it is of the same kind and need not start one. */
function add(tokens: Token[], type: 'word' | 'space', part: string, font: Font, startsToken: boolean, own: boolean) {
  const last = own ? tokens[tokens.length - 1] : undefined;
  if (startsToken || last?.type !== type) {
    tokens.push({ type, pieces: [{ text: part, font }] });
    return;
  }
  const piece = last.pieces[last.pieces.length - 1]!;
  if (piece.font === font) piece.text += part;
  else last.pieces.push({ text: part, font });
}

/** Text items next to each other, in words and spaces. */
function tokenizeText(items: Piece[], tokens: Token[]): void {
  checkScripts(items);
  // Code units are code points from here on. The tokens before these are not theirs to add to.
  const first = tokens.length;
  let before = -1;
  for (const { text, font } of items) {
    // Only text with a dash (or after one) may break inside a word.
    const dashed = isDash(before) || ANY_DASH.test(text);
    for (let from = 0; from < text.length;) {
      const space = isSpace(text.charCodeAt(from));
      let to = from + 1;
      while (to < text.length && isSpace(text.charCodeAt(to)) === space) to++;
      const own = tokens.length > first;
      if (space || !dashed) add(tokens, space ? 'space' : 'word', text.slice(from, to), font, false, own);
      else splitAtDashes(tokens, text, from, to, font, breaksBetween(before, text.charCodeAt(from)), own);
      before = text.charCodeAt(to - 1);
      from = to;
    }
  }
}

/** A word's run cut where the line may break inside it (`startsToken`: where it may break before the run). */
function splitAtDashes(
  tokens: Token[],
  text: string,
  from: number,
  to: number,
  font: Font,
  startsToken: boolean,
  own: boolean,
): void {
  let start = from;
  for (let at = from + 1; at < to; at++)
    if (breaksBetween(text.charCodeAt(at - 1), text.charCodeAt(at))) {
      add(tokens, 'word', text.slice(start, at), font, start > from || startsToken, own);
      start = at;
    }
  add(tokens, 'word', text.slice(start, to), font, start > from || startsToken, own);
}

/** A paragraph's tokens, with the page references' text as the layout writes it for this pass. */
export function tokensOf(items: Item[], referenceText: (bookmark: string) => string): Token[] {
  const tokens: Token[] = [];
  let text: Piece[] = [];
  const flush = () => {
    if (text.length > 0) tokenizeText(text, tokens);
    text = [];
  };
  for (const item of items) {
    if (item.type === 'text') text.push({ text: item.text, font: item.font });
    else if (item.type === 'reference') {
      const written = referenceText(item.bookmark);
      if (written.length > 0) text.push({ text: written, font: item.font });
    } else {
      flush();
      tokens.push(
        item.type === 'tab' ? { type: 'tab', font: item.font, separator: item.separator === true } : item,
      );
    }
  }
  flush();
  return tokens;
}
