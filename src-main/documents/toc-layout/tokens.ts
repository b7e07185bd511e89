import type { Font, Item } from './model';
import { Unsupported } from './tree';

/**
 * A paragraph's content as docx's layout tokenizes it (its tokenize and tokenizeText): words, the spaces between them,
 * tabs and bookmarks. A word runs across runs of other fonts, in pieces, one per run; a line may also break inside a
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
  | { type: 'marker'; name: string };

/** The spaces docx's layout breaks lines at (space, en, em, four-per-em, ideographic); no-break spaces are glue. */
const isSpace = (code: number) =>
  code === 32 || code === 0x2002 || code === 0x2003 || code === 0x2005 || code === 0x3000;
const GLUE = new Set(['\u00a0', '\u202f', '\u2007', '\u2060', '\ufeff']);
const DASHES = new Set(['-', '\u2010', '\u2013', '\u2014']);
const ANY_DASH = /[-\u2010\u2013\u2014]/;
const MARK = /\p{M}/u;
const SURROGATE = /[\ud800-\udfff]/;
// Text docx's layout breaks by rules of its own (East Asian characters, right-to-left scripts): refused.
const REFUSED_SCRIPTS =
  /[\u1100-\u11ff\u2e80-\u2fff\u3000-\u30ff\u3130-\u318f\u31c0-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

const isExtender = (c: string) => {
  const code = c.codePointAt(0)!;
  return (
    MARK.test(c) ||
    code === 8205 ||
    (code >= 65024 && code <= 65039) ||
    (code >= 127995 && code <= 127999) ||
    (code >= 917536 && code <= 917631)
  );
};

/**
 * Where a line may break inside text without spaces, before these characters (counted in code points): after a dash,
 * but before a digit, another dash, a no-break space or a combining mark (findLineBreaks, East Asian text aside).
 */
function dashBreaks(characters: string[]): Set<number> {
  const breaks = new Set<number>();
  for (let index = 1; index < characters.length; index++) {
    if (!DASHES.has(characters[index - 1]!)) continue;
    const after = characters[index]!;
    if (isExtender(after) || GLUE.has(after) || /[\d-]/.test(after)) continue;
    breaks.add(index);
  }
  return breaks;
}

/** Text items next to each other, in words and spaces. */
function tokenizeText(items: Piece[], tokens: Token[]): void {
  const text = items.length === 1 ? items[0]!.text : items.map((item) => item.text).join('');
  if (REFUSED_SCRIPTS.test(text)) throw new Unsupported('East Asian or right-to-left text');
  if (SURROGATE.test(text)) throw new Unsupported('characters outside the Basic Multilingual Plane');
  // Code units are code points from here on.
  const breaks = ANY_DASH.test(text) ? dashBreaks([...text]) : undefined;
  let index = 0;
  let last: { type: 'word' | 'space'; pieces: Piece[] } | undefined;
  const add = (type: 'word' | 'space', part: string, font: Font, startsToken: boolean) => {
    if (startsToken || last?.type !== type) {
      last = { type, pieces: [{ text: part, font }] };
      tokens.push(last);
      return;
    }
    const piece = last.pieces[last.pieces.length - 1]!;
    if (piece.font === font) piece.text += part;
    else last.pieces.push({ text: part, font });
  };
  for (const item of items) {
    const { text: itemText, font } = item;
    for (let from = 0; from < itemText.length;) {
      const space = isSpace(itemText.charCodeAt(from));
      let to = from + 1;
      while (to < itemText.length && isSpace(itemText.charCodeAt(to)) === space) to++;
      const run = itemText.slice(from, to);
      if (!space && breaks) {
        // Split the run where the line may break inside it.
        let start = 0;
        for (let at = 1; at < run.length; at++)
          if (breaks.has(index + at)) {
            add('word', run.slice(start, at), font, start > 0 || breaks.has(index));
            start = at;
          }
        add('word', run.slice(start), font, start > 0 || breaks.has(index));
      } else add(space ? 'space' : 'word', run, font, false);
      index += run.length;
      from = to;
    }
  }
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
