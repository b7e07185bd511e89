import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocumentPackage } from '../../src-main/documents/package';
import { budgetTotals, lineAmount } from '../../src-shared/method/budget';
import { BUDGET_CATEGORIES, type BudgetCategory, type ProgrammeSnapshot } from '../../src-shared/model';
import { documentText } from '../helpers/docx-text';
import { completeProgramme, completeSettings, IDS } from '../unit/readiness-fixture';

/**
 * Money that adds up (issue 10, deliverable 5): over generated budgets, every amount the five documents print is one
 * of the budget's own figures, and the délibération commits the cash only (in kind stated apart, yearly credits cash).
 */

const cents = (x: number) => Math.round(x * 100);
const AMOUNT = /(\d{1,3}(?:[\u202f\u00a0 ]\d{3})*,\d{2})\u00a0€/g;
const printed = (text: string) => [...text.matchAll(AMOUNT)].map((m) => cents(Number(m[1]!.replace(/[\u202f\u00a0 ]/g, '').replace(',', '.'))));
const euro = (c: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(c / 100);

const line = fc.record({
  category: fc.constantFrom(...BUDGET_CATEGORIES),
  side: fc.constantFrom('france' as const, 'partner' as const),
  nature: fc.constantFrom('cash' as const, 'in_kind' as const),
  year: fc.constantFrom(2027, 2028, 2029),
  quantity: fc.integer({ min: 1, max: 40 }),
  unitCost: fc.integer({ min: 1, max: 400_000 }).map((c) => c / 100),
});
const contribution = fc.record({
  funderId: fc.constantFrom(IDS.funderDep, IDS.funderState, IDS.funderPartner),
  nature: fc.constantFrom('cash' as const, 'in_kind' as const),
  year: fc.constantFrom(2027, 2028, 2029),
  amount: fc.integer({ min: 1, max: 9_000_000 }).map((c) => c / 100),
});

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

function programmeWith(lines: Array<Of<typeof line>>, contributions: Array<Of<typeof contribution>>): ProgrammeSnapshot {
  const s = completeProgramme();
  let n = 0;
  const id = () => `d0000000-0000-7000-8000-${String(n++).padStart(12, '0')}`;
  return {
    ...s,
    // Activity costs are the officer's own figures: left out, so every amount printed comes from the budget.
    logframe: s.logframe.map((r) => ({ ...r, cost: null })),
    budgetLines: lines.map((l) => ({ id: id(), label: `Poste ${n}`, activityId: null, unit: '', currency: null, purposeCode: null, ...l }) as ProgrammeSnapshot['budgetLines'][number]),
    contributions: contributions.map((c) => ({ id: id(), ...c })),
  };
}

describe('amounts printed in the five documents', () => {
  it('are the budget’s own figures; the délibération commits the cash and states the in kind apart', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), fc.array(contribution, { minLength: 1, maxLength: 8 }), async (lines, contributions) => {
        const s = programmeWith(lines, contributions);
        const totals = budgetTotals(s);
        const dep = totals.byFunder.find((f) => f.funderId === IDS.funderDep)!;
        const depCashByYear = new Map<number, number>();
        for (const c of s.contributions)
          if (c.funderId === IDS.funderDep && c.nature === 'cash') depCashByYear.set(c.year!, (depCashByYear.get(c.year!) ?? 0) + cents(c.amount));
        const cash = (f: (typeof totals.byFunder)[number]) => cents(f.cash);
        const known = new Set<number>([
          0,
          cents(totals.expenses),
          cents(totals.revenue),
          Math.abs(cents(totals.balance)),
          cents(totals.bySide.france),
          cents(totals.bySide.partner),
          ...Object.values(totals.byCategory).map(cents),
          ...BUDGET_CATEGORIES.flatMap((k: BudgetCategory) =>
            (['france', 'partner'] as const).map((side) => s.budgetLines.filter((l) => l.category === k && l.side === side).reduce((x, l) => x + cents(lineAmount(l)), 0)),
          ),
          ...s.budgetLines.flatMap((l) => [cents(l.unitCost), cents(lineAmount(l))]),
          ...totals.byFunder.flatMap((f) => [cash(f), cents(f.inKind), cents(f.total)]),
          totals.byFunder.reduce((x, f) => x + cents(f.cash), 0),
          totals.byFunder.reduce((x, f) => x + cents(f.inKind), 0),
          ...depCashByYear.values(),
        ]);
        const files = await buildDocumentPackage(s, completeSettings(), { locale: 'fr', draft: true });
        const texts = Object.fromEntries(files.map((f) => [f.kind, documentText(f.bytes)]));
        for (const [kind, text] of Object.entries(texts))
          for (const amount of printed(text)) expect(known.has(amount), `${kind}: ${euro(amount)} is no figure of the budget`).toBe(true);

        const deliberation = texts.deliberation!;
        if (dep.cash > 0) {
          expect(deliberation).toContain(`à hauteur de ${euro(cents(dep.cash))}, imputée au chapitre`);
          if (depCashByYear.size > 1)
            for (const [year, amount] of depCashByYear) expect(deliberation).toContain(`${year}\u202f: ${euro(amount)}`);
        }
        if (dep.inKind > 0) {
          expect(deliberation).toContain(`valorisée à ${euro(cents(dep.inKind))}`);
          // The in-kind valorisation is never committed on the imputation.
          expect(deliberation).not.toContain(`à hauteur de ${euro(cents(dep.total))}, imputée`);
          expect(texts.convention).toContain(euro(cents(dep.inKind)));
        }
        if (dep.total > 0) expect(texts.rapport).toContain(euro(cents(dep.total)));
        expect(texts.annexes).toContain(euro(cents(totals.expenses)));
        expect(texts.annexes).toContain(euro(cents(totals.revenue)));
        expect(texts.rapport).toContain(euro(cents(totals.revenue)));
      }),
      { numRuns: 25, seed: 1115 },
    );
  }, 240_000);
});
