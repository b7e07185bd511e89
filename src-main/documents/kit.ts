import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TextRun,
  type ISectionOptions,
  type PageNumberEstimator,
  type ParagraphChild,
} from 'docx';
import type { Locale } from '../../src-shared/i18n/catalogues';
import { typeset } from '../../src-shared/i18n/typography';
import { programmeFacts, type ProgrammeFacts } from '../../src-shared/method/facts';
import { authorPhrases } from '../../src-shared/method/lead-author';
import {
  hasMarker,
  isMissing,
  markerText,
  textWithMarkers,
  type DocPhrases,
  type Line,
  type Missing,
  type Piece,
} from '../../src-shared/method/pieces';
import type { Block, AuthoritySettings, ProgrammeSnapshot, RichText } from '../../src-shared/model';
import { fitInto, imageSize } from './image-size';
import { packDocument, shareStylesAmong, stylesFormattedFor } from './packer';
import { tocPageNumbers } from './page-numbers';
import { stylesReadFor } from './toc-layout/estimate';
import { RawXml } from './raw-xml/block';
import { LayoutRefused } from './raw-xml/body';
import { isParagraphSpec, type ParagraphSpec, type RunSpec, type TableSpec } from './raw-xml/spec';
import { SpecParagraph } from './raw-xml/spec-paragraph';
import { buildTable, docxParagraph, textRunOf } from './raw-xml/tables';
import { documentNumbering, documentStyles, EXTERNAL_STYLES, STYLE, TABLE_STYLE } from './styles';

/** What every builder receives; `markers` collects each missing value it had to mark. */
export interface RenderContext {
  snapshot: ProgrammeSnapshot;
  settings: AuthoritySettings;
  locale: Locale;
  draft: boolean;
  p: DocPhrases;
  /** What the documents say about the programme (one facts module for every document). */
  facts: ProgrammeFacts;
  markers: Missing[];
  /**
   * Tables (the rapport: its whole body) written directly as WordprocessingML (raw-xml/), much lighter than docx's
   * objects. Only for a document that pack() writes: a template is filled by docx's patcher, which cannot expand them.
   */
  rawTables: boolean;
  /**
   * The runs of each string piece this document printed, by style: typography runs once per distinct text (large
   * annexes repeat most of theirs: amounts, units, years). By the style's flags, then by the text itself (no key
   * string made per lookup).
   */
  runCache: Map<string, Map<string, readonly RunSpec[]>>;
}

export function renderContext(
  snapshot: ProgrammeSnapshot,
  settings: AuthoritySettings,
  locale: Locale,
  draft: boolean,
  options: { rawTables?: boolean } = {},
): RenderContext {
  return {
    snapshot,
    settings,
    locale,
    draft,
    p: authorPhrases(locale, settings.authorityType),
    facts: programmeFacts(snapshot, settings, locale),
    markers: [],
    rawTables: options.rawTables ?? false,
    runCache: new Map(),
  };
}

/** Text runs of a line: typeset strings; each missing value as a highlighted, bold marker (recorded). */
export function runs(
  ctx: RenderContext,
  line: Line | Piece,
  style: { bold?: boolean; italics?: boolean } = {},
): TextRun[] {
  return runSpecs(ctx, line, style).map(textRunOf);
}

/** The runs of a line as data (what `runs` makes docx objects of, and raw tables write directly). */
export function runSpecs(
  ctx: RenderContext,
  line: Line | Piece,
  style: { bold?: boolean; italics?: boolean } = {},
): RunSpec[] {
  const flags = style.bold ? (style.italics ? 'bi' : 'b') : style.italics ? 'i' : '';
  let cache = ctx.runCache.get(flags);
  if (!cache) ctx.runCache.set(flags, (cache = new Map()));
  const out: RunSpec[] = [];
  for (const piece of Array.isArray(line) ? line : [line]) {
    if (isMissing(piece)) {
      out.push(markerRun(ctx, piece));
      continue;
    }
    const known = cache.get(piece);
    if (known) {
      for (const run of known) out.push(run);
      continue;
    }
    // A marker typed into the officer's text is as missing as one the app wrote: highlighted, and recorded (each
    // time, so such a text is never cached).
    if (hasMarker(piece)) {
      for (const p of textWithMarkers(piece, 'documents.typedMarker'))
        if (isMissing(p)) out.push(markerRun(ctx, p));
        else out.push(...textRuns(p, ctx.locale, style));
      continue;
    }
    const made = textRuns(piece, ctx.locale, style);
    cache.set(piece, made);
    for (const run of made) out.push(run);
  }
  return out;
}

