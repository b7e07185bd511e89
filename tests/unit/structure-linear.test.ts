import { describe, expect, it } from 'vitest';
import { structureProblems, type VisitCounter } from '../../src-shared/method/structure';
import { buildDemoProgramme } from '../../src-shared/demo';
import type { Problem, ProgrammeSnapshot } from '../../src-shared/model';

let n = 0;
const newId = () => `0190a000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
const demo = (): ProgrammeSnapshot => buildDemoProgramme(newId, '2026-11-26T10:00:00.000Z');

/** The demo with a chain of `depth` causes, each the cause of the one before, under the core problem. */
function withChain(depth: number): { snapshot: ProgrammeSnapshot; chain: Problem[] } {
  const s = demo();
  let parent = s.problems.find((p) => p.kind === 'core')!.id;
  const chain: Problem[] = [];
  for (let i = 0; i < depth; i++) {
    const id = newId();
    chain.push({ id, parentId: parent, kind: 'cause', text: `Cause ${i}` });
    parent = id;
  }
  return { snapshot: { ...s, problems: [...s.problems, ...chain] }, chain };
}

describe('structure checks, linear in depth and size', () => {
  it('a 20,000-deep chain of causes is valid and each node is stepped through once', () => {
    const { snapshot } = withChain(20_000);
    const counter: VisitCounter = { visits: 0 };
    expect(structureProblems(snapshot, counter)).toEqual([]);
    const nodes = snapshot.problems.length + snapshot.objectives.length;
    // Quadratic walking (every node up to the root) would take about 200 million steps here.
    expect(counter.visits).toBe(nodes);
  });

  it('doubling the depth doubles the work, no more', () => {
    const count = (depth: number) => {
      const counter: VisitCounter = { visits: 0 };
      structureProblems(withChain(depth).snapshot, counter);
      return counter.visits;
    };
    const base = demo().problems.length + demo().objectives.length;
    expect(count(4_000) - base).toBe(2 * (count(2_000) - base));
  });

  it('still finds a loop deep in the chain, and reports the loop and every cause hanging below it', () => {
    const { snapshot, chain } = withChain(5_000);
    // Cause 3,000 now hangs under cause 4,000: 3,000 → 4,000 → 3,999 → … → 3,000 loops; 4,001… hang below it.
    const looped = chain.map((p, i) => (i === 3_000 ? { ...p, parentId: chain[4_000]!.id } : p));
    const counter: VisitCounter = { visits: 0 };
    const problems = structureProblems({ ...snapshot, problems: [...snapshot.problems.filter((p) => !chain.includes(p)), ...looped] }, counter);
    const cyclic = new Set(problems.filter((p) => p.code === 'tree_cycle').map((p) => p.id));
    expect(cyclic.size).toBe(2_000);
    expect(cyclic.has(chain[3_000]!.id) && cyclic.has(chain[4_000]!.id) && cyclic.has(chain[4_999]!.id)).toBe(true);
    expect(cyclic.has(chain[2_999]!.id)).toBe(false);
    expect(counter.visits).toBeLessThanOrEqual(snapshot.problems.length + snapshot.objectives.length);
  });

  it('a parent that does not exist ends the chain (reported as a dangling reference, not a loop)', () => {
    const { snapshot, chain } = withChain(10);
    const broken = chain.map((p, i) => (i === 5 ? { ...p, parentId: newId() } : p));
    const problems = structureProblems({ ...snapshot, problems: [...snapshot.problems.filter((p) => !chain.includes(p)), ...broken] });
    expect(problems.map((p) => p.code)).toEqual(['dangling_reference']);
  });
});
