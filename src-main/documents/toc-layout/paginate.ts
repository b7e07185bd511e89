import { layoutLines, type Line, type LineContext } from './lines';
import type { Block, Paragraph, Table } from './model';
import { Unsupported } from './tree';

/**
 * The pages of a one-section, one-column document without notes or drawings, as docx's layout paginates them (its
 * paginate, placeBlock, placeParagraph and layOutTable): space between paragraphs as the larger of the space after and
 * the space before, none at the top of a page but the document's first, widow and orphan control, paragraphs kept
 * together and with the next, multiple line spacing's room below the last line of a page let go below it, tables whose
 * rows are kept whole with their header rows repeated, and started again on the next page where only their header rows
 * would end one. Where docx's layout does something this does not follow (a row that breaks across pages or is taller
 * than a page, a table kept with the paragraph before it that would move on...), it refuses (Unsupported).
 */

export interface Geometry {
  pageHeight: number;
  /** The width of the text: the page's less its margins and gutter. */
  textWidth: number;
  marginTop: number;
  marginBottom: number;
  header: number;
  footer: number;
  headerBlocks: Block[];
  footerBlocks: Block[];
}

export interface Pagination {
  /** Each bookmark's page number, as the page shows it. */
  bookmarks: Map<string, string>;
  pageCount: number;
}

const TOLERANCE = 0.01;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const between = (after: number, before: number) => Math.max(after, before);

/** A paragraph's lines, laid out once per width (its lines change only with the page references' numbers). */
export type LinesOf = (paragraph: Paragraph, width: number) => Line[];

export function linesCache(
  context: LineContext,
  dependsOnNumbers: (paragraph: Paragraph) => boolean,
  previous?: Map<Paragraph, Map<number, Line[]>>,
) {
  const cache = new Map<Paragraph, Map<number, Line[]>>();
  if (previous)
    for (const [paragraph, byWidth] of previous)
      if (!dependsOnNumbers(paragraph)) cache.set(paragraph, byWidth);
  const linesOf: LinesOf = (paragraph, width) => {
    let byWidth = cache.get(paragraph);
    if (!byWidth) cache.set(paragraph, (byWidth = new Map()));
    let lines = byWidth.get(width);
    if (!lines) byWidth.set(width, (lines = layoutLines(paragraph, width, context)));
    return lines;
  };
  return { linesOf, cache };
}

const linesHeight = (lines: Line[]) => sum(lines.map((line) => line.height));

/** How tall a stack of paragraphs is, with the space before the first and after the last (a header, a cell). */
function stackHeight(blocks: Block[], width: number, linesOf: LinesOf): number {
  const parts = blocks.map((block) => {
    if (block.type === 'table') throw new Unsupported('a table in a header, a footer or a cell');
    return {
      height: linesHeight(linesOf(block, width)),
      before: block.format.spaceBefore,
      after: block.format.spaceAfter,
    };
  });
  if (parts.length === 0) return 0;
  const outer = parts[0]!.before + parts[parts.length - 1]!.after;
  return (
    sum(
      parts.map(
        ({ height, before }, index) => height + (index === 0 ? 0 : between(parts[index - 1]!.after, before)),
      ),
    ) + outer
  );
}

function rowHeights(table: Table, linesOf: LinesOf): number[] {
  return table.rows.map(({ cells, borderTop, borderBottom }) => {
    const largest = (lengths: number[]) => Math.max(0, ...lengths);
    const natural =
      cells.length === 0
        ? 0
        : largest(cells.map((c) => c.marginTop)) +
          largest(cells.map((c) => stackHeight(c.blocks, c.width, linesOf))) +
          largest(cells.map((c) => c.marginBottom));
    return natural + borderTop + borderBottom;
  });
}

/**
 * How many of a paragraph's lines fit in the room left on a page (`fits`) and how many go on it (`count`): with
 * widow control, neither its first line alone at the bottom nor its last alone at the top; with keepLines, all on
 * the next page. The last line that fits only without its multiple spacing's room below goes on the page.
 */