function markerRun(ctx: RenderContext, piece: Missing): RunSpec {
  ctx.markers.push(piece);
  return { text: markerText(piece, ctx.locale), bold: true, highlight: 'yellow' };
}

/** Splits "du 1er janvier" into "du 1", "er", " janvier" (odd parts are the ordinal's letters). */
const ORDINAL = /(?<=(?<![\p{L}\d.,])\d{1,3})(er|re|ers|res|e|es)(?=[\s\u00a0\u202f,.;:)]|$)/u;

/** Typeset text; in French "1er", "2e" with the ordinal's letters in superscript, as French typography prints them. */
function textRuns(piece: string, locale: Locale, style: { bold?: boolean; italics?: boolean }): RunSpec[] {
  const text = typeset(piece, locale);
  const parts = locale === 'fr' ? text.split(ORDINAL) : [text];
  const out: RunSpec[] = [];
  parts.forEach((part, i) => {
    // Only properties that are on: an explicit "bold: false" would write run properties into every cell.
    if (part)
      out.push({
        text: part,
        ...(style.bold ? { bold: true } : {}),
        ...(style.italics ? { italics: true } : {}),
        ...(i % 2 === 1 ? { superScript: true } : {}),
      });
  });
  return out;
}

/** How a paragraph of the documents may be set: its style, weight, alignment and place on the page. */
export interface ParagraphOptions {
  style?: string;
  bold?: boolean;
  alignment?: 'center' | 'right' | 'justified';
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

/** A paragraph as data, its runs made now (so missing values are recorded in reading order). */
export function paragraphSpec(ctx: RenderContext, line: Line | Piece, options: ParagraphOptions = {}): ParagraphSpec {
  const spec: ParagraphSpec = { runs: runSpecs(ctx, line, options.bold ? BOLD : PLAIN) };
  if (options.style) spec.style = options.style;
  if (options.alignment) spec.alignment = options.alignment === 'justified' ? 'both' : options.alignment;
  if (options.keepNext) spec.keepNext = true;
  if (options.pageBreakBefore) spec.pageBreakBefore = true;
  return spec;
}
const BOLD = { bold: true };
const PLAIN = {};

export const para = (ctx: RenderContext, line: Line | Piece, options: ParagraphOptions = {}): Paragraph =>
  paragraphOf(ctx, paragraphSpec(ctx, line, options));

/**
 * A described paragraph as docx's: in a document pack() writes, one that writes itself from its description where it
 * can (raw-xml/spec-paragraph.ts); for a template, docx's own.
 */
export const paragraphOf = (ctx: RenderContext, spec: ParagraphSpec): Paragraph =>
  ctx.rawTables ? new SpecParagraph(spec) : docxParagraph(spec);

export const headingSpec = (
  ctx: RenderContext,
  level: 1 | 2 | 3,
  line: Line | Piece,
  pageBreakBefore = false,
): ParagraphSpec =>
  paragraphSpec(ctx, line, {
    style: level === 1 ? STYLE.heading1 : level === 2 ? STYLE.heading2 : STYLE.heading3,
    pageBreakBefore,
  });

export const heading = (
  ctx: RenderContext,
  level: 1 | 2 | 3,
  line: Line | Piece,
  pageBreakBefore = false,
): Paragraph => paragraphOf(ctx, headingSpec(ctx, level, line, pageBreakBefore));

/** Plain text with line breaks → paragraphs; an empty text becomes one marker (or "Non renseigné." when optional). */
export function textBlockSpecs(
  ctx: RenderContext,
  text: string,
  ifEmpty: Missing | 'optional',
  style?: string,
): ParagraphSpec[] {
  const paragraphs = text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (!paragraphs.length)
    return [paragraphSpec(ctx, ifEmpty === 'optional' ? ctx.p.notProvided : [ifEmpty], { style: style ?? 'Normal' })];
  const focus = ifEmpty === 'optional' ? null : ifEmpty.focus;
  return paragraphs.map((t) =>
    paragraphSpec(ctx, focus ? textWithMarkers(t, focus) : t, { alignment: 'justified', ...(style ? { style } : {}) }),
  );
}

export const textBlock = (ctx: RenderContext, text: string, ifEmpty: Missing | 'optional', style?: string): Paragraph[] =>
  textBlockSpecs(ctx, text, ifEmpty, style).map((spec) => paragraphOf(ctx, spec));

/** Rich text blocks (diagnosis sections) → paragraphs and lists, as data. */
export function richTextSpecs(ctx: RenderContext, blocks: RichText): ParagraphSpec[] {
  const inline = (children: Array<{ text: string; bold?: boolean | undefined; italic?: boolean | undefined }>) =>
    children.map(
      (c): RunSpec => ({
        text: typeset(c.text, ctx.locale),
        ...(c.bold ? { bold: true } : {}),
        ...(c.italic ? { italics: true } : {}),
      }),
    );
  const out: ParagraphSpec[] = [];
  for (const block of blocks as Block[]) {
    if (block.type === 'paragraph') out.push({ alignment: 'both', runs: inline(block.children) });
    else
      for (const item of block.items)
        out.push(
          block.type === 'bullet'
            ? { bullet: true, runs: inline(item) }
            : { numbering: NUMBERED_LIST, runs: inline(item) },
        );
  }
  return out;
}

/** The numbered list of rich text (styles.ts's documentNumbering). */
const NUMBERED_LIST = 'list-numbered';

export const bulletSpec = (ctx: RenderContext, line: Line | Piece): ParagraphSpec => ({
  bullet: true,
  runs: runSpecs(ctx, line),
});

export const bullet = (ctx: RenderContext, line: Line | Piece): Paragraph => paragraphOf(ctx, bulletSpec(ctx, line));

/** A paragraph with nothing in it (a table cell must hold one). */
export const EMPTY = (): Paragraph => new Paragraph({});
const EMPTY_SPEC: ParagraphSpec = { runs: [] };

/** What a table cell holds: a line, its paragraphs as data (cellText), or docx paragraphs (then built the docx way). */
export type CellContent = Line | Piece | ParagraphSpec[] | Paragraph[];
export type TableBlock = Table | RawXml;

/** A table in the shared table style; the first row repeats on each page. Widths in percent of the text width. */
export const table = (...args: Parameters<typeof tableSpec>): TableBlock => buildTable(args[0].rawTables, tableSpec(...args));

/** The same table, described (what `table` writes, one way or the other). */
export function tableSpec(
  ctx: RenderContext,
  header: string[],
  rows: CellContent[][],
  widths: number[],
  options: { boldLastRow?: boolean; landscape?: boolean; numeric?: number[] } = {},
): TableSpec {
  // Column widths live once in the table grid (not on each cell): large annexes stay light to write and to open.
  const textWidth = options.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  const grid = fitHeaderWords(
    header,
    widths.map((w) => Math.round((w / 100) * textWidth)),
  );
  const cell = (content: CellContent, isHeader: boolean, column: number, bold = false) => ({
    paragraphs:
      Array.isArray(content) && content.length > 0 && (content[0] instanceof Paragraph || isParagraphSpec(content[0]))
        ? described(content as ParagraphSpec[] | Paragraph[])
        : content === '' && !isHeader
          ? [EMPTY_SPEC] // empty cells are many in large annexes: the lightest paragraph Word accepts
          : [
              paragraphSpec(ctx, content as Line | Piece, {
                style: isHeader ? STYLE.tableHeader : STYLE.tableText,
                bold,
                ...(options.numeric?.includes(column) ? { alignment: 'right' as const } : {}),
              }),
            ],
  });
  return {
    style: TABLE_STYLE,
    width: grid.reduce((a, b) => a + b, 0),
    grid,
    rows: [
      ...(header.length
        ? [{ tableHeader: true, cantSplit: true, cells: header.map((h, i) => cell(h, true, i)) }]
        : []),
      ...rows.map((r, index) => ({
        cantSplit: true,
        cells: r.map((c, i) => cell(c, false, i, options.boldLastRow === true && index === rows.length - 1)),
      })),
    ],
  };
}

/** Paragraphs that are all described (SpecParagraph) as their descriptions: a table of them stays raw data. */
const described = (paragraphs: ParagraphSpec[] | Paragraph[]): ParagraphSpec[] | Paragraph[] =>
  paragraphs.every((p) => p instanceof SpecParagraph) ? paragraphs.map((p) => (p as SpecParagraph).spec) : paragraphs;

/** Twips a header character may take (bold, 8.5 pt, wide letters counted) and a cell's side margins. */
const HEADER_CHAR = 105;
const CELL_MARGINS = 200;

/**
 * Widens the columns whose header holds a word longer than the column, taking the width from the columns that have
 * room to spare, so a header never breaks inside a word ("Ventila-tion"). A column asks for at most a quarter of the
 * table.
 */
export function fitHeaderWords(columnWords: string[], grid: number[]): number[] {
  const cap = grid.reduce((a, b) => a + b, 0) / 4;
  const need = grid.map((_, i) => {
    const longest = Math.max(0, ...(columnWords[i] ?? '').split(/[\s\u00a0\u202f/-]+/).map((w) => w.length));
    return Math.min(cap, longest * HEADER_CHAR + CELL_MARGINS);
  });
  const out = [...grid];
  const missing = out.reduce((sum, w, i) => sum + Math.max(0, need[i]! - w), 0);
  if (missing === 0) return out;
  out.forEach((w, i) => (out[i] = Math.max(w, need[i]!)));
  // Take the missing width from the others, in proportion to what each can spare.
  const spare = out.map((w, i) => (grid[i]! > need[i]! ? w - need[i]! : 0));
  const total = spare.reduce((a, b) => a + b, 0);
  if (total <= 0) return out;
  const ratio = Math.min(1, missing / total);
  out.forEach((w, i) => (out[i] = Math.round(w - spare[i]! * ratio)));
  return out;
}

/** A cell's paragraphs from a multi-line text (tables of the logframe). */
export function cellText(ctx: RenderContext, text: string): ParagraphSpec[] {
  if (!text.trim()) return [EMPTY_SPEC];
  const lines = text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean);
  return (lines.length ? lines : ['']).map((t) => paragraphSpec(ctx, t, { style: STYLE.tableText }));
}

