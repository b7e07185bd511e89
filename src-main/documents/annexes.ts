import { Paragraph, type Document } from 'docx';
import { amountInDocument, dateInTable, quantityWithUnit } from '../../src-shared/i18n/typography';
import { fill, orMissing, type Line } from '../../src-shared/method/pieces';
import { indicatorCodes, logframeCodes } from '../../src-shared/method/numbering';
import type { LogframeRow } from '../../src-shared/model';
import { expenseLinesTable, expensesByCategoryTable, financingTable } from './budget-tables';
import {
  cellText,
  heading,
  makeDocument,
  para,
  paragraphSpec,
  runs,
  section,
  table,
  type RenderContext,
  type TableBlock,
} from './kit';
import { buildTable } from './raw-xml/tables';
import { STYLE, TABLE_STYLE } from './styles';

/** Rows of the logframe in reading order: goal, then each specific objective with its results and activities. */
export function logframeInOrder(rows: readonly LogframeRow[]): LogframeRow[] {
  const children = new Map<string | null, LogframeRow[]>();
  for (const row of rows) {
    const siblings = children.get(row.parentId);
    if (siblings) siblings.push(row);
    else children.set(row.parentId, [row]);
  }
  const out: LogframeRow[] = [];
  const seen = new Set<string>();
  const walk = (row: LogframeRow) => {
    if (seen.has(row.id)) return;
    seen.add(row.id);
    out.push(row);
    (children.get(row.id) ?? []).forEach(walk);
  };
  (children.get(null) ?? []).forEach(walk);
  rows.forEach(walk); // rows whose parent is missing still appear
  return out;
}

/** Annexes: logical framework (landscape), indicator sheet (landscape), budget and financing plan, timeline (landscape). */
export function buildAnnexesDocument(ctx: RenderContext): Document {
  const a = ctx.p.annexes;
  const title = a.title;
  return makeDocument(ctx, title, [
    section(
      ctx,
      title,
      [
        new Paragraph({ style: STYLE.title, children: runs(ctx, a.title) }),
        heading(ctx, 1, a.logframe),
        logframeTable(ctx),
        ...preconditions(ctx),
      ],
      true,
    ),
    section(ctx, title, [heading(ctx, 1, a.indicators), indicatorTable(ctx)], true),
    section(
      ctx,
      title,
      [
        heading(ctx, 1, a.budget),
        heading(ctx, 2, a.expenses),
        expensesByCategoryTable(ctx),
        new Paragraph({ text: '' }),
        expenseLinesTable(ctx),
        heading(ctx, 2, a.financing),
        financingTable(ctx),
        para(ctx, balanceLine(ctx)),
      ],
      true,
    ),
    section(ctx, title, [heading(ctx, 1, a.timeline), timelineTable(ctx)], true),
  ]);
}

function balanceLine(ctx: RenderContext): Line {
  const m = ctx.facts.money;
  const gap = Math.round((m.revenue - m.expenses) * 100) / 100;
  return m.balanced
    ? [ctx.p.annexes.balanced]
    : fill(ctx.p.annexes.unbalanced, { gap: amountInDocument(gap, ctx.locale) });
}

