import type { Cell, Worksheet } from 'exceljs';
import { stripXmlForbidden } from '../../src-shared/model/xml-chars';

/** Text that a spreadsheet could take for a formula (= + - @, and tab/CR that some readers strip before them). */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);

/**
 * Writes a value so a spreadsheet never evaluates it: strings are stored as strings, and those that look like
 * formulas also get the text number format, so re-typing the cell in Excel keeps it text.
 */
export function setSafe(cell: Cell, value: string | number | null): void {
  if (value === null || value === '') {
    cell.value = null;
    return;
  }
  if (typeof value === 'number') {
    cell.value = value;
    return;
  }
  // Text stored before the boundaries stripped XML-forbidden characters must not make the workbook unreadable.
  const text = stripXmlForbidden(value);
  cell.value = { richText: [{ text }] };
  if (looksLikeFormula(text)) cell.numFmt = '@';
}

/**
 * A cell's content as plain text, whatever ExcelJS made of it (rich text, formula result, hyperlink, date),
 * without the characters XML forbids (a spreadsheet may carry them as _x0001_ escapes; stripped, as in commands).
 */
export function cellText(cell: Cell): string {
  return stripXmlForbidden(rawCellText(cell));
}

function rawCellText(cell: Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; formula?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (typeof o.text === 'string') return o.text;
    if (o.result !== undefined && o.result !== null)
      return String(o.result instanceof Date ? o.result.toISOString().slice(0, 10) : o.result);
    if (typeof o.formula === 'string') return `=${o.formula}`;
  }
  return String(v);
}

export function styleHeader(sheet: Worksheet, row: number, widths: number[]): void {
  const header = sheet.getRow(row);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE3EC' } };
    c.border = { bottom: { style: 'thin' } };
  });
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: 'frozen', ySplit: row }];
}
