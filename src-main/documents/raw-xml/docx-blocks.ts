import { TableOfContents, type Paragraph, type Table } from 'docx';
import { isParagraphSpec, isTocSpec, type BlockSpec } from './spec';
import { docxParagraph, docxTable } from './tables';

/** The options of every table of contents our documents hold: level 1 and 2 headings, entries linked to them. */
export const TOC_OPTIONS = { hyperlink: true, headingStyleRange: '1-2' } as const;

/** A described block as docx's objects (a template is filled with these; the raw writer's output is compared to them). */
export function docxBlock(block: BlockSpec): Paragraph | Table | TableOfContents {
  if (isTocSpec(block)) return new TableOfContents(block.toc, TOC_OPTIONS);
  if (isParagraphSpec(block)) return docxParagraph(block);
  return docxTable(block);
}
