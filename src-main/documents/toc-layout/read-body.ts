import {
  combine,
  readParagraphFormat,
  readRunFormat,
  type ParagraphFormat,
  type RunFormat,
  type TabStop,
} from './formats';
import type { Styles } from './styles-read';
import {
  attributesOf,
  childNamed,
  childrenOf,
  isNode,
  numberOf,
  onlyKnown,
  tagOf,
  Unsupported,
  valueOf,
  type XmlNode,
} from './tree';

/**
 * A document's body (or a header, a footer) read into paragraphs and tables, as docx's layout reads them (readContent,
 * readParagraph, readTable), for what our documents hold: text in Arial, tabs, bookmarks, bullets, page references in
 * a table of contents, tables on a grid. Anything else is refused (Unsupported).
 */

export const FONT_NAME = 'Arial';

/** Text as the layout measures it, in points. `lineSize` is the line of a superscript's own text size. */
export interface Font {
  bold: boolean;
  italic: boolean;
  size: number;
  lineSize?: number | undefined;
}

export type Item =
  | { type: 'text'; text: string; font: Font; number?: boolean }
  | { type: 'tab'; font: Font; separator?: boolean }
  | { type: 'marker'; name: string }
  | { type: 'reference'; bookmark: string; font: Font };

export interface Format {
  spaceBefore: number;
  spaceAfter: number;
  lineMultiple: number | undefined;
  indentLeft: number;
  indentRight: number;
  firstLineIndent: number;
  alignment: 'left' | 'center' | 'right' | 'justified';
  keepNext: boolean;
  keepLines: boolean;
  widowControl: boolean;
  pageBreakBefore: boolean;
}

export interface Paragraph {
  type: 'paragraph';
  items: Item[];
  format: Format;
  tabStops: TabStop[];
  markFont: Font;
}

export interface Cell {
  /** The room for its text: its grid columns less its margins. */
  width: number;
  marginTop: number;
  marginBottom: number;
  blocks: Paragraph[];
}

export interface Row {
  header: boolean;
  cantSplit: boolean;
  cells: Cell[];
  borderTop: number;
  borderBottom: number;
  /** The border drawn under it where the table breaks below it. */
  breakBorder: number;
}

export interface Table {
  type: 'table';
  rows: Row[];
}

export type Block = Paragraph | Table;

/** The numbering of the document: each list's levels, by its w:numId. */
export type Numbering = Map<
  string,
  Array<{ text: string; bullet: boolean; paragraph: ParagraphFormat; run: RunFormat; tab: boolean }>
>;

export function readNumbering(tree: XmlNode): Numbering {
  const children = childrenOf(tree, 'w:numbering');
  const abstract = new Map<string, XmlNode>();
  for (const child of children)
    if (isNode(child) && 'w:abstractNum' in child)
      abstract.set(String(attributesOf(child, 'w:abstractNum')['w:abstractNumId']), child);
  const out: Numbering = new Map();
  for (const child of children) {
    if (!isNode(child) || !('w:num' in child)) continue;
    const own = childrenOf(child, 'w:num');
    const definition = abstract.get(String(valueOf(own, 'w:abstractNumId')));
    if (!definition) continue;
    const levels: NonNullable<ReturnType<Numbering['get']>> = [];
    for (const level of childrenOf(definition, 'w:abstractNum')) {
      if (!isNode(level) || !('w:lvl' in level)) continue;
      const l = childrenOf(level, 'w:lvl');
      const jc = valueOf(l, 'w:lvlJc') ?? 'left';
      const suffix = valueOf(l, 'w:suff') ?? 'tab';
      levels[numberOf(attributesOf(level, 'w:lvl')['w:ilvl']) ?? 0] = {
        text: String(attributesOf(childNamed(l, 'w:lvlText'), 'w:lvlText')['w:val'] ?? ''),
        bullet:
          valueOf(l, 'w:numFmt') === 'bullet' &&
          (jc === 'left' || jc === 'start') &&
          (suffix === 'tab' || suffix === 'nothing'),
        paragraph: readParagraphFormat(childNamed(l, 'w:pPr')),
        run: readRunFormat(childNamed(l, 'w:rPr')),
        tab: suffix === 'tab',
      };
    }
    out.set(String(attributesOf(child, 'w:num')['w:numId']), levels);
  }
  return out;
}

