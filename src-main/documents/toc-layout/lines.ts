import type { TabStop } from './formats';
import { arialWidths } from './measure';
import type { Font, Item, Paragraph } from './model';
import { breaksBetween, hasRefusedUnit, isSpace, tokensOf, type Piece, type Token } from './tokens';
import { Unsupported } from './tree';

/**
 * A paragraph broken into lines as docx's layout breaks it (its layoutLines), for left, centred, right and justified
 * text with tab stops and bullets, and pictures in the line (a header's logo): the same widths, added in the same order, the same breaks (a justified line's spaces
 * squeezed to take one more word where Word squeezes them), the same heights. Anything else is refused (Unsupported).
 * The text after a paragraph's last tab, when it is only text and bookmarks (most of a document's), is read, measured
 * and broken in one pass over its characters, without tokens: the same words, sums and decisions as the tokens give.
 * It is measured with the Arial tables themselves (measure.ts), added up as the measure estimate.ts gives adds them
 * (the context's measure is not asked there), and refused as that measure refuses a character the tables lack.
 */

/** Measures text in points (toc-layout/measure.ts). */
export type Measure = (text: string, font: Font) => number;

export interface Line {
  height: number;
  /** What multiple line spacing adds below the text, which may go below the bottom of a page. */
  spacingBelow: number;
  /** The bookmarks that start on the line. */
  markers: string[];
}

export interface LineContext {
  measure: Measure;
  referenceText: (bookmark: string) => string;
}

const TOLERANCE = 0.01;
const STRETCH_TO_SQUEEZE = 2.015;
const MOST_SQUEEZE = 0.25;
const DEFAULT_TAB_STOP = 36;

// Arial's line, as docx's layout's width tables give it: its height and its descent, in thousandths of an em.
const ARIAL_LINE = 1149.90234375;
const ARIAL_DESCENT = 211.9140625;

interface Heights {
  ascent: number;
  descent: number;
  tallest: number;
  /** A list number's, counted apart: only its ascent counts beside text. */
  number?: { ascent: number; descent: number; tallest: number } | undefined;
  /** The tallest picture's height: the line is as tall as it above the text's descent. */
  picture?: number | undefined;
}
const NOTHING: Heights = { ascent: 0, descent: 0, tallest: 0 };

function withFont(heights: Heights, font: Font): Heights {
  const size = font.lineSize ?? font.size;
  const line = (ARIAL_LINE * size) / 1e3;
  const descent = (ARIAL_DESCENT * size) / 1e3;
  const ascent = Math.max(0, line - descent + 0) + 0;
  const below = Math.max(0, descent - 0) + 0;
  const tallest = line + 2 * 0;
  // Most words are in a font no taller than the line's: the same heights, nothing to allocate.
  if (ascent <= heights.ascent && below <= heights.descent && tallest <= heights.tallest) return heights;
  return {
    ascent: Math.max(heights.ascent, ascent),
    descent: Math.max(heights.descent, below),
    tallest: Math.max(heights.tallest, tallest),
    number: heights.number,
    picture: heights.picture,
  };
}

function withNumberFont(heights: Heights, font: Font): Heights {
  // Mostly no taller than the number's own heights: the same heights, nothing to allocate.
  if (heights.number !== undefined && withFont(heights.number, font) === heights.number) return heights;
  const own = withFont({ ...NOTHING, ...heights.number }, font);
  return { ...heights, number: { ascent: own.ascent, descent: own.descent, tallest: own.tallest } };
}

const onlyNumber = (h: Heights) =>
  h.number !== undefined && h.ascent === 0 && h.descent === 0 && h.tallest === 0 && !h.picture;

/** The height of a line of Arial at a size, as docx's layout measures it (measureLineHeight). */
const lineOf = (font: Font) => (ARIAL_LINE * (font.lineSize ?? font.size)) / 1e3;

