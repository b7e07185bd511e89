import { LeaderType, Paragraph as DocxParagraph, TabStopType, TextRun, type IContext } from 'docx';
import {
  isParagraphSpec,
  isTableSpec,
  isTocSpec,
  type BlockSpec,
  type ParagraphSpec,
  type RunSpec,
  type TableSpec,
} from '../raw-xml/spec';
import { docxParagraph } from '../raw-xml/tables';
import type { TocEntry } from '../raw-xml/toc';
import type { Bookmark } from '../raw-xml/wordml';
import type { LayoutParts } from './estimate';
import type { Block, Cell, Font, Item, Paragraph, Row, Table } from './model';
import { readParagraph, type TableFormats } from './read-paragraph';
import type { Styles } from './styles-read';
import { Unsupported, type XmlNode } from './tree';

/**
 * A described body (raw-xml/) read into the layout's blocks as read-paragraph.ts and read-body.ts read the same body
 * formatted by docx, without formatting it: the formatting of each kind of paragraph and run (its style, properties,
 * the table row it is in) is read once, from an empty paragraph (and a one-run paragraph) docx formats, and the text
 * is put in as the runs give it; a table's grid, borders and margins are read from its description and its style as
 * read-body.ts reads them. The tests compare the pages with those of the same body written by docx.
 */

export interface DescribedBody {
  blocks: readonly BlockSpec[];
  bookmarks: ReadonlyMap<ParagraphSpec, Bookmark>;
  entries: readonly TocEntry[];
  /** The text width the entries' right tab stop is set at, in twips. */
  textWidth: number;
}

/** What read-paragraph.ts refuses in a run's text. */
const UNSUPPORTED_TEXT = /\u00ad|\u200b|\u200d|\u2011|[\t\n\r]/;

const flagsOf = (run: RunSpec) => `${run.bold ? 1 : 0}${run.italics ? 1 : 0}${run.superScript ? 1 : 0}`;
const paragraphKey = (p: ParagraphSpec) =>
  `${p.style ?? ''}|${p.alignment ?? ''}|${p.keepNext ? 1 : 0}${p.pageBreakBefore ? 1 : 0}${p.bullet ? 1 : 0}`;

/**
 * The formats read, by what they depend on: the styles (one object per kind of document, estimate.ts) and, for list
 * items, the list's numbering. Never the text: a format is the same whichever text it is given.
 */
const formatsOf = new WeakMap<Styles, { paragraphs: Map<string, Paragraph>; fonts: Map<string, Font> }>();

