import { bookmarkUniqueNumericId } from 'docx';
import { STYLE } from '../styles';
import { escapeXml } from './escape';
import { isParagraphSpec, type BlockSpec, type ParagraphSpec } from './spec';
import type { Bookmark } from './wordml';

/**
 * A table of contents written as docx 9 writes a TableOfContents(title, { hyperlink: true, headingStyleRange: '1-2' })
 * given page numbers (its fillTablesOfContents and fillPageNumbers), byte for byte: the headings of level 1 and 2
 * with text, bookmarked `_Toc<n>` with docx's own bookmark counter, one linked entry each, its page number written.
 */

export interface TocEntry {
  /** The heading's text, as docx reads it: its runs' text, one after the other. */
  title: string;
  level: 1 | 2;
  bookmark: Bookmark;
}

const LEVELS: Readonly<Record<string, 1 | 2>> = { [STYLE.heading1]: 1, [STYLE.heading2]: 2 };

/** The entries of the body's headings, in order, and the bookmark of each heading they link to. */
export function tocEntries(blocks: readonly BlockSpec[]): {
  entries: TocEntry[];
  bookmarks: Map<ParagraphSpec, Bookmark>;
} {
  const entries: TocEntry[] = [];
  const bookmarks = new Map<ParagraphSpec, Bookmark>();
  for (const block of blocks) {
    if (!isParagraphSpec(block) || block.bullet || block.numbering) continue;
    const level = block.style === undefined ? undefined : LEVELS[block.style];
    const title = block.runs.map((run) => run.text).join('');
    if (level === undefined || title.trim() === '') continue;
    const id = bookmarkUniqueNumericId();
    const bookmark = { name: `_Toc${id}`, id };
    bookmarks.set(block, bookmark);
    entries.push({ title, level, bookmark });
  }
  return { entries, bookmarks };
}

const TOC_FIELD = '<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>';

/** The table of contents: its entries with the page of each heading (`pages`, by bookmark name). */
export function tocXml(
  title: string,
  entries: readonly TocEntry[],
  pages: ReadonlyMap<string, string>,
  textWidth: number,
  out: string[],
): void {
  if (!entries.length) throw new Error('A table of contents without headings is left for Word to fill in.');
  out.push(
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>`,
  );
  entries.forEach((entry, index) => {
    const page = pages.get(entry.bookmark.name);
    if (page === undefined) throw new Error(`No page for the heading ${entry.bookmark.name}.`);
    const name = escapeXml(entry.bookmark.name);
    out.push(
      `<w:p><w:pPr><w:pStyle w:val="TOC${entry.level}"/><w:tabs><w:tab w:val="right" w:pos="${textWidth}" w:leader="dot"/></w:tabs></w:pPr>`,
      index === 0 ? TOC_FIELD : '',
      `<w:hyperlink w:history="1" w:anchor="${name}"><w:r><w:t xml:space="preserve">${escapeXml(entry.title)}</w:t></w:r><w:r><w:tab/></w:r>`,
      `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGEREF ${name} \\h</w:instrText><w:fldChar w:fldCharType="separate"/><w:t xml:space="preserve">${escapeXml(page)}</w:t><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`,
    );
  });
  out.push('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>');
}
