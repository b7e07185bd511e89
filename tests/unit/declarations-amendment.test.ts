import { describe, expect, it } from 'vitest';
import { amendedClauses, amendmentDiff } from '../../src-shared/method/amendment';
import { buildDemoProgramme } from '../../src-shared/demo';
import { newId, type ProgrammeSnapshot } from '../../src-shared/model';

const voted = (): ProgrammeSnapshot => buildDemoProgramme(newId, '2026-12-01T10:00:00.000Z');

describe('the differences an amendment makes to the convention', () => {
  it('finds nothing between a version and itself', () => {
    const s = voted();
    const diff = amendmentDiff(s, structuredClone(s));
    expect(diff.empty).toBe(true);
    expect(amendedClauses(diff)).toEqual([]);
  });

  it('shows a funder’s old and new amount and the new total when a contribution changes', () => {
    const s = voted();
    const state = s.funders.find((f) => f.kind === 'state_meae')!;
    const contribution = s.contributions.find((c) => c.funderId === state.id)!;
    const changed = structuredClone(s);
    changed.contributions = changed.contributions.map((c) => (c.id === contribution.id ? { ...c, amount: c.amount + 5000 } : c));
    const diff = amendmentDiff(s, changed);
    expect(diff.funders).toHaveLength(1);
    const f = diff.funders[0]!;
    expect(f.id).toBe(state.id);
    expect(f.after.total - f.before.total).toBe(5000);
    expect(f.after.cash - f.before.cash).toBe(contribution.nature === 'cash' ? 5000 : 0);
    // Expenses did not move: the financing plan no longer balances, but the total cost is unchanged.
    expect(diff.total).toBeNull();
    expect(amendedClauses(diff)).toEqual(['financial_terms']);
  });

  it('reports a new expense as a change of the total cost', () => {
    const s = voted();
    const changed = structuredClone(s);
    const line = changed.budgetLines[0]!;
    changed.budgetLines[0] = { ...line, quantity: line.quantity + 1 };
    const diff = amendmentDiff(s, changed);
    expect(diff.total!.after - diff.total!.before).toBeCloseTo(line.unitCost, 2);
  });

  it('lists activities added, removed and renamed with their codes, and a new period', () => {
    const s = voted();
    const changed = structuredClone(s);
    const activities = changed.logframe.filter((r) => r.level === 'activity');
    const [renamed, removed] = [activities[0]!, activities[1]!];
    changed.logframe = changed.logframe
      .filter((r) => r.id !== removed.id)
      .map((r) => (r.id === renamed.id ? { ...r, text: 'Former les éducateurs de rue' } : r));
    changed.logframe.push({ ...renamed, id: newId(), text: 'Ouvrir un second point d’accueil' });
    changed.framing.endDate = '2030-06-30';
    const diff = amendmentDiff(s, changed);
    expect(diff.activities.removed.map((a) => a.id)).toEqual([removed.id]);
    expect(diff.activities.renamed).toEqual([expect.objectContaining({ id: renamed.id, text: 'Former les éducateurs de rue', before: renamed.text.trim() })]);
    expect(diff.activities.added.map((a) => a.text)).toEqual(['Ouvrir un second point d’accueil']);
    expect(diff.activities.renamed[0]!.code).toMatch(/^A\d+\.\d+\.\d+$/);
    expect(diff.period).toEqual({ before: { start: s.framing.startDate, end: s.framing.endDate }, after: { start: s.framing.startDate, end: '2030-06-30' } });
    expect(amendedClauses(diff)).toEqual(['purpose', 'duration']);
  });

  it('sees a party represented by someone else, and ignores a change of spacing', () => {
    const s = voted();
    const changed = structuredClone(s);
    const partner = changed.parties.find((p) => p.role === 'partner')!;
    partner.representedBy = 'Mme Fatou Sarr, maire';
    const departement = changed.parties.find((p) => p.role === 'lead')!;
    departement.name = `  ${departement.name.replace(' ', '  ')} `;
    const diff = amendmentDiff(s, changed);
    expect(diff.parties.changed).toEqual([expect.objectContaining({ id: partner.id, after: expect.objectContaining({ representedBy: 'Mme Fatou Sarr, maire' }) })]);
    expect(diff.empty).toBe(false);
  });
});