function logframeTable(ctx: RenderContext): TableBlock {
  const a = ctx.p.annexes;
  const s = ctx.snapshot;
  const codes = logframeCodes(s.logframe);
  const iCodes = indicatorCodes(s.logframe, s.indicators);
  const byRow = groupBy(s.indicators, (i) => i.logframeId);
  const rows = logframeInOrder(s.logframe).map((row) => {
    const code = codes.get(row.id) ?? '';
    const logic = [
      paragraphSpec(ctx, `${code} — ${ctx.p.level[row.level]}`, { style: STYLE.tableHeader }),
      paragraphSpec(ctx, [orMissing(row.text, 'text', `logframe.${row.id}.text`)], { style: STYLE.tableText }),
    ];
    if (row.level === 'activity') {
      const cost = row.cost !== null ? amountInDocument(row.cost, ctx.locale) : '';
      return [
        logic,
        cellText(ctx, row.means ? `${a.colMeans} : ${row.means}` : ''),
        cellText(ctx, cost ? `${a.colCost} : ${cost}` : ''),
        cellText(ctx, row.assumptions),
      ];
    }
    const indicators = byRow.get(row.id) ?? [];
    const indicatorCell = indicators.length
      ? indicators.map((i) =>
          paragraphSpec(ctx, `${iCodes.get(i.id) ?? ''} ${i.wording.trim()}`, { style: STYLE.tableText }),
        )
      : cellText(ctx, '');
    const sources = [row.sources, ...indicators.map((i) => i.source)].map((x) => x.trim()).filter(Boolean);
    return [
      logic,
      indicatorCell,
      cellText(ctx, [...new Set(sources)].join('\n')),
      cellText(ctx, row.assumptions),
    ];
  });
  return table(ctx, [a.colLogic, a.colIndicators, a.colSources, a.colAssumptions], rows, [34, 26, 20, 20], {
    landscape: true,
  });
}

function preconditions(ctx: RenderContext): Paragraph[] {
  const list = ctx.snapshot.preconditions.filter((x) => x.text.trim());
  if (!list.length) return [];
  return [
    heading(ctx, 3, ctx.p.annexes.preconditions),
    ...list.map((x) => new Paragraph({ bullet: { level: 0 }, children: runs(ctx, x.text.trim()) })),
  ];
}

function indicatorTable(ctx: RenderContext): TableBlock {
  const a = ctx.p.annexes;
  const s = ctx.snapshot;
  const iCodes = indicatorCodes(s.logframe, s.indicators);
  const order = new Map(logframeInOrder(s.logframe).map((r, i) => [r.id, i]));
  const indicators = [...s.indicators].sort(
    (x, y) => (order.get(x.logframeId) ?? 0) - (order.get(y.logframeId) ?? 0),
  );
  const value = (v: number | null, text: string, date: string | null, unit: string) => {
    const shown = v !== null ? quantityWithUnit(v, unit, ctx.locale) : text.trim();
    return shown ? `${shown}${date ? ` (${dateInTable(date, ctx.locale)})` : ''}` : '';
  };
  // Each indicator's targets and measures, in the programme's order (large programmes have thousands).
  const targets = groupBy(s.indicatorTargets, (t) => t.indicatorId);
  const measures = groupBy(s.monitoringValues, (m) => m.indicatorId);
  const rows = indicators.map((i) => {
    const target = (kind: 'intermediate' | 'final') =>
      (targets.get(i.id) ?? [])
        .filter((t) => t.kind === kind)
        .map((t) => value(t.value, t.text, t.date, i.unit))
        .filter(Boolean)
        .join('\n');
    // What was measured so far, oldest first (the monitoring values of the indicator screen).
    const measured = [...(measures.get(i.id) ?? [])]
      .sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''))
      .map((m) => value(m.value, m.text, m.date, i.unit))
      .filter(Boolean)
      .join('\n');
    return [
      iCodes.get(i.id) ?? '',
      cellText(ctx, i.wording || ''),
      i.unit,
      value(i.baselineValue, i.baselineText, i.baselineDate, i.unit),
      cellText(ctx, target('intermediate')),
      cellText(ctx, target('final')),
      cellText(ctx, measured),
      cellText(ctx, i.source),
      i.frequency ? ctx.p.frequency[i.frequency] : '',
      i.responsible,
      i.disaggregation.map((d) => ctx.p.disaggregation[d]).join(', '),
      i.sdgTargets.join(', '),
    ];
  });
  return table(
    ctx,
    [
      a.code,
      a.indicator,
      a.unit,
      a.baseline,
      a.intermediate,
      a.final,
      a.measured,
      a.source,
      a.frequency,
      a.responsible,
      a.disaggregation,
      a.sdg,
    ],
    rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c))),
    [6, 15, 8, 8, 8, 8, 8, 12, 8, 8, 7, 4],
    { landscape: true },
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Quarters from the programme's start to its end (at most 16, then years). */
function periods(ctx: RenderContext): Array<{ label: string; start: string; end: string }> {
  const f = ctx.snapshot.framing;
  const activities = ctx.snapshot.logframe.filter((r) => r.level === 'activity');
  const starts = [f.startDate, ...activities.map((x) => x.startDate)]
    .filter((x): x is string => Boolean(x))
    .sort();
  const ends = [f.endDate, ...activities.map((x) => x.endDate)].filter((x): x is string => Boolean(x)).sort();
  const first = f.startDate ?? starts[0];
  const last = f.endDate ?? ends[ends.length - 1];
  if (!first || !last || last < first) return [];
  const y0 = Number(first.slice(0, 4));
  const q0 = Math.floor((Number(first.slice(5, 7)) - 1) / 3);
  const y1 = Number(last.slice(0, 4));
  const q1 = Math.floor((Number(last.slice(5, 7)) - 1) / 3);
  const count = (y1 - y0) * 4 + (q1 - q0) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (count > 16) {
    return Array.from({ length: y1 - y0 + 1 }, (_, i) => ({
      label: String(y0 + i),
      start: `${y0 + i}-01-01`,
      end: `${y0 + i}-12-31`,
    }));
  }
  return Array.from({ length: count }, (_, i) => {
    const q = (q0 + i) % 4;
    const y = y0 + Math.floor((q0 + i) / 4);
    const endMonth = q * 3 + 3;
    return {
      label: fill(ctx.p.annexes.quarter, { q: q + 1, year: y }).join(''),
      start: `${y}-${pad(q * 3 + 1)}-01`,
      end: `${y}-${pad(endMonth)}-${endMonth === 6 || endMonth === 9 ? '30' : '31'}`,
    };
  });
}

