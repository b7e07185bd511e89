import { describe, expect, it } from 'vitest';
import { apdCampaign, apdRows, apdSource, apdTotals, linePurpose, plannedAmounts, splitCents } from '../../src-shared/method/apd';
import { DAC_CODES, programmePurpose } from '../../src-shared/method/dac-codes';
import { buildDemoProgramme } from '../../src-shared/demo';
import { Expenditure, newId, Receipt } from '../../src-shared/model';

const demo = () => buildDemoProgramme(newId, '2026-12-01T10:00:00.000Z');
const cents = (x: number) => Math.round(x * 100);

/** The Département's own contributions of a year, by nature, read straight from the financing plan. */
function ownContributions(s: ReturnType<typeof demo>, year: number) {
  const ids = new Set(s.funders.filter((f) => f.kind === 'lead_authority').map((f) => f.id));
  const of = (nature: 'cash' | 'in_kind') =>
    s.contributions.filter((c) => ids.has(c.funderId) && c.year === year && c.nature === nature).reduce((a, c) => a + cents(c.amount), 0) / 100;
  return { cash: of('cash'), inKind: of('in_kind') };
}

describe('the e-APD worksheet', () => {
  it('ships each code once, five digits, with a French and an English label', () => {
    const codes = DAC_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of DAC_CODES) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(c.fr.length).toBeGreaterThan(3);
      expect(c.en.length).toBeGreaterThan(3);
    }
    for (const code of ['16010', '16015', '16020', '11330', '15150', '15170', '15185', '15112', '99820']) expect(codes).toContain(code);
  });

  it('declares a year in the spring of the next one (15 April – 31 May)', () => {
    expect(apdCampaign(2027)).toEqual({ year: 2027, opens: '2028-04-15', closes: '2028-05-31', article: 'L1115-6' });
  });

  it('adds up, for each year of the demo, to the Département’s own cash and in-kind contribution', () => {
    const s = demo();
    for (const year of [2027, 2028, 2029]) {
      const expected = ownContributions(s, year);
      expect(expected.cash + expected.inKind).toBeGreaterThan(0);
      const rows = apdRows([s], year);
      expect(rows.reduce((a, r) => a + cents(r.cash), 0) / 100).toBe(expected.cash);
      expect(rows.reduce((a, r) => a + cents(r.inKind), 0) / 100).toBe(expected.inKind);
      for (const r of rows) expect(r.country).toBe(s.framing.partnerCountry);
    }
  });

  it('declares nothing for a year without contributions', () => {
    expect(apdRows([demo()], 2031)).toEqual([]);
  });

  it('takes a line’s own code first, then its activity’s, then the programme’s themes', () => {
    const s = demo();
    const line = s.budgetLines.find((l) => l.activityId)!;
    expect(linePurpose(s, line)).toBe(programmePurpose(s.framing.themes));
    const activity = s.logframe.find((r) => r.id === line.activityId)!;
    activity.purposeCode = '11330';
    expect(linePurpose(s, line)).toBe('11330');
    line.purposeCode = '99820';
    expect(linePurpose(s, line)).toBe('99820');
  });

  it('moves the amount of a year to the purpose code its lines carry', () => {
    const s = demo();
    for (const l of s.budgetLines) if (l.year === 2028) l.purposeCode = '16020';
    const amounts = plannedAmounts(s, 2028);
    expect(amounts.map((a) => a.purposeCode)).toEqual(['16020']);
  });

  it('totals by country and code across programmes', () => {
    const a = demo();
    const b = demo();
    b.id = newId();
    b.framing.partnerCountry = 'MA';
    const totals = apdTotals(apdRows([a, b], 2027));
    const sn = totals.filter((t) => t.country === 'SN');
    const ma = totals.filter((t) => t.country === 'MA');
    expect(sn.map((t) => t.total)).toEqual(ma.map((t) => t.total));
    expect(sn.every((t) => t.programmes === 1)).toBe(true);
  });

  it('splits to the cent, whatever the weights', () => {
    const parts = splitCents(100, [['a', 1], ['b', 1], ['c', 1]]);
    expect([...parts.values()].reduce((x, y) => x + y, 0)).toBe(100);
    expect([...parts.values()].sort()).toEqual([33, 33, 34]);
  });

  describe('with the execution of a year entered', () => {
    /** The demo with, in 2027: the Département's payment and valued staff time, the State's instalment, two spendings. */
    function executed() {
      const s = demo();
      const lead = s.funders.find((f) => f.kind === 'lead_authority')!;
      const other = s.funders.find((f) => f.kind !== 'lead_authority')!;
      const [first, second] = s.budgetLines.filter((l) => l.year === 2027);
      first!.purposeCode = '11330';
      second!.purposeCode = '99820';
      const receipt = (funderId: string, nature: 'cash' | 'in_kind', amount: number, date: string | null, year: number | null = null) =>
        Receipt.parse({ id: newId(), funderId, nature, amount, year, date });
      s.receipts = [
        receipt(lead.id, 'cash', 12_000.1, '2027-04-02'),
        receipt(lead.id, 'in_kind', 3_500, null, 2027),
        receipt(lead.id, 'cash', 9_999, '2028-01-15'),
        receipt(other.id, 'cash', 40_000, '2027-05-10'),
      ];
      s.expenditures = [
        Expenditure.parse({ id: newId(), budgetLineId: first!.id, nature: 'cash', amount: 3_000, year: 2027 }),
        Expenditure.parse({ id: newId(), budgetLineId: second!.id, nature: 'cash', amount: 1_000, year: 2027 }),
      ];
      return s;
    }
    const sum = (rows: ReturnType<typeof apdRows>, k: 'cash' | 'inKind') => rows.reduce((a, r) => a + cents(r[k]), 0) / 100;

    it('declares what the Département itself paid and provided in kind that year, not its plan nor the co-financers’', () => {
      const s = executed();
      expect(apdSource(s, 2027)).toBe('executed');
      const rows = apdRows([s], 2027);
      expect(rows.every((r) => r.source === 'executed')).toBe(true);
      expect(sum(rows, 'cash')).toBe(12_000.1);
      expect(sum(rows, 'inKind')).toBe(3_500);
      expect(ownContributions(s, 2027).cash).not.toBe(12_000.1);
    });

    it('spreads the cash over the codes of the lines actually spent on, in proportion to the spending', () => {
      const rows = apdRows([executed()], 2027);
      const cash = Object.fromEntries(rows.filter((r) => r.cash > 0).map((r) => [r.purposeCode, r.cash]));
      // 3 000 € and 1 000 € spent: three quarters and one quarter of 12 000,10 €, to the cent.
      expect(cash).toEqual({ '11330': 9_000.08, '99820': 3_000.02 });
    });

    it('keeps declaring the plan for a year without entries, and says so on each row', () => {
      const s = executed();
      expect(apdSource(s, 2029)).toBe('planned');
      const rows = apdRows([s], 2029);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.source === 'planned')).toBe(true);
      expect(sum(rows, 'cash')).toBe(ownContributions(s, 2029).cash);
    });
  });
});
