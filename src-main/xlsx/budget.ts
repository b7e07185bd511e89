import ExcelJS from 'exceljs';
import type { Locale } from '../../src-shared/i18n/catalogues';
import { lineAmount } from '../../src-shared/method/budget';
import { docPhrases } from '../../src-shared/method/pieces';
import { logframeCodes } from '../../src-shared/method/numbering';
import type { ProgrammeSnapshot } from '../../src-shared/model';
import { setSafe, styleHeader } from './cells';

/** The budget as a workbook: expense lines (amount as a live formula of quantity × unit cost) and the financing plan. */
export async function exportBudget(s: ProgrammeSnapshot, locale: Locale): Promise<Uint8Array> {
  const p = docPhrases(locale);
  const a = p.annexes;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Atelier Coop';
  const codes = logframeCodes(s.logframe);

  const expenses = wb.addWorksheet(a.expenses.slice(0, 31));
  expenses.addRow([
    a.category,
    a.label,
    a.year,
    a.activity,
    a.side,
    a.nature,
    a.quantity,
    a.unit,
    a.unitCost,
    a.amount,
  ]);
  styleHeader(expenses, 1, [30, 40, 8, 10, 12, 14, 10, 12, 14, 16]);
  s.budgetLines.forEach((l) => {
    const row = expenses.addRow([]);
    const cells: Array<string | number | null> = [
      p.category[l.category],
      l.label,
      l.year,
      l.activityId ? (codes.get(l.activityId) ?? '') : '',
      p.side[l.side],
      p.nature[l.nature],
      l.quantity,
      l.unit,
      l.unitCost,
    ];
    cells.forEach((v, i) => setSafe(row.getCell(i + 1), v));
    // Our own formula (never a user's text), with its value cached for readers that do not compute.
    row.getCell(10).value = { formula: `G${row.number}*I${row.number}`, result: lineAmount(l) };
  });
  const last = expenses.rowCount;
  const totalRow = expenses.addRow([a.total]);
  totalRow.getCell(10).value = {
    formula: last >= 2 ? `SUM(J2:J${last})` : '0',
    result: s.budgetLines.reduce((x, l) => x + lineAmount(l), 0),
  };
  totalRow.font = { bold: true };
  for (const col of [9, 10]) expenses.getColumn(col).numFmt = '#,##0.00 "€"';

  const financing = wb.addWorksheet(a.financing.slice(0, 31));
  financing.addRow([a.funder, a.year, a.nature, a.amount]);
  styleHeader(financing, 1, [40, 8, 14, 16]);
  for (const c of s.contributions) {
    const funder = s.funders.find((f) => f.id === c.funderId);
    const row = financing.addRow([]);
    [funder?.name ?? '', c.year, p.nature[c.nature], c.amount].forEach((v, i) =>
      setSafe(row.getCell(i + 1), v),
    );
  }
  const lastF = financing.rowCount;
  const totalF = financing.addRow([a.total]);
  totalF.getCell(4).value = {
    formula: lastF >= 2 ? `SUM(D2:D${lastF})` : '0',
    result: s.contributions.reduce((x, c) => x + c.amount, 0),
  };
  totalF.font = { bold: true };
  financing.getColumn(4).numFmt = '#,##0.00 "€"';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