function heightOf(given: Heights, multiple: number | undefined): { height: number; spacingBelow: number } {
  const heights =
    given.number === undefined ? given : { ...given, ascent: Math.max(given.ascent, given.number.ascent) };
  const natural = Math.max(Math.max(heights.picture ?? 0, heights.ascent) + heights.descent, heights.tallest);
  if (multiple === undefined) return { height: natural, spacingBelow: 0 };
  const spacingBelow = (multiple - 1) * heights.tallest;
  return { height: natural + spacingBelow, spacingBelow: spacingBelow > 0 ? spacingBelow : 0 };
}

const onlySpaces = (text: string) => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
};

/** docx's layout's widthOf: pieces measured apart (our fonts are neither kerned nor joined), added in order. */
function widthOf(pieces: Piece[], measure: Measure): number {
  let total = 0;
  // Each piece scaled by 100 % as the layout scales it (and no character spacing: + 0).
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    total += piece.text.length === 0 ? 0 : (measure(piece.text, piece.font) * 100) / 100;
  }
  return total;
}

function nextStop(position: number, stops: TabStop[], limit: number): TabStop | undefined {
  const stop = stops.find((given) => given.position > position + TOLERANCE) ?? {
    position: (Math.floor((position + TOLERANCE) / DEFAULT_TAB_STOP) + 1) * DEFAULT_TAB_STOP,
    alignment: 'left' as const,
  };
  return stop.position > limit + TOLERANCE ? undefined : stop;
}

/** The width of the text after a tab, up to the next tab, without the spaces at its end (what a right stop lines up). */
function widthAfterTab(tokens: Token[], from: number, measure: Measure): number {
  let end = tokens.findIndex((t, i) => i >= from && t.type === 'tab');
  if (end === -1) end = tokens.length;
  let last = -1;
  for (let i = from; i < end; i++) if (tokens[i]!.type !== 'space' && tokens[i]!.type !== 'marker') last = i;
  let total = 0;
  for (let i = from; i <= last; i++) {
    const t = tokens[i]!;
    if (t.type === 'word' || t.type === 'space') total += widthOf(t.pieces, measure);
  }
  return total;
}

/** The line being filled (docx's layout's line state, mutated rather than spread). */
interface State {
  position: number;
  end: number;
  heights: Heights;
  spaces: number;
  spaceCount: number;
  otherSpaces: number;
  markers: string[];
  /** Bookmarks waiting for the next word or tab, which puts them on its line. */
  pending: string[];
  started: boolean;
  first: boolean;
  tabsOnly: boolean;
}

// The token `text` is reading.
const NONE = 0;
const WORD = 1;
const SPACES = 2;

/** One paragraph's breaking into lines at one width. */
class Breaker {
  readonly lines: Line[] = [];
  private readonly limit: number;
  private readonly squeezes: boolean;
  private readonly firstLineStops: TabStop[];
  private readonly numberFonts = new Set<Font>();
  /** The fonts of the word `text` reads, piece by piece. */
  private readonly fonts: Font[] = [];
  /** The tokens a tab looks ahead at, the fused path's rest included (runFused). */
  private ahead: (tokens: Token[]) => Token[] = (tokens) => tokens;
  private aheadTokens: Token[] | undefined;

  constructor(
    private readonly paragraph: Paragraph,
    private readonly width: number,
    private readonly measure: Measure,
  ) {
    const { indentLeft, indentRight, firstLineIndent, alignment } = paragraph.format;
    this.limit = width - indentRight;
    this.squeezes = alignment === 'justified';
    const stops = paragraph.tabStops;
    this.firstLineStops =
      firstLineIndent < 0
        ? [...stops, { position: indentLeft, alignment: 'left' as const }].sort(
            (a, b) => a.position - b.position,
          )
        : stops;
    for (const item of paragraph.items)
      if (item.type === 'text' && item.number) this.numberFonts.add(item.font);
  }

  startOf(first: boolean): number {
    return this.paragraph.format.indentLeft + (first ? this.paragraph.format.firstLineIndent : 0);
  }

