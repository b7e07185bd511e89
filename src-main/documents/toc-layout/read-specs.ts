import { LeaderType, Paragraph as DocxParagraph, TabStopType, TextRun, type IContext } from 'docx';
import { isParagraphSpec, isTableSpec, isTocSpec, type BlockSpec, type ParagraphSpec, type RunSpec } from '../raw-xml/spec';
import { docxParagraph, docxTable } from '../raw-xml/tables';
import type { TocEntry } from '../raw-xml/toc';
import type { Bookmark } from '../raw-xml/wordml';
import type { LayoutParts } from './estimate';
import type { Block, Font, Item, Paragraph } from './model';
import { readBlocks } from './read-body';
import { readParagraph } from './read-paragraph';
import { Unsupported, type XmlNode } from './tree';

/**
 * A described body (raw-xml/) read into the layout's blocks as read-paragraph.ts reads the same body formatted by docx,
 * without formatting it: the formatting of each distinct kind of paragraph and run is read once, from an empty paragraph
 * (and a one-run paragraph) docx formats, and the text is put in as the runs give it. Tables are few: they are formatted
 * by docx and read as they are. The unit test compares the pages with those of the same body written by docx.
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

export function readSpecs(body: DescribedBody, { styles, numbering }: LayoutParts, context: IContext): Block[] {
  const formatted = (component: { prepForXml(context: IContext): unknown }) =>
    component.prepForXml({ ...context, stack: [] }) as XmlNode;
  const read = (tree: XmlNode) => readParagraph(tree, styles, numbering, { fields: [], inPart: false });
  const paragraphs = new Map<string, Paragraph>();
  const fonts = new Map<string, Font>();

  /** The paragraph's formatting and list number, without its text. */
  const formatOf = (key: string, make: () => DocxParagraph) => {
    let known = paragraphs.get(key);
    if (!known) paragraphs.set(key, (known = read(formatted(make()))));
    return known;
  };
  /** A run's font in a paragraph of a style: each run has a font of its own, as read-paragraph.ts gives it. */
  const fontOf = (style: string | undefined, run: RunSpec): Font => {
    const key = `${style ?? ''}|${flagsOf(run)}`;
    let font = fonts.get(key);
    if (!font) {
      const sample = read(formatted(docxParagraph({ ...(style ? { style } : {}), runs: [{ ...run, text: 'x' }] })));
      const item = sample.items[0];
      if (item?.type !== 'text') throw new Unsupported('a run that reads as no text');
      fonts.set(key, (font = item.font));
    }
    return { ...font };
  };
  const textOf = (text: string, font: Font): Item[] => {
    if (UNSUPPORTED_TEXT.test(text)) throw new Unsupported('a soft hyphen, a joiner or a break in text');
    return text.length > 0 ? [{ type: 'text', text, font }] : [];
  };

  const paragraph = (spec: ParagraphSpec): Paragraph => {
    if (spec.numbering) throw new Unsupported('a numbered list');
    const key = `${spec.style ?? ''}|${spec.alignment ?? ''}|${spec.keepNext ? 1 : 0}${spec.pageBreakBefore ? 1 : 0}${spec.bullet ? 1 : 0}`;
    const base = formatOf(key, () => docxParagraph({ ...spec, runs: [] }));
    const items: Item[] = [...base.items];
    const bookmark = body.bookmarks.get(spec);
    if (bookmark) items.push({ type: 'marker', name: bookmark.name });
    for (const run of spec.runs) items.push(...textOf(run.text, fontOf(spec.style, run)));
    return { ...base, items };
  };

  const tocEntry = (entry: TocEntry): Paragraph => {
    const base = formatOf(`toc|${entry.level}`, () =>
      new DocxParagraph({
        style: `TOC${entry.level}`,
        tabStops: [{ type: TabStopType.RIGHT, position: body.textWidth, leader: LeaderType.DOT }],
        children: [new TextRun('x')],
      }),
    );
    const first = base.items[0];
    if (base.items.length !== 1 || first?.type !== 'text') throw new Unsupported('an entry that reads as no text');
    const font = () => ({ ...first.font });
    return {
      ...base,
      items: [
        ...textOf(entry.title, font()),
        { type: 'tab', font: font() },
        { type: 'reference', bookmark: entry.bookmark.name, font: font() },
      ],
    };
  };

  const out: Block[] = [];
  for (const block of body.blocks) {
    if (isTocSpec(block)) {
      out.push(...body.entries.map(tocEntry));
      // The paragraph that ends the contents' field.
      out.push(formatOf('toc|end', () => new DocxParagraph({})));
    } else if (isParagraphSpec(block)) out.push(paragraph(block));
    else if (isTableSpec(block))
      out.push(...readBlocks([formatted(docxTable(block))], styles, numbering, { fields: [], inPart: false }).blocks);
  }
  return out;
}