function timelineTable(ctx: RenderContext): TableBlock | Paragraph {
  const a = ctx.p.annexes;
  const s = ctx.snapshot;
  const codes = logframeCodes(s.logframe);
  const cols = periods(ctx);
  const activities = logframeInOrder(s.logframe).filter((r) => r.level === 'activity');
  if (!cols.length || !activities.length) return para(ctx, ctx.p.notProvided);
  // Widths in the table grid only (twips of the landscape text width), not on each of the many cells.
  const textWidth = 16838 - 1800;
  const labelWidth = Math.round(textWidth * 0.34);
  const w = Math.floor((textWidth - labelWidth) / cols.length);
  const header = {
    tableHeader: true,
    cells: [
      { paragraphs: [paragraphSpec(ctx, a.activity, { style: STYLE.tableHeader })] },
      ...cols.map((c) => ({ paragraphs: [paragraphSpec(ctx, c.label, { style: STYLE.tableHeader })] })),
    ],
  };
  const rows = activities.map((act) => ({
    cantSplit: true,
    cells: [
      {
        paragraphs: [
          paragraphSpec(ctx, [`${codes.get(act.id) ?? ''} `, orMissing(act.text, 'text', `logframe.${act.id}.text`)], {
            style: STYLE.tableText,
          }),
        ],
      },
      ...cols.map((c) => {
        const on = Boolean(act.startDate && act.endDate && act.startDate <= c.end && act.endDate >= c.start);
        // The mark is a character as well as a colour, so it survives black-and-white printing.
        return on ? MARKED : UNMARKED;
      }),
    ],
  }));
  return buildTable(ctx.rawTables, {
    style: TABLE_STYLE,
    width: labelWidth + w * cols.length,
    grid: [labelWidth, ...cols.map(() => w)],
    rows: [header, ...rows],
  });
}

const MARKED = {
  paragraphs: [{ style: STYLE.tableText, alignment: 'center' as const, runs: [{ text: '■', color: '1F3864' }] }],
  shading: 'B4C6E7',
};
const UNMARKED = { paragraphs: [{ runs: [] }] };