export function readSpecs(body: DescribedBody, { styles, numbering }: LayoutParts, context: IContext): Block[] {
  let known = formatsOf.get(styles);
  if (!known) formatsOf.set(styles, (known = { paragraphs: new Map(), fonts: new Map() }));
  const { paragraphs, fonts } = known;
  // A bullet's number and indent come from the document's numbering: part of its key.
  const bullets = JSON.stringify(numbering.get('1') ?? null);
  const formatted = (component: { prepForXml(context: IContext): unknown }) =>
    component.prepForXml({ ...context, stack: [] }) as XmlNode;
  const read = (tree: XmlNode, formats: TableFormats | undefined) =>
    readParagraph(tree, styles, numbering, { fields: [], inPart: false }, formats);

  /** A paragraph's formatting and list number, without its text. */
  const formatOf = (key: string, make: () => DocxParagraph, formats?: TableFormats) => {
    let format = paragraphs.get(key);
    if (!format) paragraphs.set(key, (format = read(formatted(make()), formats)));
    return format;
  };
  /** A run's font in a paragraph of a style: each run has a font of its own, as read-paragraph.ts gives each. */
  const fontOf = (where: string, style: string | undefined, run: RunSpec, formats?: TableFormats): Font => {
    const key = `${where}|${style ?? ''}|${flagsOf(run)}`;
    let font = fonts.get(key);
    if (!font) {
      const sample = docxParagraph({ ...(style ? { style } : {}), runs: [{ ...run, text: 'x' }] });
      const item = read(formatted(sample), formats).items[0];
      if (item?.type !== 'text') throw new Unsupported('a run that reads as no text');
      fonts.set(key, (font = item.font));
    }
    return { ...font };
  };
  const pushText = (items: Item[], text: string, font: Font) => {
    if (UNSUPPORTED_TEXT.test(text)) throw new Unsupported('a soft hyphen, a joiner or a break in text');
    if (text.length > 0) items.push({ type: 'text', text, font });
  };

  /** `where` names the table row a paragraph is in (its formats), or the body. */
  const paragraph = (spec: ParagraphSpec, where = 'body', formats?: TableFormats): Paragraph => {
    if (spec.numbering) throw new Unsupported('a numbered list');
    const key = `${where}|${paragraphKey(spec)}${spec.bullet ? bullets : ''}`;
    const base = formatOf(key, () => docxParagraph({ ...spec, runs: [] }), formats);
    const items: Item[] = base.items.slice();
    const bookmark = body.bookmarks.get(spec);
    if (bookmark) items.push({ type: 'marker', name: bookmark.name });
    for (const run of spec.runs) pushText(items, run.text, fontOf(where, spec.style, run, formats));
    return { type: 'paragraph', items, format: base.format, tabStops: base.tabStops, markFont: base.markFont };
  };

  /** As read-body.ts's readTable reads the table docx writes for this description (raw-xml/wordml.ts). */
  const table = (spec: TableSpec): Table => {
    const style = styles.table(spec.style);
    const { borders, margins } = style;
    const grid = spec.grid.map((w) => Math.floor(w) / 20);
    // docx leaves a row without cells out.
    const written = spec.rows.filter((row) => row.cells.length > 0);
    const rows = written.map((row, index): Row => {
      const first = index === 0 && style.firstRow ? [{ run: style.firstRow.run, paragraph: {} }] : [];
      const formats: TableFormats = [{ run: style.run, paragraph: style.paragraph }, ...first];
      const where = `table ${spec.style}|${first.length}`;
      if (row.cells.length !== grid.length) throw new Unsupported('a row that does not fill the grid');
      const cells = row.cells.map((cell, at, all): Cell => {
        const left = Math.max(margins.left, (at === 0 ? borders.left : borders.insideV) / 2);
        const right = Math.max(margins.right, (at === all.length - 1 ? borders.right : borders.insideV) / 2);
        const specs = cell.paragraphs.length ? cell.paragraphs : [{ runs: [] }];
        return {
          width: grid[at]! - left - right,
          marginTop: margins.top,
          marginBottom: margins.bottom,
          blocks: specs.map((p) => {
            if (!isParagraphSpec(p)) throw new Unsupported('a docx paragraph in a cell');
            return paragraph(p, where, formats);
          }),
        };
      });
      return {
        header: row.tableHeader === true,
        cantSplit: row.cantSplit === true,
        cells,
        borderTop: index === 0 ? borders.top : borders.insideH,
        borderBottom: index === written.length - 1 ? borders.bottom : 0,
        breakBorder: borders.bottom,
      };
    });
    return { type: 'table', rows };
  };

  const tocEntry = (entry: TocEntry): Paragraph => {
    const base = formatOf(`toc|${entry.level}|${body.textWidth}`, () =>
      new DocxParagraph({
        style: `TOC${entry.level}`,
        tabStops: [{ type: TabStopType.RIGHT, position: body.textWidth, leader: LeaderType.DOT }],
        children: [new TextRun('x')],
      }),
    );
    const first = base.items[0];
    if (base.items.length !== 1 || first?.type !== 'text') throw new Unsupported('an entry that reads as no text');
    const font = () => ({ ...first.font });
    const items: Item[] = [];
    pushText(items, entry.title, font());
    items.push({ type: 'tab', font: font() }, { type: 'reference', bookmark: entry.bookmark.name, font: font() });
    return { ...base, items };
  };

  const out: Block[] = [];
  for (const block of body.blocks) {
    if (isTocSpec(block)) {
      out.push(...body.entries.map(tocEntry));
      // The paragraph that ends the contents' field.
      out.push(formatOf('toc|end', () => new DocxParagraph({})));
    } else if (isParagraphSpec(block)) out.push(paragraph(block));
    else if (isTableSpec(block)) out.push(table(block));
  }
  return out;
}

