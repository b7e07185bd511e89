import { combine, readParagraphFormat, readRunFormat, type ParagraphFormat, type RunFormat } from './formats';
import {
  attributesOf,
  childNamed,
  childrenOf,
  isNode,
  numberOf,
  Unsupported,
  valueOf,
  type XmlNode,
} from './tree';

/** A paragraph or table style as its own properties give it (not yet combined with those it is based on). */
interface OwnStyle {
  type: string;
  isDefault: boolean;
  basedOn?: string | undefined;
  run: RunFormat;
  paragraph: ParagraphFormat;
  table?: XmlNode | undefined;
  firstRow?: XmlNode | undefined;
}

/** What a table style gives its cells, in points. */
export interface TableStyle {
  run: RunFormat;
  paragraph: ParagraphFormat;
  /** The border widths: top, bottom, between rows. */
  borders: { top: number; bottom: number; insideH: number; left: number; right: number; insideV: number };
  margins: { top: number; bottom: number; left: number; right: number };
  /** Formatting of the first row (its conditional formatting), and whether it repeats as a header. */
  firstRow?: { run: RunFormat; header: boolean } | undefined;
}

export interface Styles {
  run: RunFormat;
  paragraph: ParagraphFormat;
  /** The chain of a paragraph style, from the one it is based on first, to itself. */
  paragraphChain(id: string | undefined): Array<{ run: RunFormat; paragraph: ParagraphFormat }>;
  table(id: string | undefined): TableStyle;
}

const EIGHTHS = 8;

/** A border's width in points, as docx's layout counts single lines (others are refused). */
function borderWidth(element: XmlNode | undefined, tag: string): number | undefined {
  if (!element) return undefined;
  const a = attributesOf(element, tag);
  const style = a['w:val'];
  if (style === 'nil' || style === 'none') return 0;
  if (style !== 'single') throw new Unsupported(`a ${String(style)} table border`);
  const size = numberOf(a['w:sz']);
  if (size === undefined || size < 2 || size > 96) throw new Unsupported('a table border of another width');
  return size / EIGHTHS;
}

function readOwnStyles(tree: XmlNode): {
  run: RunFormat;
  paragraph: ParagraphFormat;
  styles: Map<string, OwnStyle>;
} {
  const children = childrenOf(tree, 'w:styles');
  const defaults = childrenOf(childNamed(children, 'w:docDefaults'), 'w:docDefaults');
  const rPr = childNamed(childrenOf(childNamed(defaults, 'w:rPrDefault'), 'w:rPrDefault'), 'w:rPr');
  const pPr = childNamed(childrenOf(childNamed(defaults, 'w:pPrDefault'), 'w:pPrDefault'), 'w:pPr');
  const styles = new Map<string, OwnStyle>();
  for (const child of children) {
    if (!isNode(child) || !('w:style' in child)) continue;
    const a = attributesOf(child, 'w:style');
    const own = childrenOf(child, 'w:style');
    const type = String(a['w:type'] ?? 'paragraph');
    const conditional = own.filter((c) => isNode(c) && 'w:tblStylePr' in c) as XmlNode[];
    const firstRow = conditional.find((c) => attributesOf(c, 'w:tblStylePr')['w:type'] === 'firstRow');
    const flag = a['w:default'];
    styles.set(String(a['w:styleId']), {
      type,
      isDefault: flag === true || flag === 1 || flag === '1' || flag === 'true',
      basedOn: valueOf(own, 'w:basedOn') as string | undefined,
      // A paragraph style's rPr and pPr; a character style (never applied in our documents) is not read.
      run: type === 'character' ? {} : readRunFormat(childNamed(own, 'w:rPr')),
      paragraph: type === 'character' ? {} : readParagraphFormat(childNamed(own, 'w:pPr')),
      table: childNamed(own, 'w:tblPr'),
      firstRow,
    });
  }
  return { run: readRunFormat(rPr), paragraph: readParagraphFormat(pPr), styles };
}

function chainOf(styles: Map<string, OwnStyle>, id: string | undefined, type: string): OwnStyle[] {
  const chain: OwnStyle[] = [];
  const seen = new Set<string>();
  let at = id;
  while (at !== undefined && !seen.has(at)) {
    seen.add(at);
    const style = styles.get(at);
    if (!style || style.type !== type) break;
    chain.unshift(style);
    at = style.basedOn;
  }
  return chain;
}

function readTableStyle(chain: OwnStyle[]): TableStyle {
  const borders = { top: 0, bottom: 0, insideH: 0, left: 0, right: 0, insideV: 0 };
  const margins = { top: 0, bottom: 0, left: 0, right: 0 };
  let firstRow: TableStyle['firstRow'];
  for (const style of chain) {
    const tblPr = childrenOf(style.table, 'w:tblPr');
    const b = childrenOf(childNamed(tblPr, 'w:tblBorders'), 'w:tblBorders');
    for (const side of ['top', 'bottom', 'insideH', 'left', 'right', 'insideV'] as const) {
      const width = borderWidth(childNamed(b, `w:${side}`), `w:${side}`);
      if (width !== undefined) borders[side] = width;
    }
    const m = childrenOf(childNamed(tblPr, 'w:tblCellMar'), 'w:tblCellMar');
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const element = childNamed(m, `w:${side}`);
      if (!element) continue;
      const a = attributesOf(element, `w:${side}`);
      if (a['w:type'] !== 'dxa') throw new Unsupported('a cell margin not in twips');
      margins[side] = (numberOf(a['w:w']) ?? 0) / 20;
    }
    if (style.firstRow) {
      const own = childrenOf(style.firstRow, 'w:tblStylePr');
      if (childrenOf(childNamed(own, 'w:pPr'), 'w:pPr').length > 0)
        throw new Unsupported('a first row paragraph format');
      const trPr = childrenOf(childNamed(own, 'w:trPr'), 'w:trPr');
      firstRow = {
        run: readRunFormat(childNamed(own, 'w:rPr')),
        header: childNamed(trPr, 'w:tblHeader') !== undefined,
      };
    }
  }
  return {
    run: combine(chain.map((s) => s.run)),
    paragraph: combine(chain.map((s) => s.paragraph)),
    borders,
    margins,
    firstRow,
  };
}

/** The styles of a document, from its formatted styles part. */
export function readStyles(tree: XmlNode): Styles {
  const { run, paragraph, styles } = readOwnStyles(tree);
  const defaultParagraph =
    [...styles].find(([, s]) => s.type === 'paragraph' && s.basedOn === undefined)?.[0] ?? 'Normal';
  const chains = new Map<string, Array<{ run: RunFormat; paragraph: ParagraphFormat }>>();
  const tables = new Map<string, TableStyle>();
  return {
    run,
    paragraph,
    paragraphChain(id) {
      const key = id ?? defaultParagraph;
      let chain = chains.get(key);
      if (!chain) {
        chain = chainOf(styles, key, 'paragraph');
        if (chain.length === 0) chain = chainOf(styles, defaultParagraph, 'paragraph');
        chains.set(key, chain);
      }
      return chain;
    },
    table(id) {
      const key = id ?? '';
      let style = tables.get(key);
      if (!style) {
        const chain = chainOf(
          styles,
          id ?? [...styles].find(([, s]) => s.type === 'table' && s.basedOn === undefined)?.[0],
          'table',
        );
        style = readTableStyle(chain);
        tables.set(key, style);
      }
      return style;
    },
  };
}
