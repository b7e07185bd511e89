import { readParagraph, type ReadState, type TableFormats } from './read-paragraph';
import type { Block, Cell, Numbering, Row, Table } from './model';
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
 * readTable), for what our documents hold: tables on a grid, with rows kept whole and header rows. Anything else is
 * refused (Unsupported).
 */

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