/** docx's layout: a share of a size to the nearest half-point, down from a quarter (superscript is 65 %). */
const nearestHalfPoint = (size: number, share: number) => Math.ceil(size * 2 * share - 0.5 - 1e-9) / 2;

function fontOf(run: RunFormat): Font {
  if ((run.font ?? 'Times New Roman') !== FONT_NAME) throw new Unsupported('a font other than Arial');
  const size = run.size ?? 10;
  const font: Font = { bold: run.bold === true, italic: run.italic === true, size };
  if (run.verticalAlign === 'superscript' || run.verticalAlign === 'subscript') {
    font.size = nearestHalfPoint(size, 0.65);
    font.lineSize = size;
  }
  return font;
}

function resolved(format: ParagraphFormat): Format {
  return {
    spaceBefore: format.spaceBefore ?? 0,
    spaceAfter: format.spaceAfter ?? 0,
    lineMultiple: format.lineMultiple,
    indentLeft: format.indentLeft ?? 0,
    indentRight: format.indentRight ?? 0,
    firstLineIndent: format.firstLineIndent ?? 0,
    alignment: format.alignment ?? 'left',
    keepNext: format.keepNext === true,
    keepLines: format.keepLines === true,
    widowControl: format.widowControl !== false,
    pageBreakBefore: format.pageBreakBefore === true,
  };
}

/** Tab stops, later formats' replacing earlier ones at the same place. */
function tabStopsOf(formats: ParagraphFormat[]): TabStop[] {
  const stops = new Map<number, TabStop>();
  for (const format of formats) for (const stop of format.tabs ?? []) stops.set(stop.position, stop);
  return [...stops.values()].sort((a, b) => a.position - b.position);
}

interface Field {
  instruction: string;
  /** Past its separator: its result is shown, but for a page reference's, which the layout writes itself. */
  result: boolean;
  reference?: string | undefined;
}

/** The state kept across a part's paragraphs: the open fields (a table of contents spans several paragraphs). */
export interface ReadState {
  fields: Field[];
  /** Whether PAGE and NUMPAGES fields may be read (headers and footers), as short numbers. */
  inPart: boolean;
}

const PAGE_FIELD = /^\s*(PAGEREF|NUMPAGES|SECTIONPAGES|PAGE|SECTION|DATE|TIME)\b/i;

function readRun(run: XmlNode, paragraphRun: RunFormat, state: ReadState, items: Item[]): void {
  const children = childrenOf(run, 'w:r');
  const format = combine([paragraphRun, readRunFormat(childNamed(children, 'w:rPr'))]);
  let font: Font | undefined;
  const fontNow = () => (font ??= fontOf(format));
  for (const child of children) {
    if (!isNode(child)) continue;
    const tag = tagOf(child);
    if (tag === 'w:rPr') continue;
    const field = state.fields.at(-1);
    if (tag === 'w:fldChar') {
      const kind = attributesOf(child, tag)['w:fldCharType'];
      if (kind === 'begin') state.fields.push({ instruction: '', result: false });
      else if (kind === 'separate' && field) {
        field.result = true;
        const page = PAGE_FIELD.exec(field.instruction);
        if (page) {
          const name = page[1]!.toUpperCase();
          if (name === 'PAGEREF') {
            const bookmark = /^\s*PAGEREF\s+(\S+)/i.exec(field.instruction)?.[1];
            if (!bookmark || /\\p\b|\\\*/.test(field.instruction))
              throw new Unsupported('a page reference of another form');
            field.reference = bookmark;
            items.push({ type: 'reference', bookmark, font: fontNow() });
          } else if ((name === 'PAGE' || name === 'NUMPAGES') && state.inPart) {
            field.reference = name;
            items.push({ type: 'text', text: '0', font: fontNow() });
          } else throw new Unsupported(`a ${name} field`);
        }
      } else if (kind === 'end' && field) {
        if (!field.result) throw new Unsupported('a field without a result');
        state.fields.pop();
      } else throw new Unsupported('a field character out of place');
      continue;
    }
    if (tag === 'w:instrText') {
      if (!field || field.result) throw new Unsupported('field instructions out of place');
      field.instruction += childrenOf(child, tag)
        .filter((c) => typeof c === 'string')
        .join('');
      continue;
    }
    // Between a field's start and its separator, or in a page reference's own result, nothing is shown.
    if (field && (!field.result || field.reference !== undefined)) {
      if (tag === 'w:t' || tag === 'w:tab') continue;
      throw new Unsupported(`${tag} in a field`);
    }
    if (tag === 'w:t') {
      const text = childrenOf(child, tag)
        .filter((c) => typeof c === 'string')
        .join('');
      if (/\u00ad|\u200b|\u200d|\u2011|[\t\n\r]/.test(text))
        throw new Unsupported('a soft hyphen, a joiner or a break in text');
      if (text.length > 0) items.push({ type: 'text', text, font: fontNow() });
    } else if (tag === 'w:tab') items.push({ type: 'tab', font: fontNow() });
    else throw new Unsupported(`${String(tag)} in a run`);
  }
}

