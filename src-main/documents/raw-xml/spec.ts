import type { Paragraph } from 'docx';

/**
 * Paragraphs and tables described as plain data, written either as docx objects or directly as WordprocessingML
 * (wordml.ts), so both ways start from the same description. Only what the documents use is described.
 */

/** Never changed once made: a document shares the runs of a text it prints many times. */
export interface RunSpec {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly superScript?: boolean;
  /** Hex colour without '#', such as '1F3864'. */
  readonly color?: string;
  readonly highlight?: 'yellow';
}

/** OOXML's w:jc values (docx's AlignmentType: JUSTIFIED is 'both'). */
export type Alignment = 'center' | 'right' | 'both';

export interface ParagraphSpec {
  style?: string;
  alignment?: Alignment;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** An item of docx's default bullet list (level 0), in its ListParagraph style. */
  bullet?: boolean;
  /**
   * An item (level 0) of the numbered list of this reference (styles.ts's documentNumbering), which docx numbers as it
   * writes the document: only written as docx objects (wordml.ts refuses it).
   */
  numbering?: string;
  runs: readonly RunSpec[];
}

export interface CellSpec {
  /** Paragraphs as data; docx paragraphs (a list, an image…) make the whole table be built the docx way. */
  paragraphs: ParagraphSpec[] | Paragraph[];
  /** Fill colour of a clear shading ('B4C6E7'). */
  shading?: string;
}

export interface RowSpec {
  cells: CellSpec[];
  cantSplit?: boolean;
  tableHeader?: boolean;
}

/** A fixed-layout table whose width and grid are in twips. */
export interface TableSpec {
  style: string;
  width: number;
  grid: number[];
  rows: RowSpec[];
}

export const isParagraphSpec = (p: unknown): p is ParagraphSpec =>
  typeof p === 'object' && p !== null && Array.isArray((p as ParagraphSpec).runs);

/** A table of contents of the document's level 1 and 2 headings, with their page numbers written in (raw-xml/toc.ts). */
export interface TocSpec {
  toc: string;
}

/** What a described body holds. */
export type BlockSpec = ParagraphSpec | TableSpec | TocSpec;

export const isTocSpec = (block: BlockSpec): block is TocSpec => typeof (block as TocSpec).toc === 'string';
export const isTableSpec = (block: BlockSpec): block is TableSpec => Array.isArray((block as TableSpec).rows);
