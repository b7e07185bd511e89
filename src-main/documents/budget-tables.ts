import { amountInDocument, percentInDocument, quantityWithUnit } from '../../src-shared/i18n/typography';
import { budgetTotals, lineAmount } from '../../src-shared/method/budget';
import { BUDGET_CATEGORIES, type BudgetLine } from '../../src-shared/model';
import { table, tableSpec, type RenderContext, type TableBlock } from './kit';
import type { TableSpec } from './raw-xml/spec';
import { buildTable } from './raw-xml/tables';

/** Budget tables shared by the rapport and the annexes; every figure comes from the facts module or the budget's totals. */

const sumOf = (lines: BudgetLine[]) => lines.reduce((x, l) => x + Math.round(lineAmount(l) * 100), 0) / 100;

export const financingTable = (ctx: RenderContext): TableBlock => buildTable(ctx.rawTables, financingTableSpec(ctx));

export function financingTableSpec(ctx: RenderContext): TableSpec {
  const a = ctx.p.annexes;
  const m = ctx.facts.money;
  const money = (n: number) => amountInDocument(n, ctx.locale);
  const share = (n: number) => (m.revenue > 0 ? percentInDocument(n / m.revenue, ctx.locale) : '—');
  const rows = m.funders.map((f) => [f.name || ctx.p.dots, money(f.cash), money(f.inKind), money(f.total), share(f.total)]);
  const cash = m.funders.reduce((x, f) => x + Math.round(f.cash * 100), 0) / 100;
  const inKind = m.funders.reduce((x, f) => x + Math.round(f.inKind * 100), 0) / 100;
  rows.push([a.total, money(cash), money(inKind), money(m.revenue), share(m.revenue)]);
  return tableSpec(
    ctx,
    [a.funder, ctx.p.nature.cash, ctx.p.nature.in_kind, a.amount, a.share],
    rows,
    [36, 17, 17, 18, 12],
    { boldLastRow: true, numeric: [1, 2, 3, 4] },
  );
}

export function expensesByCategoryTable(ctx: RenderContext): TableBlock {
  const a = ctx.p.annexes;
  const totals = budgetTotals(ctx.snapshot);
  const money = (n: number) => amountInDocument(n, ctx.locale);
  const lines = ctx.snapshot.budgetLines;
  const rows = BUDGET_CATEGORIES.map((category) => {
    const own = lines.filter((l) => l.category === category);
    return {
      category,
      france: sumOf(own.filter((l) => l.side === 'france')),
      partner: sumOf(own.filter((l) => l.side === 'partner')),
      all: totals.byCategory[category],
    };
  })
    .filter((r) => r.all > 0)
    .map((r) => [
      ctx.p.category[r.category],
      money(r.france),
      money(r.partner),
      money(r.all),
      totals.expenses > 0 ? percentInDocument(r.all / totals.expenses, ctx.locale) : '—',
    ]);
  rows.push([
    a.total,
    money(totals.bySide.france),
    money(totals.bySide.partner),
    money(totals.expenses),
    totals.expenses > 0 ? percentInDocument(1, ctx.locale) : '—',
  ]);
  return table(
    ctx,
    [a.category, ctx.p.side.france, ctx.p.side.partner, a.amount, a.share],
    rows,
    [36, 17, 17, 18, 12],
    { boldLastRow: true, numeric: [1, 2, 3, 4] },
  );
}

/** Every expense line, grouped by category, with subtotals. */
export function expenseLinesTable(ctx: RenderContext): TableBlock {
  // Landscape: eight columns need the width (see the annexes' budget section).
  const a = ctx.p.annexes;
  const totals = budgetTotals(ctx.snapshot);
  const rows: string[][] = [];
  for (const category of BUDGET_CATEGORIES) {
    const own = ctx.snapshot.budgetLines.filter((l) => l.category === category);
    if (!own.length) continue;
    for (const l of own)
      rows.push([
        ctx.p.category[category],
        l.label.trim() || ctx.p.dots,
        l.year ? String(l.year) : '',
        ctx.p.side[l.side],
        ctx.p.nature[l.nature],
        quantityWithUnit(l.quantity, l.unit, ctx.locale),
        amountInDocument(l.unitCost, ctx.locale),
        amountInDocument(lineAmount(l), ctx.locale),
      ]);
    rows.push(['', `${a.subtotal} — ${ctx.p.category[category]}`, '', '', '', '', '', amountInDocument(totals.byCategory[category], ctx.locale)]);
  }
  rows.push([a.total, '', '', '', '', '', '', amountInDocument(totals.expenses, ctx.locale)]);
  return table(
    ctx,
    [a.category, a.label, a.year, a.side, a.nature, a.quantity, a.unitCost, a.amount],
    rows,
    [14, 30, 6, 9, 10, 9, 11, 11],
    { boldLastRow: true, numeric: [5, 6, 7], landscape: true },
  );
}
