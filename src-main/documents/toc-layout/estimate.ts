import type { EstimatedPageNumbers } from 'docx';
import type { Block, Font, Numbering, Paragraph } from './model';
import { readBlocks } from './read-body';
import { readNumbering } from './read-numbering';
import { rememberingArialMeasure } from './measure';
import type { Line } from './lines';
import { linesCache, paginate, type Geometry, type LinesOf, type Pagination } from './paginate';
import { readStyles, type Styles } from './styles-read';
import {
  attributesOf,
  childNamed,
  childrenOf,
  isNode,
  numberOf,
  onlyKnown,
  tagOf,
  Unsupported,
  type XmlNode,
} from './tree';

/**
 * The page numbers of a document's bookmarks and its number of pages, laid out as docx's layout lays them out
 * (estimatePageNumbersWith({ guess: true })), for documents of the kind kit.ts makes: undefined where the document
 * holds something this layout does not follow, for docx's layout to do instead.
 */

/** What the estimator is given by docx (the formatted body, and the context it was formatted in). */
type Context = { file?: unknown };
type Wrapper = { View: { ReferenceId: number; prepForXml(context: unknown): unknown } };
type File = {
  Styles: { prepForXml(context: unknown): unknown };
  Numbering: { prepForXml(context: unknown): unknown };
  Settings: { prepForXml(context: unknown): unknown };
  Headers: Wrapper[];
  Footers: Wrapper[];
};

/** Styles are the same for every document of a kind (kit.ts): read once per kind. */
const stylesByKind = new Map<string, Styles>();

/** Whether this layout has read the styles of this kind already (then it never reads a document's own again). */
export const stylesReadFor = (stylesKind: string): boolean => stylesByKind.has(stylesKind);

const KNOWN_SETTINGS = new Set([
  'w:displayBackgroundShape',
  'w:defaultTabStop',
  'w:evenAndOddHeaders',
  'w:updateFields',
  'w:compat',
]);

function checkSettings(tree: XmlNode): void {
  const settings = childrenOf(tree, 'w:settings');
  onlyKnown(settings, KNOWN_SETTINGS, 'setting');
  for (const child of settings) {
    const tag = isNode(child) ? tagOf(child) : undefined;
    if (tag === undefined) continue;
    const a = attributesOf(child as XmlNode, tag);
    if (tag === 'w:defaultTabStop' && numberOf(a['w:val']) !== 720)
      throw new Unsupported('another default tab stop');
    if (tag === 'w:evenAndOddHeaders' && a['w:val'] !== false && a['w:val'] !== 'false' && a['w:val'] !== 0)
      throw new Unsupported('even and odd headers');
    if (tag === 'w:compat')
      for (const setting of childrenOf(child as XmlNode, tag)) {
        const s = attributesOf(setting as XmlNode, 'w:compatSetting');
        if (
          !isNode(setting) ||
          !('w:compatSetting' in setting) ||
          s['w:name'] !== 'compatibilityMode' ||
          numberOf(s['w:val']) !== 15
        )
          throw new Unsupported('a compatibility setting');
      }
  }
}

const SECTION_PARTS = new Set([
  'w:headerReference',
  'w:footerReference',
  'w:pgSz',
  'w:pgMar',
  'w:pgNumType',
  'w:docGrid',
]);