function readInline(elements: unknown[], paragraphRun: RunFormat, state: ReadState, items: Item[]): void {
  for (const element of elements) {
    if (!isNode(element)) continue;
    const tag = tagOf(element);
    if (tag === 'w:pPr') continue;
    if (tag === 'w:r') readRun(element, paragraphRun, state, items);
    else if (tag === 'w:hyperlink') readInline(childrenOf(element, tag), paragraphRun, state, items);
    else if (tag === 'w:bookmarkStart') {
      const name = attributesOf(element, tag)['w:name'];
      if (typeof name === 'string') items.push({ type: 'marker', name });
    } else if (tag === 'w:bookmarkEnd') continue;
    else if (tag === 'w:sdt')
      readInline(
        childrenOf(childNamed(childrenOf(element, tag), 'w:sdtContent'), 'w:sdtContent'),
        paragraphRun,
        state,
        items,
      );
    else throw new Unsupported(`${String(tag)} in a paragraph`);
  }
}

/** Table formats given to the paragraphs of a cell before their own styles (docx's layout: table style, then row's). */
type TableFormats = Array<{ run: RunFormat; paragraph: ParagraphFormat }>;

export function readParagraph(
  element: XmlNode,
  styles: Styles,
  numbering: Numbering,
  state: ReadState,
  tableFormats: TableFormats = [],
): Paragraph {
  const children = childrenOf(element, 'w:p');
  const properties = childrenOf(childNamed(children, 'w:pPr'), 'w:pPr');
  const style = valueOf(properties, 'w:pStyle');
  const chain = [...tableFormats, ...styles.paragraphChain(typeof style === 'string' ? style : undefined)];
  const paragraphRun = combine([styles.run, ...chain.map((s) => s.run)]);
  const markRun = combine([paragraphRun, readRunFormat(childNamed(properties, 'w:rPr'))]);
  const formats = [styles.paragraph, ...chain.map((s) => s.paragraph)];
  const numPr = childrenOf(childNamed(properties, 'w:numPr'), 'w:numPr');
  const items: Item[] = [];
  if (numPr.length > 0) {
    const levels = numbering.get(String(valueOf(numPr, 'w:numId')));
    const level = levels?.[numberOf(valueOf(numPr, 'w:ilvl')) ?? 0];
    if (!level) throw new Unsupported('a list without its level');
    if (!level.bullet || /%[1-9]/.test(level.text)) throw new Unsupported('a numbered list');
    formats.push(level.paragraph);
    const font = fontOf(combine([markRun, level.run]));
    if (level.text.length > 0) items.push({ type: 'text', text: level.text, font, number: true });
    if (level.tab) items.push({ type: 'tab', font, separator: true });
  }
  formats.push(readParagraphFormat(childNamed(children, 'w:pPr')));
  readInline(children, paragraphRun, state, items);
  return {
    type: 'paragraph',
    items,
    format: resolved(combine(formats)),
    tabStops: tabStopsOf(formats),
    markFont: fontOf(markRun),
  };
}

const twipsToPoints = (value: unknown) => (numberOf(value) ?? 0) / 20;