function headerOf(ctx: RenderContext, documentTitle: string): Header {
  const children: ParagraphChild[] = [];
  const logo = ctx.settings.logo;
  if (logo) {
    const data = new Uint8Array(Buffer.from(logo.base64, 'base64'));
    children.push(
      new ImageRun({
        type: logo.mimeType === 'image/png' ? 'png' : 'jpg',
        data,
        transformation: fitInto(imageSize(data), { width: 120, height: 44 }),
        altText: {
          name: 'logo',
          title: ctx.settings.name || 'logo',
          description: ctx.settings.name || 'logo',
        },
      }),
      new TextRun({ text: '  ' }),
    );
  }
  children.push(
    ...runs(ctx, ctx.settings.name.trim() || { missing: 'authorityName', focus: 'settings.name' }, {
      bold: true,
    }),
  );
  const rows = [
    new Paragraph({ children, style: STYLE.small, alignment: AlignmentType.LEFT }),
    new Paragraph({
      children: [new TextRun({ text: typeset(documentTitle, ctx.locale), italics: true })],
      style: STYLE.small,
      alignment: AlignmentType.RIGHT,
    }),
  ];
  if (ctx.draft)
    rows.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: ctx.p.draft, bold: true, highlight: 'yellow', size: 18 })],
      }),
    );
  return new Header({ children: rows });
}