  fresh(first: boolean, pending: string[]): State {
    const start = this.startOf(first);
    return {
      position: start,
      end: start,
      heights: NOTHING,
      spaces: 0,
      spaceCount: 0,
      otherSpaces: 0,
      markers: [],
      pending,
      started: false,
      first,
      tabsOnly: false,
    };
  }

  finish(state: State, pending: string[]): void {
    if (state.started && onlyNumber(state.heights)) throw new Unsupported('a line of only a list number');
    if (state.started && this.markMatters(state.heights))
      throw new Unsupported('a picture alone in a line of a paragraph whose mark is larger, with multiple spacing');
    const heights = state.started ? state.heights : withFont(NOTHING, this.paragraph.markFont);
    const { height, spacingBelow } = heightOf(heights, this.paragraph.format.lineMultiple);
    this.lines.push({
      height,
      spacingBelow,
      markers: pending.length === 0 ? state.markers : [...state.markers, ...pending],
    });
  }

  wrap(state: State): State {
    this.finish(state, []);
    return this.fresh(false, state.pending);
  }

  /** docx's layout's markMatters: a line of pictures only, whose height would depend on the paragraph's mark. */
  markMatters(heights: Heights): boolean {
    const multiple = this.paragraph.format.lineMultiple;
    const ascent = heights.number ? Math.max(heights.ascent, heights.number.ascent) : heights.ascent;
    return (
      (heights.picture ?? 0) > 0 &&
      ascent === 0 &&
      lineOf(this.paragraph.markFont) > heights.tallest + TOLERANCE &&
      multiple !== undefined &&
      multiple !== 1
    );
  }

  withToken(heights: Heights, token: Token): Heights {
    if (token.type === 'tab') return token.separator ? heights : withFont(heights, token.font);
    if (token.type === 'box')
      return {
        ...heights,
        picture: Math.max(heights.picture ?? 0, token.height),
        tallest: Math.max(heights.tallest, lineOf(token.font)),
      };
    if (token.type !== 'word') return heights;
    let out = heights;
    const numbers = this.numberFonts.size > 0;
    for (let i = 0; i < token.pieces.length; i++) {
      const { font } = token.pieces[i]!;
      out = numbers && this.numberFonts.has(font) ? withNumberFont(out, font) : withFont(out, font);
    }
    return out;
  }

  /** Whether Word squeezes a justified line's spaces to take a word that goes past its end. */
  squeezesIn(state: State, tokenWidth: number): boolean {
    if (!this.squeezes || state.spaces - state.otherSpaces <= TOLERANCE) return false;
    const over = state.position + tokenWidth - this.limit;
    const slack = this.limit - state.end;
    if (over / (state.spaces - state.otherSpaces) > MOST_SQUEEZE) return false;
    const between = state.spaces - (state.position - state.end);
    return between <= 0 || slack / between >= STRETCH_TO_SQUEEZE * (over / state.spaces);
  }

  static place(state: State): void {
    if (state.pending.length === 0) return;
    state.markers = [...state.markers, ...state.pending];
    state.pending = [];
  }

  space(line: State, token: Token & { type: 'space' }): void {
    const spaces = widthOf(token.pieces, this.measure);
    if (!line.started) {
      Breaker.placeSpaces(line, spaces, 0, 0);
      return;
    }
    let count = 0;
    let others: Piece[] | undefined;
    for (let i = 0; i < token.pieces.length; i++) {
      const p = token.pieces[i]!;
      count += p.text.length;
      // Most spaces are U+0020 alone: nothing else to measure.
      if (onlySpaces(p.text)) continue;
      const other = p.text.replace(/ /g, '');
      (others ??= []).push({ text: other, font: p.font });
    }
    Breaker.placeSpaces(line, spaces, count, others ? widthOf(others, this.measure) : 0);
  }

  /** Spaces of a width, `count` of them, `others` the width of those other than U+0020 (0 if none). */
  static placeSpaces(line: State, spaces: number, count: number, others: number): void {
    line.position = line.position + 0 + 0 + spaces;
    if (!line.started) {
      line.spaces = 0;
      line.spaceCount = 0;
      line.otherSpaces = 0;
      return;
    }
    line.spaces += spaces;
    line.spaceCount += count;
    line.otherSpaces += others;
  }

