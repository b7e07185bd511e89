import type { Nature, ProgrammeSnapshot } from '../model';
import { programmePurpose } from './dac-codes';
import { entryYear } from './execution';

/**
 * The e-APD worksheet: each spring (15 April – 31 May) a French authority declares the official development assistance
 * it gave in the previous calendar year (article L1115-6 CGCT; a condition of the State's co-financing), by partner
 * country and OECD DAC purpose code, cash and in kind (staff time valued counts). The declaration counts what was
 * disbursed: a programme whose execution of the year is entered declares the authority's own executed amounts; one
 * without entries for the year declares its planned own contribution, and each row says which (`source`).
 */

export interface ApdAmount {
  purposeCode: string;
  cash: number;
  inKind: number;
}

/** A programme's amounts for one calendar year, by purpose code. */
export type ApdAmountSource = (s: ProgrammeSnapshot, year: number) => ApdAmount[];

/** Where a programme's figures of the year come from: its execution entries, or its financing plan. */
export type ApdSource = 'executed' | 'planned';

export interface ApdRow extends ApdAmount {
  programmeId: string;
  source: ApdSource;
  title: string;
  /** ISO 3166-1 alpha-2 of the partner country ('' when the programme has none yet). */
  country: string;
  total: number;
}

export interface ApdCampaign {
  /** The calendar year declared. */
  year: number;
  opens: string;
  closes: string;
  article: 'L1115-6';
}

/** The campaign in which a year is declared: 15 April – 31 May of the following year. */
export const apdCampaign = (year: number): ApdCampaign => ({ year, opens: `${year + 1}-04-15`, closes: `${year + 1}-05-31`, article: 'L1115-6' });

const cents = (x: number) => Math.round(x * 100);

/** The purpose code of each budget line: its own, else its activity's, else the programme's default (its themes). */
export function linePurpose(s: ProgrammeSnapshot, line: ProgrammeSnapshot['budgetLines'][number]): string {
  if (line.purposeCode) return line.purposeCode;
  const activity = line.activityId ? s.logframe.find((r) => r.id === line.activityId) : undefined;
  return activity?.purposeCode ?? programmePurpose(s.framing.themes);
}

