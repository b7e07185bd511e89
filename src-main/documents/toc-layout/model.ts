import type { ParagraphFormat, RunFormat, TabStop } from './formats';

/**
 * What toc-layout reads a document into: paragraphs and tables, in points, as docx's layout reads them (readContent),
 * for what our documents hold.
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
  | { type: 'reference'; bookmark: string; font: Font }
  /** A picture in the line (the logo of a header), in points with the room around it, in its run's font. */
  | { type: 'box'; width: number; height: number; font: Font };

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