function geometryOf(section: XmlNode | undefined, parts: Map<string, Block[]>): Geometry {
  if (!section) throw new Unsupported('a body without its section');
  const children = childrenOf(section, 'w:sectPr');
  onlyKnown(children, SECTION_PARTS, 'section property');
  for (const child of children) {
    const tag = isNode(child) ? tagOf(child) : undefined;
    if (tag === undefined) continue;
    const a = attributesOf(child as XmlNode, tag);
    if ((tag === 'w:headerReference' || tag === 'w:footerReference') && a['w:type'] !== 'default')
      throw new Unsupported('a first or even page header');
    if (tag === 'w:pgNumType' && Object.keys(a).length > 0)
      throw new Unsupported('page numbers of a format or start of their own');
    if (tag === 'w:docGrid' && a['w:type'] !== undefined) throw new Unsupported('a document grid');
  }
  const size = attributesOf(childNamed(children, 'w:pgSz'), 'w:pgSz');
  const margin = attributesOf(childNamed(children, 'w:pgMar'), 'w:pgMar');
  const pt = (value: unknown, fallback: number) => (numberOf(value) ?? fallback) / 20;
  const [top, bottom] = [pt(margin['w:top'], 1440), pt(margin['w:bottom'], 1440)];
  if (top < 0 || bottom < 0) throw new Unsupported('a negative margin');
  const partOf = (tag: string) => {
    const id = attributesOf(childNamed(children, tag), tag)['r:id'];
    if (id === undefined) return [];
    const blocks = parts.get(String(id));
    if (!blocks) throw new Unsupported('a header or footer that is not there');
    return blocks;
  };
  return {
    pageHeight: pt(size['w:h'], 15840),
    textWidth:
      pt(size['w:w'], 12240) -
      pt(margin['w:left'], 1440) -
      pt(margin['w:right'], 1440) -
      pt(margin['w:gutter'], 0),
    marginTop: top,
    marginBottom: bottom,
    header: pt(margin['w:header'], 720),
    footer: pt(margin['w:footer'], 720),
    headerBlocks: partOf('w:headerReference'),
    footerBlocks: partOf('w:footerReference'),
  };
}

const READING = { stack: [] };

function measureOf(): (text: string, font: Font) => number {
  const arial = rememberingArialMeasure();
  return (text, font) => {
    const width = arial(text, font.bold, font.italic, font.size);
    if (width === undefined) throw new Unsupported('a character the width tables lack');
    return width;
  };
}

const sameNumbers = (one: Pagination, other: Pagination) =>
  one.pageCount === other.pageCount &&
  one.bookmarks.size === other.bookmarks.size &&
  [...one.bookmarks].every(([name, page]) => other.bookmarks.get(name) === page);

/** What a document's layout reads besides its body: its styles, numbering and headers and footers. */
export interface LayoutParts {
  styles: Styles;
  numbering: Numbering;
  /** The blocks of each header and footer, by the id of the relationship to it. */
  parts: Map<string, Block[]>;
}

/** The kinds whose settings were checked: the same for every document of a kind (packer.ts formats them once). */
const settingsCheckedFor = new Set<string>();
/**
 * The numbering of a raw body's document (raw-xml/body.ts), by kind: a numbered list is what adds to a kind's
 * numbering, and a raw body holds none (its header and footer neither).
 */
const rawBodyNumberingByKind = new Map<string, Numbering>();

function layoutParts(file: File, context: Context, stylesKind: string, rawBody = false): LayoutParts {
  let styles = stylesByKind.get(stylesKind);
  if (!styles) {
    styles = readStyles(file.Styles.prepForXml(context) as XmlNode);
    if (stylesByKind.size > 8) for (const cache of [stylesByKind, settingsCheckedFor, rawBodyNumberingByKind]) cache.clear();
    stylesByKind.set(stylesKind, styles);
  }
  if (!settingsCheckedFor.has(stylesKind)) {
    checkSettings(file.Settings.prepForXml(READING) as XmlNode);
    settingsCheckedFor.add(stylesKind);
  }
  let numbering = rawBody ? rawBodyNumberingByKind.get(stylesKind) : undefined;
  if (!numbering) {
    numbering = readNumbering(file.Numbering.prepForXml(READING) as XmlNode);
    if (rawBody) rawBodyNumberingByKind.set(stylesKind, numbering);
  }
  const parts = new Map<string, Block[]>();
  for (const wrapper of [...file.Headers, ...file.Footers]) {
    const tree = wrapper.View.prepForXml({ ...context, viewWrapper: wrapper, stack: [] }) as XmlNode;
    const state = { fields: [], inPart: true };
    parts.set(`rId${wrapper.View.ReferenceId}`, readBlocks(childrenOf(tree), styles, numbering, state).blocks);
  }
  return { styles, numbering, parts };
}

/**
 * Lays the pages out with the page references' numbers of the pass before (none at first), as docx's layout does: a
 * second pass that gives the same numbers settles them; otherwise the third pass's are written. The pages depend on
 * the lines alone (their heights, the room below them, the bookmarks they hold: paginate.ts reads nothing else), and
 * only the paragraphs holding page references are laid out again: where each of their lines is as it was, the pass
 * would give the pages of the pass before, which it is taken to give without being made.
 */
