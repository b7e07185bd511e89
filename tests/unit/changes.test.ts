import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, diffSnapshots, emptyProgramme, invertChanges, type ProgrammeSnapshot } from '../../src-shared/model';

let n = 0;
const id = () => `01900000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`;
const base = () => emptyProgramme(id(), '2026-11-26T10:00:00.000Z', id);

const stakeholder = (name: string) => ({
  id: id(), name, type: 'other' as const, territoryId: null, role: '', interest: 3, influence: 3, contactPerson: '', email: '', phone: '',
});

describe('change sets', () => {
  it('are empty when nothing changed', () => {
    const s = base();
    expect(diffSnapshots(s, { ...s })).toEqual([]);
  });

  it('record a section edit and undo it', () => {
    const s = base();
    const t = { ...s, framing: { ...s.framing, title: 'Nouveau titre' } };
    const changes = diffSnapshots(s, t);
    expect(changes).toHaveLength(1);
    expect(applyChanges(s, changes)).toEqual(t);
    expect(applyChanges(t, invertChanges(changes))).toEqual(s);
  });

  it('restore inserts, deletes and reorders exactly (property)', () => {
    const names = fc.array(fc.string({ maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(names, names, fc.array(fc.nat(), { maxLength: 10 }), (before, added, perm) => {
        const s = base();
        const a: ProgrammeSnapshot = { ...s, stakeholders: before.map(stakeholder) };
        // keep some, drop some, add some, shuffle with the permutation seed, rename one
        const kept = a.stakeholders.filter((_, i) => i % 3 !== 1);
        const next = [...kept, ...added.map(stakeholder)];
        for (let i = 0; i < perm.length && next.length > 1; i++) {
          const j = perm[i]! % next.length;
          const [x] = next.splice(j, 1);
          next.splice((j * 7 + i) % (next.length + 1), 0, x!);
        }
        if (next[0]) next[0] = { ...next[0], name: `${next[0].name}!` };
        const b: ProgrammeSnapshot = { ...a, stakeholders: next };
        const changes = diffSnapshots(a, b);
        expect(applyChanges(a, changes)).toEqual(b);
        expect(applyChanges(b, invertChanges(changes))).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });
});
