import {
  attributesOf,
  childNamed,
  childrenOf,
  numberOf,
  onlyKnown,
  onOff,
  Unsupported,
  valueOf,
  type XmlNode,
} from './tree';

/**
 * Paragraph and run formatting as docx's layout reads it (its readParagraphFormat and readRunFormat), for the
 * properties our documents use; anything else that would change where lines go is refused (Unsupported), so the
 * document is laid out by docx's layout instead.
 */

/** Run formatting; undefined where not given, so later formatting overrides only what it gives. */
export interface RunFormat {
  font?: string | undefined;
  size?: number | undefined;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  verticalAlign?: 'superscript' | 'subscript' | 'baseline' | undefined;
}

export interface TabStop {
  position: number;
  alignment: 'left' | 'right';
}

/** Paragraph formatting, in points. */
export interface ParagraphFormat {
  spaceBefore?: number | undefined;
  spaceAfter?: number | undefined;
  /** Multiple line spacing (276 twips "auto" is 1.15). */
  lineMultiple?: number | undefined;
  indentLeft?: number | undefined;
  indentRight?: number | undefined;
  /** Negative for a hanging indent. */
  firstLineIndent?: number | undefined;
  alignment?: 'left' | 'center' | 'right' | 'justified' | undefined;
  keepNext?: boolean | undefined;
  keepLines?: boolean | undefined;
  widowControl?: boolean | undefined;
  pageBreakBefore?: boolean | undefined;
  tabs?: TabStop[] | undefined;
}

const points = (value: unknown, per: number): number | undefined => {
  const n = numberOf(value);
  return n === undefined ? undefined : n / per;
};

/** Later formats override earlier ones, property by property (docx's layout's combine). */
export function combine<T extends object>(formats: Array<T | undefined>): T {
  const out = {} as Record<string, unknown>;
  for (const format of formats) {
    if (!format) continue;
    for (const key in format) {
      const value = (format as Record<string, unknown>)[key];
      if (value !== undefined) out[key] = value;
    }
  }
  return out as T;
}

/** The run properties read, and those that change nothing where lines go in our documents (w:rStyle is refused below). */
const RUN_PROPERTIES = new Set([
  'w:rFonts',
  'w:sz',
  'w:b',
  'w:i',
  'w:vertAlign',
  'w:bCs',
  'w:iCs',
  'w:szCs',
  'w:color',
  'w:highlight',
  'w:u',
  'w:shd',
  'w:lang',
  'w:noProof',
  'w:rStyle',
]);

export function readRunFormat(rPr: XmlNode | undefined): RunFormat {
  const children = childrenOf(rPr);
  onlyKnown(children, RUN_PROPERTIES, 'run property');
  if (childNamed(children, 'w:rStyle')) throw new Unsupported('a character style');
  const fonts = attributesOf(childNamed(children, 'w:rFonts'), 'w:rFonts');
  if (Object.keys(fonts).some((k) => k.endsWith('Theme'))) throw new Unsupported('a theme font');
  const font = fonts['w:ascii'];
  if (font !== undefined && (fonts['w:hAnsi'] ?? font) !== font)
    throw new Unsupported('a high ANSI font of its own');
  const align = valueOf(children, 'w:vertAlign');
  return {
    font: typeof font === 'string' ? font : undefined,
    size: points(valueOf(children, 'w:sz'), 2),
    bold: onOff(children, 'w:b'),
    italic: onOff(children, 'w:i'),
    verticalAlign:
      align === undefined ? undefined : align === 'superscript' || align === 'subscript' ? align : 'baseline',
  };
}

const ALIGNMENTS: Record<string, ParagraphFormat['alignment']> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justified',
};

/** The paragraph properties read here, and those read elsewhere or that change nothing where lines go. */
const PARAGRAPH_PROPERTIES = new Set([
  'w:spacing',
  'w:ind',
  'w:jc',
  'w:keepNext',
  'w:keepLines',
  'w:widowControl',
  'w:pageBreakBefore',
  'w:tabs',
  'w:pStyle',
  'w:numPr',
  'w:rPr',
  'w:outlineLvl',
  'w:shd',
]);

export function readParagraphFormat(pPr: XmlNode | undefined): ParagraphFormat {
  const children = childrenOf(pPr);
  onlyKnown(children, PARAGRAPH_PROPERTIES, 'paragraph property');
  const spacing = attributesOf(childNamed(children, 'w:spacing'), 'w:spacing');
  for (const key of Object.keys(spacing))
    if (!['w:before', 'w:after', 'w:line', 'w:lineRule'].includes(key))
      throw new Unsupported(`spacing ${key}`);
  const rule = spacing['w:lineRule'];
  if (rule !== undefined && rule !== 'auto') throw new Unsupported('exact or at-least line spacing');
  const line = points(spacing['w:line'], 20);
  const ind = attributesOf(childNamed(children, 'w:ind'), 'w:ind');
  for (const key of Object.keys(ind))
    if (!['w:left', 'w:right', 'w:hanging', 'w:firstLine', 'w:start', 'w:end'].includes(key))
      throw new Unsupported(`indent ${key}`);
  const hanging = points(ind['w:hanging'], 20);
  const firstLine = points(ind['w:firstLine'], 20);
  const jc = valueOf(children, 'w:jc');
  const alignment = jc === undefined ? undefined : ALIGNMENTS[String(jc)];
  if (jc !== undefined && alignment === undefined) throw new Unsupported(`alignment ${String(jc)}`);
  const tabsElement = childNamed(children, 'w:tabs');
  const tabs = tabsElement
    ? childrenOf(tabsElement, 'w:tabs').map((tab) => {
        const a = attributesOf(tab as XmlNode, 'w:tab');
        const kind = a['w:val'];
        if (kind !== 'left' && kind !== 'right') throw new Unsupported(`a ${String(kind)} tab stop`);
        return { position: points(a['w:pos'], 20) ?? 0, alignment: kind } satisfies TabStop;
      })
    : undefined;
  return {
    spaceBefore: points(spacing['w:before'], 20),
    spaceAfter: points(spacing['w:after'], 20),
    // As docx's layout works it out: the line in points, back to twips, over a single line's 240.
    lineMultiple: line === undefined ? undefined : (line * 20) / 240,
    indentLeft: points(ind['w:left'] ?? ind['w:start'], 20),
    indentRight: points(ind['w:right'] ?? ind['w:end'], 20),
    firstLineIndent: hanging !== undefined ? -hanging : firstLine,
    alignment,
    keepNext: onOff(children, 'w:keepNext'),
    keepLines: onOff(children, 'w:keepLines'),
    widowControl: onOff(children, 'w:widowControl'),
    pageBreakBefore: onOff(children, 'w:pageBreakBefore'),
    tabs,
  };
}