function readTable(element: XmlNode, styles: Styles, numbering: Numbering, state: ReadState): Table {
  const children = childrenOf(element, 'w:tbl');
  const tblPr = childrenOf(childNamed(children, 'w:tblPr'), 'w:tblPr');
  onlyKnown(tblPr, new Set(['w:tblStyle', 'w:tblW', 'w:tblLayout']), 'table property');
  if (attributesOf(childNamed(tblPr, 'w:tblLayout'), 'w:tblLayout')['w:type'] !== 'fixed')
    throw new Unsupported('a table that fits its text');
  const style = styles.table(valueOf(tblPr, 'w:tblStyle') as string | undefined);
  const grid = childrenOf(childNamed(children, 'w:tblGrid'), 'w:tblGrid').map((col) =>
    twipsToPoints(attributesOf(col as XmlNode, 'w:gridCol')['w:w']),
  );
  const rowElements = children.filter((c) => isNode(c) && 'w:tr' in c) as XmlNode[];
  const { borders, margins } = style;
  const rows = rowElements.map((row, index): Row => {
    const own = childrenOf(row, 'w:tr');
    const trPr = childrenOf(childNamed(own, 'w:trPr'), 'w:trPr');
    onlyKnown(trPr, new Set(['w:cantSplit', 'w:tblHeader']), 'row property');
    const first = index === 0 && style.firstRow ? [{ run: style.firstRow.run, paragraph: {} }] : [];
    const formats: TableFormats = [{ run: style.run, paragraph: style.paragraph }, ...first];
    let column = 0;
    const cells = (own.filter((c) => isNode(c) && 'w:tc' in c) as XmlNode[]).map((cell, at, all): Cell => {
      const content = childrenOf(cell, 'w:tc');
      const tcPr = childrenOf(childNamed(content, 'w:tcPr'), 'w:tcPr');
      onlyKnown(tcPr, new Set(['w:tcW', 'w:gridSpan', 'w:shd', 'w:vAlign']), 'cell property');
      const span = numberOf(valueOf(tcPr, 'w:gridSpan')) ?? 1;
      if (column + span > grid.length) throw new Unsupported('a cell past the table grid');
      const gridWidth = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      // Without cell spacing, a cell's text starts past its margin or half its side border, whichever is wider.
      const left = Math.max(margins.left, (at === 0 ? borders.left : borders.insideV) / 2);
      const right = Math.max(margins.right, (at === all.length - 1 ? borders.right : borders.insideV) / 2);
      const blocks = content
        .filter((c) => isNode(c) && tagOf(c) !== 'w:tcPr')
        .map((c) => {
          if (!isNode(c) || !('w:p' in c)) throw new Unsupported('a table or control in a cell');
          return readParagraph(c, styles, numbering, state, formats);
        });
      return {
        width: gridWidth - left - right,
        marginTop: margins.top,
        marginBottom: margins.bottom,
        blocks,
      };
    });
    if (column !== grid.length) throw new Unsupported('a row that does not fill the grid');
    return {
      header: childNamed(trPr, 'w:tblHeader') !== undefined,
      cantSplit: childNamed(trPr, 'w:cantSplit') !== undefined,
      cells,
      borderTop: index === 0 ? borders.top : borders.insideH,
      borderBottom: index === rowElements.length - 1 ? borders.bottom : 0,
      breakBorder: borders.bottom,
    };
  });
  return { type: 'table', rows };
}

/** A body's or part's blocks, in order; a body's section properties are returned apart. */
export function readBlocks(
  elements: unknown[],
  styles: Styles,
  numbering: Numbering,
  state: ReadState,
  out: Block[] = [],
): { blocks: Block[]; section?: XmlNode | undefined } {
  let section: XmlNode | undefined;
  for (const element of elements) {
    if (!isNode(element)) continue;
    const tag = tagOf(element);
    if (tag === 'w:p') {
      if (childNamed(childrenOf(childNamed(childrenOf(element, tag), 'w:pPr'), 'w:pPr'), 'w:sectPr'))
        throw new Unsupported('a section break');
      out.push(readParagraph(element, styles, numbering, state));
    } else if (tag === 'w:tbl') out.push(readTable(element, styles, numbering, state));
    else if (tag === 'w:sdt')
      readBlocks(
        childrenOf(childNamed(childrenOf(element, tag), 'w:sdtContent'), 'w:sdtContent'),
        styles,
        numbering,
        state,
        out,
      );
    else if (tag === 'w:sectPr') section = element;
    else if (tag === 'w:bookmarkStart' || tag === 'w:bookmarkEnd')
      throw new Unsupported('a bookmark between blocks');
    else throw new Unsupported(`${String(tag)} in the body`);
  }
  return { blocks: out, section };
}
