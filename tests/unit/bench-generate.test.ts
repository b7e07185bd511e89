import { describe, expect, it } from 'vitest';
import { generateLargeProgramme } from '../../bench/generate';
import { ProgrammeSnapshot } from '../../src-shared/model';
import { structureProblems } from '../../src-shared/method/structure';
import { isSdgTargetCode } from '../../src-shared/sdg';

describe('generateLargeProgramme', () => {
  const large = generateLargeProgramme(1);

  it('is a valid programme with no structure problem', () => {
    expect(() => ProgrammeSnapshot.parse(large)).not.toThrow();
    expect(structureProblems(large)).toEqual([]);
  });

  it('has the sizes the benchmarks promise', () => {
    const level = (l: string) => large.logframe.filter((r) => r.level === l).length;
    expect(level('goal')).toBe(1);
    expect(level('specific')).toBe(8);
    expect(level('result')).toBe(40);
    expect(level('activity')).toBe(240);
    expect(large.indicators).toHaveLength(200);
    expect(large.indicatorTargets).toHaveLength(800);
    expect(large.monitoringValues).toHaveLength(1200);
    expect(large.budgetLines).toHaveLength(600);
    expect(large.stakeholders).toHaveLength(60);
    expect(large.problems).toHaveLength(80);
    expect(large.risks).toHaveLength(20);
    expect(large.clauses.length).toBeGreaterThanOrEqual(15);
    for (const indicator of large.indicators) {
      expect(large.indicatorTargets.filter((t) => t.indicatorId === indicator.id)).toHaveLength(4);
      expect(large.monitoringValues.filter((v) => v.indicatorId === indicator.id)).toHaveLength(6);
      for (const code of indicator.sdgTargets) expect(isSdgTargetCode(code)).toBe(true);
    }
  });

  it('gives every activity dates, a cost and means', () => {
    for (const a of large.logframe.filter((r) => r.level === 'activity')) {
      expect(a.startDate && a.endDate && a.startDate < a.endDate).toBe(true);
      expect(a.cost).toBeGreaterThan(0);
      expect(a.means.length).toBeGreaterThan(20);
    }
  });

  it('balances the financing plan to the euro, year by year and by nature', () => {
    for (const year of [2027, 2028, 2029]) {
      for (const nature of ['cash', 'in_kind'] as const) {
        const spent = large.budgetLines
          .filter((l) => l.year === year && l.nature === nature)
          .reduce((s, l) => s + l.quantity * l.unitCost, 0);
        const funded = large.contributions
          .filter((c) => c.year === year && c.nature === nature)
          .reduce((s, c) => s + c.amount, 0);
        expect(funded).toBe(spent);
        expect(spent).toBeGreaterThan(0);
      }
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateLargeProgramme(1))).toBe(JSON.stringify(large));
    const other = generateLargeProgramme(2);
    expect(other.id).not.toBe(large.id);
    expect(other.framing.summary).not.toBe(large.framing.summary);
  });

  it('writes texts of realistic length with French typography', () => {
    expect(large.framing.summary.length).toBeGreaterThan(400);
    expect(large.objectives.every((o) => !o.text.includes(' :'))).toBe(true);
  });
});