/** Splits an amount in cents over weights, to the cent (largest remainders), so the parts add up to the whole. */
export function splitCents(amount: number, weights: ReadonlyArray<[string, number]>): Map<string, number> {
  const out = new Map<string, number>();
  const total = weights.reduce((a, [, w]) => a + w, 0);
  if (amount === 0 || total <= 0) return out;
  const parts = weights.map(([key, w]) => {
    const exact = (amount * w) / total;
    return { key, floor: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = amount - parts.reduce((a, p) => a + p.floor, 0);
  for (const p of [...parts].sort((a, b) => b.rest - a.rest || a.key.localeCompare(b.key))) {
    if (left <= 0) break;
    p.floor += 1;
    left -= 1;
  }
  for (const p of parts) out.set(p.key, (out.get(p.key) ?? 0) + p.floor);
  return out;
}

type Weighted = { purposeCode: string; nature: Nature; amount: number };

/**
 * Splits the authority's own cash and in-kind amounts (in cents) over purpose codes, in proportion to the weighted
 * items of the same nature (all items when none has that nature; the programme's default code when there are none).
 */
function spread(s: ProgrammeSnapshot, own: Record<Nature, number>, items: readonly Weighted[]): ApdAmount[] {
  const weightsOf = (nature: Nature): Array<[string, number]> => {
    const chosen = items.some((i) => i.nature === nature && i.amount > 0) ? items.filter((i) => i.nature === nature) : items;
    const byCode = new Map<string, number>();
    for (const i of chosen) byCode.set(i.purposeCode, (byCode.get(i.purposeCode) ?? 0) + i.amount);
    const weights = [...byCode].filter(([, w]) => w > 0);
    return weights.length ? weights : [[programmePurpose(s.framing.themes), 1]];
  };
  const cash = splitCents(own.cash, weightsOf('cash'));
  const inKind = splitCents(own.in_kind, weightsOf('in_kind'));
  const codes = [...new Set([...cash.keys(), ...inKind.keys()])].sort();
  return codes.map((purposeCode) => ({ purposeCode, cash: (cash.get(purposeCode) ?? 0) / 100, inKind: (inKind.get(purposeCode) ?? 0) / 100 }));
}

const leadFunders = (s: ProgrammeSnapshot) => new Set(s.funders.filter((f) => f.kind === 'lead_authority').map((f) => f.id));

/** The year's planned expense lines, weighted by their amounts, each with its purpose code. */
const plannedItems = (s: ProgrammeSnapshot, year: number): Weighted[] =>
  s.budgetLines.filter((l) => l.year === year).map((l) => ({ purposeCode: linePurpose(s, l), nature: l.nature, amount: cents(l.quantity * l.unitCost) }));

/**
 * Planned amounts: the Département's own contribution for the year (its funders' contributions, cash and in kind, as
 * the financing plan states them), spread over purpose codes in proportion to that year's expense lines of the same
 * nature (all of that year's lines when none has that nature; the programme's default code when the year has none).
 * Co-financings received (the State, AFD…) are not the authority's own aid and are left out.
 */
export const plannedAmounts: ApdAmountSource = (s, year) => {
  const lead = leadFunders(s);
  const own: Record<Nature, number> = { cash: 0, in_kind: 0 };
  for (const c of s.contributions) if (lead.has(c.funderId) && c.year === year) own[c.nature] += cents(c.amount);
  return spread(s, own, plannedItems(s, year));
};

/**
 * Executed amounts: what the authority itself paid (cash) or provided (in kind, staff time valued included) in the
 * year, as its own funders' receipts record it; spread over purpose codes in proportion to the year's spending
 * entries of the same nature (by their line's code), else to the year's planned lines. The co-financers' receipts are
 * left out, as in the planned amounts.
 */
export const executedAmounts: ApdAmountSource = (s, year) => {
  const lead = leadFunders(s);
  const own: Record<Nature, number> = { cash: 0, in_kind: 0 };
  for (const r of s.receipts) if (lead.has(r.funderId) && entryYear(r) === year) own[r.nature] += cents(r.amount);
  const lines = new Map(s.budgetLines.map((l) => [l.id, l]));
  const spent: Weighted[] = [];
  for (const e of s.expenditures) {
    const line = lines.get(e.budgetLineId);
    if (line && entryYear(e) === year) spent.push({ purposeCode: linePurpose(s, line), nature: e.nature, amount: cents(e.amount) });
  }
  return spread(s, own, spent.some((i) => i.amount > 0) ? spent : plannedItems(s, year));
};

/** The source a programme's year is declared from: executed once any spending or receipt of that year is entered. */
export function apdSource(s: Pick<ProgrammeSnapshot, 'expenditures' | 'receipts'>, year: number): ApdSource {
  return [...s.expenditures, ...s.receipts].some((e) => entryYear(e) === year) ? 'executed' : 'planned';
}

/** One row per programme and purpose code with an amount in the year, programmes in the given order. */
export function apdRows(programmes: readonly ProgrammeSnapshot[], year: number): ApdRow[] {
  return programmes.flatMap((s) => {
    const source = apdSource(s, year);
    return (source === 'executed' ? executedAmounts : plannedAmounts)(s, year)
      .filter((a) => a.cash > 0 || a.inKind > 0)
      .map((a) => ({
        programmeId: s.id,
        source,
        title: s.framing.title.trim(),
        country: s.framing.partnerCountry,
        purposeCode: a.purposeCode,
        cash: a.cash,
        inKind: a.inKind,
        total: (cents(a.cash) + cents(a.inKind)) / 100,
      }));
  });
}

export interface ApdTotal {
  country: string;
  purposeCode: string;
  cash: number;
  inKind: number;
  total: number;
  programmes: number;
}

/** The declaration's view: totals by partner country and purpose code (sorted by country, then code). */
export function apdTotals(rows: readonly ApdRow[]): ApdTotal[] {
  const byKey = new Map<string, { country: string; purposeCode: string; cash: number; inKind: number; ids: Set<string> }>();
  for (const r of rows) {
    const key = `${r.country}|${r.purposeCode}`;
    const t = byKey.get(key) ?? { country: r.country, purposeCode: r.purposeCode, cash: 0, inKind: 0, ids: new Set<string>() };
    t.cash += cents(r.cash);
    t.inKind += cents(r.inKind);
    t.ids.add(r.programmeId);
    byKey.set(key, t);
  }
  return [...byKey.values()]
    .sort((a, b) => a.country.localeCompare(b.country) || a.purposeCode.localeCompare(b.purposeCode))
    .map((t) => ({ country: t.country, purposeCode: t.purposeCode, cash: t.cash / 100, inKind: t.inKind / 100, total: (t.cash + t.inKind) / 100, programmes: t.ids.size }));
}
