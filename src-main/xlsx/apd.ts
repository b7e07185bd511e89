import ExcelJS from 'exceljs';
import { CATALOGUES, type Locale } from '../../src-shared/i18n/catalogues';
import { dateInWords } from '../../src-shared/i18n/typography';
import { apdCampaign, apdTotals, type ApdRow } from '../../src-shared/method/apd';
import { countryName } from '../../src-shared/method/countries';
import { dacLabel } from '../../src-shared/method/dac-codes';
import { setSafe, styleHeader } from './cells';

const EUROS = '#,##0.00 "€"';

/**
 * The e-APD worksheet of a calendar year: the declaration (by partner country and OECD DAC purpose code, cash and
 * in kind, with live totals) and the detail by programme it adds up from. Rows are computed by method/apd.ts.
 */
export async function exportApd(rows: readonly ApdRow[], year: number, authority: string, locale: Locale): Promise<Uint8Array> {
  const x = CATALOGUES[locale].declarations.xlsx;
  const campaign = apdCampaign(year);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Atelier Coop';
  const country = (code: string) => (code ? countryName(code, locale) : '');

  const totals = wb.addWorksheet(x.sheetTotals.slice(0, 31));
  setSafe(totals.getCell('A1'), x.heading.replace('{{year}}', String(year)).replace('{{authority}}', authority));
  totals.getCell('A1').font = { bold: true, size: 13 };
  setSafe(
    totals.getCell('A2'),
    x.campaignSource.replace('{{opens}}', dateInWords(campaign.opens, locale)).replace('{{closes}}', dateInWords(campaign.closes, locale)),
  );
  totals.addRow([]);
  totals.addRow([x.country, x.countryCode, x.code, x.label, x.cash, x.inKind, x.total, x.programmes]);
  styleHeader(totals, 4, [22, 10, 14, 44, 16, 22, 16, 12]);
  const list = apdTotals(rows);
  for (const t of list) {
    const row = totals.addRow([]);
    [country(t.country), t.country, t.purposeCode, dacLabel(t.purposeCode, locale), t.cash, t.inKind].forEach((v, i) => setSafe(row.getCell(i + 1), v));
    row.getCell(7).value = { formula: `E${row.number}+F${row.number}`, result: t.total };
    setSafe(row.getCell(8), t.programmes);
  }
  const first = 5;
  const last = totals.rowCount;
  const sum = totals.addRow([x.sum]);
  const sumOf = (col: string, values: number[]) => ({
    formula: last >= first ? `SUM(${col}${first}:${col}${last})` : '0',
    result: Math.round(values.reduce((a, b) => a + Math.round(b * 100), 0)) / 100,
  });
  sum.getCell(5).value = sumOf('E', list.map((t) => t.cash));
  sum.getCell(6).value = sumOf('F', list.map((t) => t.inKind));
  sum.getCell(7).value = sumOf('G', list.map((t) => t.total));
  sum.font = { bold: true };
  for (const col of [5, 6, 7]) totals.getColumn(col).numFmt = EUROS;
  totals.views = [{ state: 'frozen', ySplit: 4 }];

  const detail = wb.addWorksheet(x.sheetDetail.slice(0, 31));
  detail.addRow([x.programme, x.country, x.countryCode, x.code, x.label, x.cash, x.inKind, x.total, x.source]);
  styleHeader(detail, 1, [48, 22, 10, 14, 44, 16, 22, 16, 20]);
  for (const r of rows) {
    const row = detail.addRow([]);
    [r.title, country(r.country), r.country, r.purposeCode, dacLabel(r.purposeCode, locale), r.cash, r.inKind].forEach((v, i) => setSafe(row.getCell(i + 1), v));
    row.getCell(8).value = { formula: `F${row.number}+G${row.number}`, result: r.total };
    setSafe(row.getCell(9), x.sources[r.source]);
  }
  for (const col of [6, 7, 8]) detail.getColumn(col).numFmt = EUROS;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