function settle(blocks: Block[], geometry: Geometry): EstimatedPageNumbers {
  const referring = (p: Paragraph) => p.items.some((item) => item.type === 'reference');
  const measure = measureOf();
  let numbers = new Map<string, string>();
  let cache: ReturnType<typeof linesCache>['cache'] | undefined;
  let previous: Pagination | undefined;
  const pass = () => {
    const before = cache;
    const lines = linesCache(
      { measure, referenceText: (bookmark) => numbers.get(bookmark) ?? '' },
      referring,
      cache,
    );
    cache = lines.cache;
    if (previous && before && sameReferringLines(before, lines.linesOf, referring)) return previous;
    return (previous = paginate(blocks, geometry, lines.linesOf));
  };
  const first = pass();
  numbers = first.bookmarks;
  const second = pass();
  let last = second;
  if (!sameNumbers(first, second)) {
    numbers = second.bookmarks;
    last = pass();
  }
  return { bookmarks: last.bookmarks, pageCount: last.pageCount, sectionPageCounts: [last.pageCount] };
}

/** Whether every paragraph with page references, laid out again (`linesOf`), has the lines it had (`before`). */
function sameReferringLines(
  before: ReturnType<typeof linesCache>['cache'],
  linesOf: LinesOf,
  referring: (p: Paragraph) => boolean,
): boolean {
  for (const [paragraph, byWidth] of before) {
    if (!referring(paragraph)) continue;
    for (const [width, lines] of byWidth) if (!sameLines(lines, linesOf(paragraph, width))) return false;
  }
  return true;
}

const sameLines = (one: Line[], other: Line[]) =>
  one.length === other.length &&
  one.every(
    (line, i) =>
      line.height === other[i]!.height &&
      line.spacingBelow === other[i]!.spacingBelow &&
      line.markers.length === other[i]!.markers.length &&
      line.markers.every((marker, m) => marker === other[i]!.markers[m]),
  );

/**
 * What it refuses, and anything it did not expect (a shape of docx's objects it does not know), is laid out by docx's
 * layout instead: an export never fails for it. The tests check that our documents take this layout.
 */
function orUndefined(layout: () => EstimatedPageNumbers | undefined): EstimatedPageNumbers | undefined {
  try {
    return layout();
  } catch (error) {
    if (!(error instanceof Unsupported)) unexpected = error;
    return undefined;
  }
}

/** The page numbers of a body as docx formatted it (the tree docx gives its page estimators). */
export function estimatePages(
  body: unknown,
  context: Context,
  stylesKind: string,
): EstimatedPageNumbers | undefined {
  return orUndefined(() => {
    const file = context.file as File | undefined;
    if (!file || !isNode(body)) return undefined;
    const { styles, numbering, parts } = layoutParts(file, context, stylesKind);
    const state = { fields: [], inPart: false };
    const { blocks, section } = readBlocks(childrenOf(body), styles, numbering, state);
    if (state.fields.length > 0) throw new Unsupported('a field that does not end');
    return settle(blocks, geometryOf(section, parts));
  });
}

/**
 * The page numbers of a body docx formatted as placeholders of raw XML (raw-xml/body.ts), whose blocks `read` gives
 * from their descriptions: the section's properties are read from the formatted body, the rest as above.
 */
export function estimatePagesOf(
  body: unknown,
  context: Context,
  stylesKind: string,
  read: (parts: LayoutParts) => Block[],
): EstimatedPageNumbers | undefined {
  return orUndefined(() => {
    const file = context.file as File | undefined;
    if (!file || !isNode(body)) return undefined;
    const parts = layoutParts(file, context, stylesKind, true);
    const section = childrenOf(body).find((child) => isNode(child) && tagOf(child) === 'w:sectPr') as
      | XmlNode
      | undefined;
    return settle(read(parts), geometryOf(section, parts.parts));
  });
}

let unexpected: unknown;
/** The last error the layout did not expect, if any (for the tests: none should happen on our documents). */
export const lastUnexpectedError = (): unknown => unexpected;
