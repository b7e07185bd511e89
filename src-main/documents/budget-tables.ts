import type { Table } from 'docx';
import { amountInDocument, numberInDocument, percentInDocument } from '../../src-shared/i18n/typography';
import { lineAmount } from '../../src-shared/method/deliberation';
import { BUDGET_CATEGORIES } from '../../src-shared/model';
import { table, type RenderContext } from './kit';

/** Budget tables shared by the rapport and the annexes. */

export function financingTable(ctx: RenderContext): Table {
  const a = ctx.p.annexes;
  const s = ctx.snapshot;
  const total = s.contributions.reduce((sum, c) => sum + c.amount, 0);
  const rows = s.funders
    .map((funder) => {
      const own = s.contributions.filter((c) => c.funderId === funder.id);
      const cash = own.filter((c) => c.nature === 'cash').reduce((x, c) => x + c.amount, 0);
      const inKind = own.filter((c) => c.nature === 'in_kind').reduce((x, c) => x + c.amount, 0);
      return { funder, cash, inKind, amount: cash + inKind };
    })
    .filter((r) => r.amount > 0)
    .map((r) => [
      r.funder.name.trim() || ctx.p.dots,
      amountInDocument(r.cash, ctx.locale),
      amountInDocument(r.inKind, ctx.locale),
      amountInDocument(r.amount, ctx.locale),
      total > 0 ? percentInDocument(r.amount / total, ctx.locale) : '—',
    ]);
  rows.push([
    a.total,
    '',
    '',
    amountInDocument(total, ctx.locale),
    total > 0 ? percentInDocument(1, ctx.locale) : '—',
  ]);
  return table(
    ctx,
    [a.funder, ctx.p.nature.cash, ctx.p.nature.in_kind, a.amount, a.share],
    rows,
    [36, 17, 17, 18, 12],
    { boldLastRow: true, numeric: [1, 2, 3, 4] },
  );
}

export function expensesByCategoryTable(ctx: RenderContext): Table {
  const a = ctx.p.annexes;
  const lines = ctx.snapshot.budgetLines;
  const total = lines.reduce((x, l) => x + lineAmount(l), 0);
  const rows = BUDGET_CATEGORIES.map((category) => {
    const own = lines.filter((l) => l.category === category);
    const sum = (side: 'france' | 'partner') =>
      own.filter((l) => l.side === side).reduce((x, l) => x + lineAmount(l), 0);
    const all = sum('france') + sum('partner');
    return { category, france: sum('france'), partner: sum('partner'), all };
  })
    .filter((r) => r.all > 0)
    .map((r) => [
      ctx.p.category[r.category],
      amountInDocument(r.france, ctx.locale),
      amountInDocument(r.partner, ctx.locale),
      amountInDocument(r.all, ctx.locale),
      total > 0 ? percentInDocument(r.all / total, ctx.locale) : '—',
    ]);
  rows.push([
    a.total,
    '',
    '',
    amountInDocument(total, ctx.locale),
    total > 0 ? percentInDocument(1, ctx.locale) : '—',
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
export function expenseLinesTable(ctx: RenderContext): Table {
  // Landscape: eight columns need the width (see the annexes' budget section).
  const a = ctx.p.annexes;
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
        `${numberInDocument(l.quantity, ctx.locale)}${l.unit ? ` ${l.unit}` : ''}`,
        amountInDocument(l.unitCost, ctx.locale),
        amountInDocument(lineAmount(l), ctx.locale),
      ]);
    rows.push([
      '',
      `${a.subtotal} — ${ctx.p.category[category]}`,
      '',
      '',
      '',
      '',
      '',
      amountInDocument(
        own.reduce((x, l) => x + lineAmount(l), 0),
        ctx.locale,
      ),
    ]);
  }
  const total = ctx.snapshot.budgetLines.reduce((x, l) => x + lineAmount(l), 0);
  rows.push([a.total, '', '', '', '', '', '', amountInDocument(total, ctx.locale)]);
  return table(
    ctx,
    [a.category, a.label, a.year, a.side, a.nature, a.quantity, a.unitCost, a.amount],
    rows,
    [14, 30, 6, 9, 10, 9, 11, 11],
    { boldLastRow: true, numeric: [5, 6, 7], landscape: true },
  );
}