  tab(given: State, token: Token & { type: 'tab' }, tokens: Token[], index: number): State {
    let line = given;
    const stops = this.paragraph.tabStops;
    const separator = line.first && token.separator;
    const stopsHere = line.first ? this.firstLineStops : stops;
    const next = nextStop(line.position, stopsHere, Infinity)!;
    const own = stopsHere.includes(next);
    if (own && this.paragraph.format.indentRight > 0 && next.position > this.limit + TOLERANCE)
      throw new Unsupported('a tab stop past the right indent');
    if (own && next.position > Math.max(this.limit, this.width) + TOLERANCE)
      throw new Unsupported('a tab stop past the end of the line');
    let stop =
      nextStop(line.position, stopsHere, this.limit) ??
      (line.started ? nextStop(this.startOf(false), stops, this.limit) : undefined);
    if (stop === undefined) throw new Unsupported('a tab with no stop on its line');
    if (stop.position <= line.position + TOLERANCE) line = this.wrap(line);
    const rightText = () => widthAfterTab(this.ahead(tokens), index + 1, this.measure);
    const startAt = (at: TabStop, state: State) =>
      Math.max(state.position, Math.min(Infinity, at.position - (at.alignment === 'left' ? 0 : rightText())));
    // The word after is looked for only where it matters: the rest's tokens are read only then (runFused).
    let after: Token | undefined;
    const looks = !separator && line.started && !line.tabsOnly;
    if (looks) {
      const ahead = this.ahead(tokens);
      for (let i = index + 1; i < ahead.length && !after; i++)
        if (ahead[i]!.type !== 'marker') after = ahead[i];
    }
    if (looks && after?.type === 'word') {
      const needs = widthOf(after.pieces, this.measure);
      const nextLine = nextStop(this.startOf(false), stops, this.limit);
      if (startAt(stop, line) + needs > this.limit + TOLERANCE && nextLine !== undefined) {
        line = this.wrap(line);
        stop = nextLine;
      }
    }
    Breaker.place(line);
    const position = startAt(stop, line);
    line.tabsOnly = !line.started || line.tabsOnly || separator;
    line.position = position;
    line.end = position;
    line.heights = this.withToken(line.heights, token);
    line.spaces = 0;
    line.spaceCount = 0;
    line.otherSpaces = 0;
    line.started = true;
    return line;
  }

  word(given: State, token: Token & { type: 'word' }): State {
    const line = this.placeWord(given, widthOf(token.pieces, this.measure));
    line.heights = this.withToken(line.heights, token);
    return line;
  }

  /** A word of a width placed, on this line or the next (its heights are the caller's to add). */
  placeWord(given: State, tokenWidth: number): State {
    let line = given;
    const overflows = line.started && line.position + tokenWidth > this.limit + TOLERANCE && !line.tabsOnly;
    if (overflows && this.squeezes && line.otherSpaces > 0)
      throw new Unsupported('a justified line beside en or em spaces');
    const squeezed = overflows && this.squeezesIn(line, tokenWidth);
    if (overflows && !squeezed) line = this.wrap(line);
    Breaker.place(line);
    if (
      !squeezed &&
      line.position + tokenWidth > this.limit + TOLERANCE &&
      this.limit - this.startOf(false) > 0
    )
      throw new Unsupported('a word longer than its line');
    line.position = line.position + tokenWidth;
    line.end = line.position;
    line.started = true;
    line.tabsOnly = false;
    return line;
  }

  /** A picture in the line, placed as docx's layout places it: as a word, which may not wait for a tab's line. */
  box(given: State, token: Token & { type: 'box' }): State {
    let line = given;
    const overflows = line.started && line.position + token.width > this.limit + TOLERANCE;
    if (overflows && this.squeezes && line.otherSpaces > 0)
      throw new Unsupported('a justified line beside en or em spaces');
    const squeezed = overflows && this.squeezesIn(line, token.width);
    if (overflows && !squeezed) line = this.wrap(line);
    Breaker.place(line);
    line.position = line.position + token.width;
    line.end = line.position;
    line.heights = this.withToken(line.heights, token);
    line.started = true;
    line.tabsOnly = false;
    return line;
  }

