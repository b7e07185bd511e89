import { describe, expect, it } from 'vitest';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { logframeCodes, structureProblems } from '../../src-shared/method';
import { CLAUSE_KEYS, AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';
import { isSdgTargetCode } from '../../src-shared/sdg';

const NOW = '2026-11-26T09:00:00.000Z';

/** Valid UUID v7-shaped ids from a counter, so two builds can be compared. */
function counterIds(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

const demo = buildDemoProgramme(counterIds(), NOW);
const cents = (x: number) => Math.round(x * 100);

/** Every string in a data tree, with the key it sits under. */
function strings(value: unknown, key = '', out: Array<{ key: string; text: string }> = []) {
  if (typeof value === 'string') out.push({ key, text: value });
  else if (Array.isArray(value)) for (const item of value) strings(item, key, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, k, out);
  return out;
}

describe('demo programme', () => {
  it('is a valid snapshot without structural problems', () => {
    expect(ProgrammeSnapshot.parse(demo)).toEqual(demo);
    expect(structureProblems(demo)).toEqual([]);
    expect(demo.createdAt).toBe(NOW);
    expect(demo.attachments).toEqual([]);
  });

  it('is deterministic for the same ids and time', () => {
    expect(buildDemoProgramme(counterIds(), NOW)).toEqual(demo);
  });

  it('fills the framing step', () => {
    const f = demo.framing;
    expect(f.title).not.toBe('');
    expect(f.acronym).not.toBe('');
    expect(f.partnerCountry).toBe('SN');
    expect(f.partnerLevel).toBe('commune');
    expect(f.startDate).toBe('2027-01-01');
    expect(f.endDate).toBe('2029-12-31');
    expect(f.themes).toContain('socio_professional_integration');
    expect(f.sharedChallenge.length).toBeGreaterThan(300);
    expect(f.reciprocityEffects.length).toBeGreaterThan(300);
    expect(demo.targetGroups.length).toBeGreaterThanOrEqual(3);
    for (const g of demo.targetGroups) expect(g.direct).not.toBeNull();
  });

  it('fills both territories and the participatory diagnosis', () => {
    expect(demo.territories.map((t) => t.side)).toEqual(['france', 'partner']);
    for (const t of demo.territories) {
      expect(t.name).not.toBe('');
      for (const blocks of Object.values(t.sections)) expect(blocks.length).toBeGreaterThan(0);
    }
    expect(demo.stakeholders.length).toBeGreaterThanOrEqual(10);
    expect(demo.workshops).toHaveLength(3);
    expect(demo.problems.filter((p) => p.kind === 'core')).toHaveLength(1);
    expect(demo.problems.filter((p) => p.kind === 'cause').length).toBeGreaterThanOrEqual(4);
    expect(demo.problems.filter((p) => p.kind === 'effect').length).toBeGreaterThanOrEqual(3);
    expect(demo.objectives).toHaveLength(demo.problems.length);
    expect(demo.objectives.some((o) => o.logframeId !== null)).toBe(true);
  });

  it('has the expected counts', () => {
    const level = (l: string) => demo.logframe.filter((r) => r.level === l).length;
    expect(level('goal')).toBe(1);
    expect(level('specific')).toBe(2);
    expect(level('result')).toBe(5);
    expect(level('activity')).toBe(12);
    expect(demo.indicators).toHaveLength(10);
    expect(demo.funders).toHaveLength(3);
    expect(demo.clauses).toHaveLength(15);
    expect(demo.risks).toHaveLength(5);
    expect(demo.risks.filter((r) => r.logframeId !== null)).toHaveLength(2);
  });

  it('numbers the logframe OG, OS1, R1.1, A1.1.1', () => {
    const codes = [...logframeCodes(demo.logframe).values()];
    expect(codes.slice(0, 4)).toEqual(['OG', 'OS1', 'R1.1', 'A1.1.1']);
    expect(codes).toContain('R2.2');
    expect(codes).toContain('A2.2.2');
  });

  it('has all clauses in order, filled', () => {
    expect(demo.clauses.map((c) => c.key)).toEqual([...CLAUSE_KEYS]);
    for (const c of demo.clauses) {
      expect(c.title).not.toBe('');
      expect(c.text.length).toBeGreaterThan(100);
      expect(c.edited).toBe(true) // hand-written for the example: regenerating defaults must keep them;
    }
    expect(demo.parties.map((p) => p.role)).toEqual(expect.arrayContaining(['lead', 'partner']));
    expect(demo.signatories).toHaveLength(2);
  });

  it('measures every result and specific objective', () => {
    for (const row of demo.logframe.filter((r) => r.level === 'result' || r.level === 'specific')) {
      expect(demo.indicators.some((i) => i.logframeId === row.id)).toBe(true);
    }
    for (const i of demo.indicators.filter((x) => x.type === 'quantitative')) {
      const kinds = demo.indicatorTargets.filter((t) => t.indicatorId === i.id).map((t) => t.kind);
      expect(kinds.sort()).toEqual(['final', 'intermediate']);
      expect(i.baselineValue).not.toBeNull();
      expect(i.baselineDate).not.toBeNull();
    }
    const monitored = new Set(demo.monitoringValues.map((m) => m.indicatorId));
    expect(monitored.size).toBeGreaterThanOrEqual(6);
    const inFrance = demo.indicators.filter((i) => i.alsoMeasuredInFrance).length;
    expect(inFrance).toBeGreaterThanOrEqual(2);
    expect(inFrance).toBeLessThanOrEqual(3);
  });

  it('links only valid SDG target codes', () => {
    const codes = demo.indicators.flatMap((i) => i.sdgTargets);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(isSdgTargetCode(code), code).toBe(true);
  });

  it('balances the financing plan and keeps to the co-financing rules', () => {
    const expenses = demo.budgetLines.reduce((acc, l) => acc + cents(l.quantity * l.unitCost), 0);
    const revenue = demo.contributions.reduce((acc, c) => acc + cents(c.amount), 0);
    expect(revenue).toBe(expenses);
    const kindOf = new Map(demo.funders.map((f) => [f.id, f.kind]));
    const byKind = (kind: string, nature?: string) =>
      demo.contributions
        .filter((c) => kindOf.get(c.funderId) === kind && (nature === undefined || c.nature === nature))
        .reduce((acc, c) => acc + cents(c.amount), 0);
    expect(demo.funders.map((f) => f.kind).sort()).toEqual([
      'lead_authority',
      'partner_authority',
      'state_meae',
    ]);
    expect(byKind('state_meae') / revenue).toBeLessThanOrEqual(0.7);
    expect(byKind('lead_authority') / revenue).toBeGreaterThanOrEqual(0.1);
    expect(byKind('lead_authority', 'in_kind') / byKind('lead_authority')).toBeLessThanOrEqual(0.5);
    const me = demo.budgetLines
      .filter((l) => l.category === 'monitoring_evaluation')
      .reduce((acc, l) => acc + cents(l.quantity * l.unitCost), 0);
    expect(me / expenses).toBeGreaterThanOrEqual(0.07);
    const categories = new Set(demo.budgetLines.map((l) => l.category));
    expect(categories.size).toBe(9);
    expect(new Set(demo.budgetLines.map((l) => l.year))).toEqual(new Set([2027, 2028, 2029]));
    expect(demo.budgetSettings.leastDevelopedCountry).toBe(true);
    expect(demo.budgetSettings.ruleSet?.rules.map((r) => r.kind).sort()).toEqual([
      'duration_months',
      'max_funder_share',
      'max_in_kind_share',
      'min_category_share',
      'min_funder_share',
    ]);
  });

  it('balances each year and costs each activity from its budget lines', () => {
    for (const year of [2027, 2028, 2029]) {
      const expenses = demo.budgetLines
        .filter((l) => l.year === year)
        .reduce((acc, l) => acc + cents(l.quantity * l.unitCost), 0);
      const revenue = demo.contributions
        .filter((c) => c.year === year)
        .reduce((acc, c) => acc + cents(c.amount), 0);
      expect(revenue, String(year)).toBe(expenses);
    }
    for (const a of demo.logframe.filter((r) => r.level === 'activity')) {
      const linked = demo.budgetLines
        .filter((l) => l.activityId === a.id)
        .reduce((acc, l) => acc + cents(l.quantity * l.unitCost), 0);
      expect(cents(a.cost ?? 0)).toBe(linked);
      expect(linked).toBeGreaterThan(0);
    }
  });

  it('quotes the forecast amount in the financial clause', () => {
    const total = demo.budgetLines.reduce((acc, l) => acc + cents(l.quantity * l.unitCost), 0);
    const whole = Math.trunc(total / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
    const amount = `${whole},${String(total % 100).padStart(2, '0')}\u00a0€`;
    const clause = demo.clauses.find((c) => c.key === 'financial_terms');
    expect(clause?.text).toContain(amount);
  });

  it('schedules activities within the programme period, with a responsible party', () => {
    const { startDate, endDate } = demo.framing;
    const parties = new Set(demo.parties.map((p) => p.id));
    for (const a of demo.logframe.filter((r) => r.level === 'activity')) {
      expect(a.startDate && a.endDate).toBeTruthy();
      expect(a.startDate! >= startDate!).toBe(true);
      expect(a.endDate! <= endDate!).toBe(true);
      expect(a.startDate! <= a.endDate!).toBe(true);
      expect(parties.has(a.responsiblePartyId!)).toBe(true);
      expect(a.means).not.toBe('');
    }
  });

  it('writes no placeholder and follows French typography', () => {
    const all = [...strings(demo), ...strings(demoAuthoritySettings())];
    for (const { key, text } of all) {
      expect(text, key).not.toMatch(/undefined|NaN|\[object/);
      if (key === 'email' || key === 'phone') continue;
      expect(text, key).not.toMatch(/ [;:!?]/);
      expect(text, key).not.toMatch(/« | »/);
      for (const m of text.matchAll(/(\d(?:[\d \u00a0\u202f]*\d)?)(,\d{2})?([ \u00a0\u202f]*)€/g)) {
        expect(m[1], text).not.toContain(' ');
        expect(['\u00a0', '\u202f'], text).toContain(m[3]);
      }
    }
  });
});

describe('demo authority and session', () => {
  it('the example authority is labelled as an example and holds the permanent particulars only', () => {
    const s = AuthoritySettings.parse(demoAuthoritySettings());
    expect(s.name).toMatch(/^Département de la .*\(exemple\)$/);
    expect(s.presidentTitle).toBe('presidente');
    expect(s.appealCourt).toMatch(/^Tribunal administratif de /);
    for (const key of ['presidentName', 'delegationDeliberation'] as const) expect(s[key]).not.toBe('');
    for (const key of ['sessionDate', 'rapporteur', 'reportNumber', 'budgetChapter'])
      expect(Object.keys(demoAuthoritySettings())).not.toContain(key);
  });

  it('the demo programme carries its own passage before the Commission permanente, credits matching its cash', () => {
    const p = demo;
    expect(p.session.assembly).toBe('delegate');
    expect(p.session.sessionDate).toBe('2027-03-15');
    expect(p.session.budgetChapter).toBe('65');
    const cash = p.contributions
      .filter((c) => p.funders.find((f) => f.id === c.funderId)?.kind === 'lead_authority' && c.nature === 'cash')
      .reduce((x, c) => x + c.amount, 0);
    expect(p.session.paymentCredits.reduce((x, c) => x + c.amount, 0)).toBeCloseTo(cash, 2);
    expect(p.session.paymentCredits.map((c) => c.year)).toEqual([2027, 2028, 2029]);
  });
});
