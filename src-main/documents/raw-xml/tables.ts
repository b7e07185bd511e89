import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { RawXml } from './block';
import { isParagraphSpec, type CellSpec, type ParagraphSpec, type RunSpec, type TableSpec } from './spec';
import { isPlainData, tableXml } from './wordml';

/**
 * A described table as a block of the body: written directly (a RawXml) when asked and when it holds nothing but
 * data, else as docx objects — the same XML either way (tests/unit/documents-raw-xml.test.ts).
 */
export function buildTable(raw: boolean, spec: TableSpec): Table | RawXml {
  return raw && isPlainData(spec) ? new RawXml(tableXml(spec)) : docxTable(spec);
}

export function textRunOf(run: RunSpec): TextRun {
  const { text, ...props } = run;
  // A run without properties as docx's plain-text form (the same XML, a lighter object).
  return Object.keys(props).length ? new TextRun(run) : new TextRun(text);
}

export function docxParagraph(p: ParagraphSpec): Paragraph {
  return new Paragraph({
    ...(p.style ? { style: p.style } : {}),
    ...(p.alignment ? { alignment: p.alignment } : {}),
    ...(p.keepNext ? { keepNext: true } : {}),
    ...(p.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(p.bullet ? { bullet: { level: 0 } } : {}),
    ...(p.numbering ? { numbering: { reference: p.numbering, level: 0 } } : {}),
    children: p.runs.map(textRunOf),
  });
}

function docxCell(cell: CellSpec): TableCell {
  return new TableCell({
    children: cell.paragraphs.map((p) => (isParagraphSpec(p) ? docxParagraph(p) : p)),
    ...(cell.shading ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: cell.shading } } : {}),
  });
}

export function docxTable(spec: TableSpec): Table {
  return new Table({
    style: spec.style,
    width: { size: spec.width, type: WidthType.DXA },
    columnWidths: spec.grid,
    layout: TableLayoutType.FIXED,
    rows: spec.rows.map(
      (row) =>
        new TableRow({
          ...(row.tableHeader ? { tableHeader: true } : {}),
          ...(row.cantSplit ? { cantSplit: true } : {}),
          children: row.cells.map(docxCell),
        }),
    ),
  });
}
