import { escapeXml } from './escape';
import { isParagraphSpec, type CellSpec, type ParagraphSpec, type RowSpec, type RunSpec, type TableSpec } from './spec';

/**
 * The WordprocessingML docx 9 writes for a table described by a TableSpec, byte for byte (the equality test builds
 * every document both ways): elements and attributes in docx's order, no whitespace, text always xml:space="preserve".
 */

// Pure memos: a run object shared by the cells that print the same text is escaped once; styles are few.
const RUN_XML = new WeakMap<RunSpec, string>();
const PARAGRAPH_PROPS = new Map<string, string>();

export function runXml(run: RunSpec): string {
  let xml = RUN_XML.get(run);
  if (xml === undefined) RUN_XML.set(run, (xml = writeRun(run)));
  return xml;
}

function writeRun(run: RunSpec): string {
  let props = '';
  if (run.bold) props += '<w:b/><w:bCs/>';
  if (run.italics) props += '<w:i/><w:iCs/>';
  if (run.color) props += `<w:color w:val="${escapeXml(run.color)}"/>`;
  if (run.highlight) props += `<w:highlight w:val="${run.highlight}"/>`;
  if (run.superScript) props += '<w:vertAlign w:val="superscript"/>';
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
}

function paragraphProps(p: ParagraphSpec): string {
  const key = `${p.style ?? ''}|${p.alignment ?? ''}|${p.keepNext ? 1 : 0}${p.pageBreakBefore ? 1 : 0}${p.bullet ? 1 : 0}`;
  let props = PARAGRAPH_PROPS.get(key);
  if (props === undefined) {
    // In docx's order: a bullet's list style, the paragraph's style, keepNext, pageBreakBefore, the list, alignment.
    props = p.bullet ? '<w:pStyle w:val="ListParagraph"/>' : '';
    if (p.style) props += `<w:pStyle w:val="${escapeXml(p.style)}"/>`;
    if (p.keepNext) props += '<w:keepNext/>';
    if (p.pageBreakBefore) props += '<w:pageBreakBefore/>';
    if (p.bullet) props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
    if (p.alignment) props += `<w:jc w:val="${p.alignment}"/>`;
    PARAGRAPH_PROPS.set(key, props);
  }
  return props;
}

/** A bookmark around a paragraph's content (a heading the table of contents links to). */
export interface Bookmark {
  name: string;
  id: number;
}

// The writers push pieces that one join makes a flat string of: a large table is never a rope of
// thousands of concatenations, which V8 would flatten again when the placeholder is replaced.
export function writeParagraph(p: ParagraphSpec, out: string[], bookmark?: Bookmark): void {
  if (p.numbering) throw new Error('A numbered list is numbered by docx: it is written as docx objects.');
  const props = p.style || p.alignment || p.keepNext || p.pageBreakBefore || p.bullet ? paragraphProps(p) : '';
  if (!props && !p.runs.length && !bookmark) {
    out.push('<w:p/>');
    return;
  }
  out.push(props ? `<w:p><w:pPr>${props}</w:pPr>` : '<w:p>');
  if (bookmark) out.push(`<w:bookmarkStart w:name="${escapeXml(bookmark.name)}" w:id="${bookmark.id}"/>`);
  for (const run of p.runs) out.push(runXml(run));
  if (bookmark) out.push(`<w:bookmarkEnd w:id="${bookmark.id}"/>`);
  out.push('</w:p>');
}

/** docx gives a cell without a width of its own the width of the grid column it stands in (integer twips). */
function writeCell(cell: CellSpec, width: number | undefined, out: string[]): void {
  let props = width !== undefined ? `<w:tcW w:type="dxa" w:w="${width}"/>` : '';
  if (cell.shading) props += `<w:shd w:fill="${escapeXml(cell.shading)}" w:color="auto" w:val="clear"/>`;
  out.push(props ? `<w:tc><w:tcPr>${props}</w:tcPr>` : '<w:tc>');
  const paragraphs = cell.paragraphs as ParagraphSpec[];
  for (const p of paragraphs) writeParagraph(p, out);
  // A cell must end with a paragraph: docx adds an empty one.
  if (!paragraphs.length) out.push('<w:p/>');
  out.push('</w:tc>');
}

function writeRow(row: RowSpec, widths: Array<number | undefined>, out: string[]): void {
  // docx leaves a row without cells out.
  if (!row.cells.length) return;
  let props = '';
  if (row.cantSplit) props += '<w:cantSplit/>';
  if (row.tableHeader) props += '<w:tblHeader/>';
  out.push(props ? `<w:tr><w:trPr>${props}</w:trPr>` : '<w:tr>');
  for (let i = 0; i < row.cells.length; i++) writeCell(row.cells[i]!, widths[i], out);
  out.push('</w:tr>');
}

export function tableXml(table: TableSpec): string {
  if (!table.grid.every((w) => Number.isFinite(w) && w >= 0) || !Number.isFinite(table.width))
    throw new Error('A table width must be a finite number of twips (the grid\'s not negative).');
  // As docx: columns narrower than the table's width are scaled up to it, each cell rounded; values floored.
  const total = table.grid.reduce((a, b) => a + b, 0);
  const scale = total > 0 && table.width > total ? table.width / total : 1;
  const widths = table.grid.map((w) => {
    const cell = Math.round(w * scale);
    return cell > 0 ? cell : undefined;
  });
  const out = [
    `<w:tbl><w:tblPr><w:tblStyle w:val="${escapeXml(table.style)}"/>`,
    `<w:tblW w:type="dxa" w:w="${Math.floor(table.width)}"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`,
  ];
  for (const w of table.grid) out.push(`<w:gridCol w:w="${Math.floor(w)}"/>`);
  out.push('</w:tblGrid>');
  for (const row of table.rows) writeRow(row, widths, out);
  out.push('</w:tbl>');
  return out.join('');
}

/** Whether the description holds nothing but data (no docx object a cell was given as it is, no numbered list). */
export function isPlainData(table: TableSpec): boolean {
  return table.rows.every((row) =>
    row.cells.every((cell) => cell.paragraphs.every((p) => isParagraphSpec(p) && !p.numbering)),
  );
}
