import { stylesOf } from './template-styles';

/**
 * The rapport's table of contents, written with its entries inside a filled template. docx fills a table of contents
 * from the headings only when it writes a whole document; in a template it stays an empty field, which LibreOffice
 * and a PDF show as a blank "Sommaire". Entries go in as Word writes them (TOC1, TOC2, a right tab with dots); the
 * field is marked dirty, so Word adds the page numbers when it updates the fields on opening.
 */

const TOC = /<w:sdt>(?:(?!<\/w:sdt>)[\s\S])*?<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<\/w:sdt>/;
const PARAGRAPH = /<w:p\b[^>]*>[\s\S]*?<\/w:p>/g;

/** Ids of the heading styles a table of contents of levels 1–2 lists, with their level. */
function headingLevels(stylesXml: string): Map<string, number> {
  const levels = new Map<string, number>([
    ['Heading1', 1],
    ['Heading2', 2],
  ]);
  for (const style of stylesOf(stylesXml)) {
    const level = /^heading ([12])$/.exec(style.name ?? '')?.[1];
    if (style.type === 'paragraph' && level) levels.set(style.id, Number(level));
  }
  return levels;
}

const textOf = (paragraph: string) =>
  [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

export function fillContents(documentXml: string, stylesXml: string): string {
  const toc = TOC.exec(documentXml);
  if (!toc) return documentXml;
  const levels = headingLevels(stylesXml);
  const after = documentXml.slice(toc.index + toc[0].length);
  const entries = [...after.matchAll(PARAGRAPH)].flatMap(([p]) => {
    const level = levels.get(/<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '');
    const title = level ? textOf(p).trim() : '';
    return title
      ? [
          `<w:p><w:pPr><w:pStyle w:val="TOC${level!}"/><w:tabs><w:tab w:val="right" w:pos="9026" w:leader="dot"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">${title}</w:t></w:r></w:p>`,
        ]
      : [];
  });
  if (!entries.length) return documentXml;
  const filled = toc[0]
    .replace('<w:fldChar w:fldCharType="begin"/>', '<w:fldChar w:fldCharType="begin" w:dirty="true"/>')
    .replace(/(<w:fldChar w:fldCharType="separate"\/><\/w:r><\/w:p>)/, `$1${entries.join('')}`);
  return documentXml.slice(0, toc.index) + filled + after;
}
