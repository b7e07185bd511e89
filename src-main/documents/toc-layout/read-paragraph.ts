import {
  combine,
  readParagraphFormat,
  readRunFormat,
  type ParagraphFormat,
  type RunFormat,
  type TabStop,
} from './formats';
import { FONT_NAME, type Font, type Format, type Item, type Numbering, type Paragraph } from './model';
import type { Styles } from './styles-read';
import {
  attributesOf,
  childNamed,
  childrenOf,
  isNode,
  numberOf,
  tagOf,
  Unsupported,
  valueOf,
  type XmlNode,
} from './tree';

/**
 * A paragraph read as docx's layout reads it (readParagraph, readRun): its formatting from the document's defaults,
 * the table's style, its style's chain, its list level and its own properties, in that order; its text in runs of
 * Arial, its tabs, bookmarks, bullet, and the page references of a table of contents. Anything else is refused.
 */

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
    else if (tag === 'w:drawing') items.push(readDrawing(child, fontNow()));
    else throw new Unsupported(`${String(tag)} in a run`);
  }
}

const EMUS_PER_POINT = 12700;

/**
 * A picture in the line as docx's layout reads it (readDrawing): a box as wide and tall as its extent, its effects and
 * the room around it, in EMUs. A picture placed on the page, text flowing round it, is refused.
 */
function readDrawing(drawing: XmlNode, font: Font): Item {
  const [inline, ...more] = childrenOf(drawing, 'w:drawing').filter(isNode);
  if (!inline || more.length > 0 || tagOf(inline) !== 'wp:inline') throw new Unsupported('a drawing placed on the page');
  if (font.lineSize !== undefined) throw new Unsupported('a picture raised or lowered');
  const children = childrenOf(inline, 'wp:inline');
  const extent = attributesOf(childNamed(children, 'wp:extent'), 'wp:extent');
  const effect = attributesOf(childNamed(children, 'wp:effectExtent'), 'wp:effectExtent');
  const around = attributesOf(inline, 'wp:inline');
  const emus = (...values: unknown[]) => values.reduce<number>((total, value) => total + (numberOf(value) ?? 0), 0);
  return {
    type: 'box',
    width: emus(extent['cx'], effect['l'], effect['r'], around['distL'], around['distR']) / EMUS_PER_POINT,
    height: emus(extent['cy'], effect['t'], effect['b'], around['distT'], around['distB']) / EMUS_PER_POINT,
    font,
  };
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
export type TableFormats = Array<{ run: RunFormat; paragraph: ParagraphFormat }>;

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