function linesThatFit(
  lines: Line[],
  room: number,
  { keepLines, widowControl }: { keepLines: boolean; widowControl: boolean },
  isFirstLine: boolean,
) {
  // Running totals: the same sums, in the same order, as docx's layout's (each summed from the first line).
  let total = 0;
  const ends = lines.map((line) => (total += line.height));
  const past = ends.findIndex((end) => end + 0 > room + TOLERANCE);
  const hung = past !== -1 && ends[past]! - lines[past]!.spacingBelow + 0 <= room + TOLERANCE;
  const fits = hung && past + 1 < lines.length ? past + 1 : hung ? -1 : past;
  if (fits === -1) return { fits: lines.length, count: lines.length };
  return { fits, count: linesKept(lines.length, fits, keepLines, widowControl, isFirstLine) };
}

function linesKept(
  total: number,
  fits: number,
  keepLines: boolean,
  widowControl: boolean,
  isFirstLine: boolean,
): number {
  if (keepLines && isFirstLine) return 0;
  if (!widowControl || total < 2) return fits;
  const withoutWidow = total - fits === 1 ? fits - 1 : fits;
  return isFirstLine && withoutWidow === 1 ? 0 : withoutWidow;
}

export function paginate(blocks: Block[], geometry: Geometry, linesOf: LinesOf): Pagination {
  const { textWidth: width } = geometry;
  const headerHeight = stackHeight(geometry.headerBlocks, width, linesOf);
  const footerHeight = stackHeight(geometry.footerBlocks, width, linesOf);
  const bookmarks = new Map<string, string>();
  let pageCount = 0;
  let top = 0;
  let pageBottom = 0;
  let position = 0;
  let placedInColumn = false;
  let spaceAfter = 0;
  let sectionSpaceAfter: number | undefined = 0;

  const startPage = () => {
    pageCount++;
    top = Math.max(geometry.marginTop, geometry.header + headerHeight);
    pageBottom = geometry.pageHeight - Math.max(geometry.marginBottom, geometry.footer + footerHeight);
    position = top;
    placedInColumn = false;
    spaceAfter = 0;
  };
  const mark = (names: string[]) => {
    for (const name of names) if (!bookmarks.has(name)) bookmarks.set(name, String(pageCount));
  };
  const atSectionStart = () => sectionSpaceAfter !== undefined;
  const spaceAboveOf = (spaceBefore: number) =>
    atSectionStart()
      ? spaceAfter + between(sectionSpaceAfter!, spaceBefore) - sectionSpaceAfter!
      : between(spaceAfter, spaceBefore);
  const fitsAbove = (
    from: number,
    { height, spacingBelow }: { height: number; spacingBelow: number },
    end: number,
  ) => from + height <= end + TOLERANCE || from + height - spacingBelow <= end + TOLERANCE;

  /** The paragraphs kept with the next from this one: how many, before the block they are kept with. */
  const keptChain = (index: number) => {
    let chain = 0;
    while (true) {
      const block = blocks[index + chain];
      if (!(block && block.type === 'paragraph' && block.format.keepNext && blocks[index + chain + 1]))
        return chain;
      chain++;
    }
  };
  const keptHeight = (index: number): { height: number; spacingBelow: number } => {
    const chain = keptChain(index);
    const kept = blocks.slice(index, index + chain) as Paragraph[];
    const keptLines = sum(
      kept.map(
        (p, offset) =>
          linesHeight(linesOf(p, width)) +
          (offset === 0
            ? spaceAboveOf(p.format.spaceBefore)
            : between(kept[offset - 1]!.format.spaceAfter, p.format.spaceBefore)),
      ),
    );
    const lastAfter = kept.length > 0 ? kept[kept.length - 1]!.format.spaceAfter : spaceAfter;
    const anchor = blocks[index + chain]!;
    if (anchor.type === 'table') {
      if (anchor.rows.length === 0) throw new Unsupported('an empty table');
      return {
        height: keptLines + lastAfter + sum(rowHeights(anchor, linesOf).slice(0, 1)),
        spacingBelow: 0,
      };
    }
    const next = linesOf(anchor, width);
    const { keepLines, widowControl } = anchor.format;
    const firstLines = keepLines || (widowControl && next.length <= 3) ? next.length : widowControl ? 2 : 1;
    const nextLines = next.slice(0, firstLines);
    return {
      height: keptLines + between(lastAfter, anchor.format.spaceBefore) + 0 + linesHeight(nextLines) + 0,
      spacingBelow: nextLines.at(-1)?.spacingBelow ?? 0,
    };
  };

  const placeParagraph = (paragraph: Paragraph) => {
    const { format } = paragraph;
    if (format.pageBreakBefore && placedInColumn) startPage();
    const lines = linesOf(paragraph, width);
    const spaceAbove = () => (placedInColumn || atSectionStart() ? spaceAboveOf(format.spaceBefore) : 0);
    let index = 0;
    for (;;) {
      const isFirstLine = index === 0;
      const space = isFirstLine ? spaceAbove() + 0 : 0;
      const remaining = lines.slice(index);
      const room = pageBottom - position - space;
      const fit = linesThatFit(remaining, room, format, isFirstLine);
      let count = fit.count;
      if (count === 0 && !placedInColumn) count = Math.max(1, fit.fits);
      if (count > 0) {
        position += space;
        for (const line of remaining.slice(0, count)) {
          mark(line.markers);
          position += line.height;
        }
        spaceAfter = 0;
        placedInColumn = true;
        index += count;
      }
      if (index < lines.length) startPage();
      if (index === lines.length) break;
    }
    spaceAfter = format.spaceAfter;
  };

  /**
   * A table's rows, kept whole, its header rows repeated at the top of each page it goes on to. Where only its header
   * rows would be left at the bottom of the page it starts on, docx's layout starts it again on the next page (`kept`:
   * when a paragraph is kept with it, it moves that paragraph too, which is not followed here).
   */
  const placeTable = (table: Table, kept: boolean, onNextPage = false): void => {
    const start = { pageCount, position, placedInColumn, spaceAfter, marks: bookmarks.size };
    const heights = rowHeights(table, linesOf);
    const headerRows = table.rows.findIndex((row) => !row.header);
    if (headerRows < 0) throw new Unsupported('a table of header rows only');
    const repeated = headerRows > 0 ? sum(heights.slice(0, headerRows)) : 0;
    position += spaceAfter;
    spaceAfter = 0;
    const startedOn = !onNextPage && placedInColumn && headerRows > 0 ? pageCount : undefined;
    if (onNextPage) startPage();
    let placedBelowHeader = false;
    const last = table.rows.length - 1;
    for (const [index, row] of table.rows.entries()) {
      const height = heights[index]!;
      const roomNeeded = height + (index < last ? row.breakBorder : 0);
      const stays = () => position + roomNeeded <= pageBottom + TOLERANCE;
      if (!row.cantSplit && !stays()) throw new Unsupported('a table row that breaks across pages');
      while (!stays() && placedInColumn) {
        if (startedOn === pageCount && index >= headerRows && !placedBelowHeader) {
          if (kept) throw new Unsupported('header rows left alone below a paragraph kept with them');
          ({ pageCount, position, placedInColumn, spaceAfter } = start);
          for (const name of [...bookmarks.keys()].slice(start.marks)) bookmarks.delete(name);
          placeTable(table, kept, true);
          return;
        }
        startPage();
        if (index >= headerRows) position += repeated;
      }
      if (!stays()) throw new Unsupported('a table row taller than a page');
      mark(
        row.cells.flatMap((cell) =>
          cell.blocks.flatMap((p) => p.items.flatMap((item) => (item.type === 'marker' ? [item.name] : []))),
        ),
      );
      position += height;
      if (index >= headerRows) placedBelowHeader = true;
      placedInColumn = true;
    }
  };

  startPage();
  blocks.forEach((block, index) => {
    if (block.type === 'table') {
      const before = blocks[index - 1];
      placeTable(block, before?.type === 'paragraph' && before.format.keepNext);
      sectionSpaceAfter = undefined;
      return;
    }
    if (block.format.keepNext && placedInColumn) {
      const here = keptHeight(index);
      if (!fitsAbove(position, here, pageBottom) && fitsAbove(top, keptHeight(index), pageBottom))
        startPage();
    }
    placeParagraph(block);
    sectionSpaceAfter = undefined;
  });
  return { bookmarks, pageCount };
}