  run(tokens: Token[]): Line[] {
    if (tokens.some((t) => t.type === 'box') && tokens.some((t) => t.type === 'tab'))
      throw new Unsupported('a picture in a paragraph with tabs');
    const line = this.steps(this.fresh(true, []), tokens);
    this.finish(line, line.pending);
    return this.lines;
  }

  /** The tokens placed in order. */
  steps(given: State, tokens: Token[]): State {
    let line = given;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (token.type === 'marker') line.pending = [...line.pending, token.name];
      else if (token.type === 'space') this.space(line, token);
      else if (token.type === 'tab') line = this.tab(line, token, tokens, index);
      else if (token.type === 'box') line = this.box(line, token);
      else line = this.word(line, token);
    }
    return line;
  }

  /**
   * A paragraph whose items from `from` on (after its last tab) are text and bookmarks only: the items before as
   * tokens, the rest read by `text`. A tab that looks past itself is given the rest's tokens, read then.
   */
  runFused(items: Item[], from: number, referenceText: (bookmark: string) => string): Line[] {
    let line = this.fresh(true, []);
    if (from > 0) {
      const rest = items.slice(from);
      this.ahead = (tokens) => (this.aheadTokens ??= tokens.concat(tokensOf(rest, referenceText)));
      line = this.steps(line, tokensOf(items.slice(0, from), referenceText));
    }
    line = this.text(line, items, from);
    this.finish(line, line.pending);
    return this.lines;
  }

  /**
   * Text and bookmarks placed as their tokens would be, read once: a word or spaces ends where tokenizeText ends one
   * (a change between spaces and word, a break after a dash, a bookmark), its pieces where the font (the object, as
   * tokenizeText compares them) changes, each piece's width added up as the measure adds it (measure.ts), the token's
   * as widthOf adds its pieces'. A character the tables lack refuses the token where the measure would: when it is
   * placed, after the tokens before it.
   */
  text(given: State, items: Item[], from: number): State {
    let line = given;
    // The code unit before, in the run of text (-1 at its start): a dash lets the line break after it.
    let before = -1;
    for (let at = from; at < items.length; at++) {
      const item = items[at]!;
      if (item.type === 'marker') {
        line = this.endToken(line);
        line.pending = [...line.pending, item.name];
        before = -1;
        continue;
      }
      if (item.type !== 'text') throw new Error('Only text and bookmarks are read here.');
      const { font } = item;
      // Read from a copy of its own: text cut from a longer string (a sliced string) was measured to read slower, and
      // it made the reading of all text slower (V8; the tokens' path reads substrings, copies of short words).
      const text = (item.text + ' ').slice(0, -1);
      const widths = arialWidths(font.bold, font.italic);
      const size = font.size;
      // A run of spaces or of a word's characters at a time, added up in locals.
      for (let i = 0; i < text.length; ) {
        let code = text.charCodeAt(i);
        let width: number;
        let lacks = false;
        if (isSpace(code)) {
          line = this.enter(line, SPACES, font, this.kind !== SPACES);
          width = this.piece;
          let otherWidth = this.other;
          let n = 0;
          do {
            const w = widths[code]!;
            if (Number.isNaN(w)) lacks = true;
            width = width + (w * size * 100) / 1e5;
            if (code !== 32) {
              otherWidth = otherWidth + (w * size * 100) / 1e5;
              this.hasOther = true;
            }
            n++;
            before = code;
            if (++i === text.length) break;
            code = text.charCodeAt(i);
          } while (isSpace(code));
          this.other = otherWidth;
          this.count += n;
        } else {
          line = this.enter(line, WORD, font, this.kind !== WORD || breaksBetween(before, code));
          width = this.piece;
          do {
            const w = widths[code]!;
            if (Number.isNaN(w)) lacks = true;
            width = width + (w * size * 100) / 1e5;
            before = code;
            if (++i === text.length) break;
            code = text.charCodeAt(i);
          } while (!isSpace(code) && !breaksBetween(before, code));
        }
        this.piece = width;
        if (lacks) this.lacking = true;
      }
    }
    return this.endToken(line);
  }

  // What `text` is reading: the token (NONE at a run of text's start), its width (the pieces before the last), the
  // width of its spaces other than U+0020, their count, whether it has a character the tables lack, its pieces' fonts
  // (a word's); its last piece's font, width and other spaces' width.
  private kind = NONE;
  private total = 0;
  private others = 0;
  private count = 0;
  private lacking = false;
  private fontCount = 0;
  private pieceFont: Font | undefined;
  private piece = 0;
  private other = 0;
  private hasOther = false;
  // The last heights a font was added to, and the font: the same heights with it added again.
  private checkedFont: Font | undefined;
  private checked: Heights | undefined;

  /**
   * Goes on with a token of this kind in this font: a new token when `starts` (the one read so far placed first), or
   * a new piece of the same token where the font changes.
   */
  private enter(line: State, kind: number, font: Font, starts: boolean): State {
    if (starts) {
      const placed = this.endToken(line);
      this.kind = kind;
      this.startPiece(font);
      return placed;
    }
    if (this.pieceFont !== font) {
      this.endPiece();
      this.startPiece(font);
    }
    return line;
  }

  private endPiece(): void {
    this.total += (this.piece * 100) / 100;
    if (this.hasOther) this.others += (this.other * 100) / 100;
  }

  private startPiece(font: Font): void {
    this.pieceFont = font;
    this.piece = 0;
    this.other = 0;
    this.hasOther = false;
    if (this.kind === WORD) this.fonts[this.fontCount++] = font;
  }

  /** The token read placed, as `word` or `space` would place it. */
  private endToken(given: State): State {
    if (this.kind === NONE) return given;
    let line = given;
    this.endPiece();
    if (this.lacking) throw new Unsupported('a character the width tables lack');
    if (this.kind === WORD) {
      line = this.placeWord(line, this.total);
      let heights = line.heights;
      for (let i = 0; i < this.fontCount; i++) {
        const font = this.fonts[i]!;
        // Heights are never changed in place: those a font was just added to are the same with it added again.
        if (font !== this.checkedFont || heights !== this.checked) {
          heights =
            this.numberFonts.size > 0 && this.numberFonts.has(font)
              ? withNumberFont(heights, font)
              : withFont(heights, font);
          this.checkedFont = font;
          this.checked = heights;
        }
      }
      line.heights = heights;
    } else Breaker.placeSpaces(line, this.total, this.count, this.others);
    this.kind = NONE;
    this.total = 0;
    this.others = 0;
    this.count = 0;
    this.fontCount = 0;
    return line;
  }
}

/**
 * Where the text after a paragraph's last tab begins if `text` can read it (text and bookmarks, no list number, no
 * picture in the paragraph, no code unit a script check may refuse, which tokenizeText refuses first), or -1.
 */
function fusedFrom(items: Item[]): number {
  let from = 0;
  for (let i = 0; i < items.length; i++) {
    const type = items[i]!.type;
    if (type === 'tab') from = i + 1;
    else if (type === 'box') return -1;
  }
  for (let i = from; i < items.length; i++) {
    const item = items[i]!;
    if (item.type === 'marker') continue;
    if (item.type !== 'text' || item.number === true || hasRefusedUnit(item.text)) return -1;
  }
  return from;
}

/** A paragraph's lines at a width (its column's, or its cell's text width). */
export function layoutLines(paragraph: Paragraph, width: number, context: LineContext): Line[] {
  const breaker = new Breaker(paragraph, width, context.measure);
  const from = fusedFrom(paragraph.items);
  if (from >= 0) return breaker.runFused(paragraph.items, from, context.referenceText);
  return breaker.run(tokensOf(paragraph.items, context.referenceText));
}