function footerOf(ctx: RenderContext): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        style: STYLE.small,
        children: [
          new TextRun({
            children: [`${ctx.p.page} `, PageNumber.CURRENT, ` ${ctx.p.of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

const A4 = { width: 11906, height: 16838 };
/** Width between the margins, in twips (A4 minus the margins below). */
export const TEXT_WIDTH = { portrait: 11906 - 2500, landscape: 16838 - 1800 };
const MARGIN = { top: 1300, bottom: 1100, left: 1250, right: 1250, header: 500, footer: 500 };

export function section(
  ctx: RenderContext,
  documentTitle: string,
  children: ISectionOptions['children'],
  landscape = false,
): ISectionOptions {
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: landscape
          ? { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }
          : { width: A4.width, height: A4.height },
        margin: landscape ? { ...MARGIN, left: 900, right: 900 } : MARGIN,
      },
    },
    headers: { default: headerOf(ctx, documentTitle) },
    footers: { default: footerOf(ctx) },
    children,
  };
}

export function makeDocument(
  ctx: RenderContext,
  title: string,
  sections: ISectionOptions[],
  options: { tableOfContents?: boolean; pageNumbers?: PageNumberEstimator } = {},
): Document {
  // docx's table of contents is filled from the body docx formats: a raw block in it would be a hole.
  if (options.tableOfContents && sections.some((s) => s.children.some((child) => child instanceof RawXml)))
    throw new Error('A document with docx’s table of contents keeps docx objects: its page estimate reads them.');
  const pageNumbers = options.pageNumbers ?? (options.tableOfContents ? tocPageNumbers(STYLES_KIND) : undefined);
  // Once the styles are formatted (packer.ts), pack() writes those in every later document: one whose page layout
  // (if any) will not read them need not make its own again (a fifth of a small document's time). Only pack() can
  // write it then. A raw body's layout (options.pageNumbers) reads the styles it read once, or refuses, and pack()
  // then writes the docx way with styles of its own; docx's layout, behind tocPageNumbers, reads the document's.
  const sharedStyles =
    ctx.rawTables &&
    stylesFormattedFor(STYLES_KIND) &&
    (!pageNumbers || (options.pageNumbers !== undefined && stylesReadFor(STYLES_KIND)));
  const document = new Document({
    // A table of contents gets its page numbers written in (laid out as Word would), so it reads right in
    // LibreOffice and in print too; Word still refreshes it on opening.
    ...(pageNumbers ? { pageNumbers } : {}),
    creator: ctx.settings.authorName || ctx.settings.name || 'Atelier Coop',
    title,
    description: ctx.snapshot.framing.title,
    ...(sharedStyles ? {} : { externalStyles: EXTERNAL_STYLES, styles: documentStyles() }),
    numbering: documentNumbering(),
    features: { updateFields: true },
    sections,
  });
  if (sharedStyles) onlyPackWrites(document);
  return shareStylesAmong(document, STYLES_KIND);
}

/** A document without styles of its own: any writer but pack() (which writes the shared ones) is refused. */
function onlyPackWrites(document: Document): void {
  // docx makes a document's default styles only when asked for them (scripts/patch-docx.mjs): never, here.
  Object.defineProperty(document, 'Styles', { configurable: true, get: () => REFUSED_STYLES });
}
const REFUSED_STYLES = {
  prepForXml: () => {
    throw new Error('This document takes the styles formatted once: only pack() can write it.');
  },
};

/** What makes the styles and theme of every document made above: the same for all (packer.ts formats them once). */
export const STYLES_KIND = JSON.stringify([documentStyles(), EXTERNAL_STYLES]);

/** The same document written as docx objects, for one whose raw body our page layout turns out not to follow. */
const docxWays = new WeakMap<Document, () => Document>();

export function withDocxWay(document: Document, docxWay: () => Document): Document {
  docxWays.set(document, docxWay);
  return document;
}

export async function pack(document: Document): Promise<Uint8Array> {
  try {
    return packDocument(document);
  } catch (error) {
    const docxWay = docxWays.get(document);
    if (!(error instanceof LayoutRefused) || !docxWay) throw error;
    return packDocument(docxWay());
  }
}
