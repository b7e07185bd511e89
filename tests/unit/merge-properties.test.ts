import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSnapshots } from '../../src-shared/merge';
import { deepEqual } from '../../src-shared/merge/equal';
import { emptyProgramme, makeEntity, type AnyEntity, type ProgrammeSnapshot } from '../../src-shared/model';

/** Deterministic UUIDs: a prefix per author so both sides never invent the same id by accident. */
function idMaker(prefix: number) {
  let n = 0;
  return () => `00000000-0000-7000-8${prefix.toString(16)}00-${(n++).toString(16).padStart(12, '0')}`;
}

const words = fc.constantFrom('accès', 'droits', 'jeunes', 'emploi', 'santé', 'logement', '');
const line = fc.array(words, { maxLength: 3 }).map((w) => w.join(' '));
const multiline = fc.array(line, { maxLength: 4 }).map((l) => l.join('\n'));
const paragraph = line.map((text) => ({ type: 'paragraph' as const, children: [{ text }] }));
const COLLS = ['stakeholders', 'workshops'] as const;

type Op =
  | { t: 'set'; coll: (typeof COLLS)[number]; idx: number; field: string; value: unknown }
  | { t: 'del'; coll: (typeof COLLS)[number]; idx: number }
  | { t: 'add'; coll: (typeof COLLS)[number]; at: number; name: string }
  | { t: 'swap'; coll: (typeof COLLS)[number]; i: number; j: number }
  | { t: 'framing'; field: 'title' | 'summary'; value: string }
  | { t: 'rich'; side: number; blocks: Array<{ type: 'paragraph'; children: Array<{ text: string }> }> };

const coll = fc.constantFrom(...COLLS);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('set' as const), coll, idx: fc.nat(20), field: fc.constant('name'), value: line }),
  fc.record({ t: fc.constant('set' as const), coll: fc.constant('stakeholders' as const), idx: fc.nat(20), field: fc.constant('role'), value: multiline }),
  fc.record({ t: fc.constant('set' as const), coll: fc.constant('stakeholders' as const), idx: fc.nat(20), field: fc.constant('interest'), value: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ t: fc.constant('set' as const), coll: fc.constant('workshops' as const), idx: fc.nat(20), field: fc.constant('conclusions'), value: multiline }),
  fc.record({ t: fc.constant('del' as const), coll, idx: fc.nat(20) }),
  fc.record({ t: fc.constant('add' as const), coll, at: fc.nat(20), name: line }),
  fc.record({ t: fc.constant('swap' as const), coll, i: fc.nat(20), j: fc.nat(20) }),
  fc.record({ t: fc.constant('framing' as const), field: fc.constantFrom('title' as const, 'summary' as const), value: multiline }),
  fc.record({ t: fc.constant('rich' as const), side: fc.nat(1), blocks: fc.array(paragraph, { maxLength: 4 }) }),
);

function apply(s: ProgrammeSnapshot, ops: Op[], newId: () => string): ProgrammeSnapshot {
  let next = s;
  for (const o of ops) {
    if (o.t === 'framing') {
      next = { ...next, framing: { ...next.framing, [o.field]: o.value } };
      continue;
    }
    if (o.t === 'rich') {
      next = {
        ...next,
        territories: next.territories.map((t, i) => (i === o.side ? { ...t, sections: { ...t.sections, poverty: o.blocks } } : t)),
      };
      continue;
    }
    const list = [...(next[o.coll] as AnyEntity[])];
    if (o.t === 'add') {
      list.splice(o.at % (list.length + 1), 0, makeEntity(o.coll, { name: o.name, title: o.name }, newId) as AnyEntity);
    } else if (list.length === 0) continue;
    else if (o.t === 'set') list[o.idx % list.length] = { ...list[o.idx % list.length]!, [o.field]: o.value };
    else if (o.t === 'del') list.splice(o.idx % list.length, 1);
    else if (o.t === 'swap') {
      const i = o.i % list.length;
      const j = o.j % list.length;
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    next = { ...next, [o.coll]: list };
  }
  return next;
}

const scenario = fc
  .record({ seed: fc.array(op, { maxLength: 12 }), a: fc.array(op, { maxLength: 8 }), b: fc.array(op, { maxLength: 8 }) })
  .map(({ seed, a, b }) => {
    const empty = emptyProgramme('00000000-0000-7000-8000-000000000000', '2026-11-26T08:00:00.000Z', idMaker(1));
    const base = apply(empty, seed.filter((o) => o.t === 'add' || o.t === 'set' || o.t === 'framing' || o.t === 'rich'), idMaker(2));
    return { base, a: apply(base, a, idMaker(3)), b: apply(base, b, idMaker(4)) };
  });

const RUNS = { numRuns: 1000 };
let conflicted = 0;
const at = (value: unknown, path: string): unknown =>
  path === '' ? value : path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
const ids = (s: ProgrammeSnapshot, k: (typeof COLLS)[number]) => new Map((s[k] as AnyEntity[]).map((e) => [e.id, e]));

describe('three-way merge of snapshots (properties)', () => {
  it('merge(base, a, a) = a, without conflicts', () => {
    fc.assert(
      fc.property(scenario, ({ base, a }) => {
        const out = mergeSnapshots(base, a, a);
        expect(out.conflicts).toEqual([]);
        expect(deepEqual(out.merged, a)).toBe(true);
      }),
      RUNS,
    );
  });

  it('merge(base, base, b) = b, without conflicts', () => {
    fc.assert(
      fc.property(scenario, ({ base, b }) => {
        const out = mergeSnapshots(base, base, b);
        expect(out.conflicts).toEqual([]);
        expect(out.merged).toEqual(b);
      }),
      RUNS,
    );
  });

  it('keeps every change made on one side only', () => {
    fc.assert(
      fc.property(scenario, ({ base, a, b }) => {
        const { merged } = mergeSnapshots(base, a, b);
        for (const [side, other] of [
          [a, b],
          [b, a],
        ] as const) {
          for (const field of ['title', 'summary'] as const) {
            if (side.framing[field] !== base.framing[field] && other.framing[field] === base.framing[field]) {
              expect(merged.framing[field]).toBe(side.framing[field]);
            }
          }
          for (const t of [0, 1]) {
            const mine = side.territories[t]!.sections.poverty;
            if (!deepEqual(mine, base.territories[t]!.sections.poverty) && deepEqual(other.territories[t]!.sections.poverty, base.territories[t]!.sections.poverty)) {
              expect(merged.territories[t]!.sections.poverty).toEqual(mine);
            }
          }
          for (const k of COLLS) {
            const [bm, sm, om, mm] = [ids(base, k), ids(side, k), ids(other, k), ids(merged, k)];
            for (const [id, entity] of sm) {
              if (!bm.has(id)) expect(mm.get(id)).toEqual(entity); // added here
              else if (om.has(id)) {
                for (const [field, value] of Object.entries(entity)) {
                  const was = bm.get(id)![field];
                  if (!deepEqual(value, was) && deepEqual(om.get(id)![field], was)) expect(mm.get(id)![field]).toEqual(value);
                }
              }
            }
            // Deleted here, untouched there: gone.
            for (const [id, entity] of bm) {
              if (!sm.has(id) && om.has(id) && deepEqual(om.get(id), entity)) expect(mm.has(id)).toBe(false);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('finds the same conflicts whichever side is "mine"', () => {
    fc.assert(
      fc.property(scenario, ({ base, a, b }) => {
        const ab = mergeSnapshots(base, a, b).conflicts;
        const ba = mergeSnapshots(base, b, a).conflicts;
        const key = (c: (typeof ab)[number]) => c.id;
        expect(ab.map(key).sort()).toEqual(ba.map(key).sort());
        const other = new Map(ba.map((c) => [c.id, c]));
        for (const c of ab) {
          const twin = other.get(c.id)!;
          expect(twin.kind).toBe(c.kind);
          expect(twin.mine).toEqual(c.theirs);
          expect(twin.theirs).toEqual(c.mine);
        }
      }),
      RUNS,
    );
  });

  it('with every conflict decided for "theirs", the result holds their value at each conflict', () => {
    fc.assert(
      fc.property(scenario, ({ base, a, b }) => {
        const first = mergeSnapshots(base, a, b);
        const decisions = Object.fromEntries(first.conflicts.map((c) => [c.id, { choice: 'theirs' as const }]));
        const out = mergeSnapshots(base, a, b, decisions);
        expect(out.undecided).toEqual([]);
        for (const c of out.conflicts) {
          const holder = c.scope === 'section' ? out.merged[c.key as 'framing'] : ids(out.merged, c.key as (typeof COLLS)[number]).get(c.entityId!);
          if (c.kind === 'delete-edit') expect(holder ?? null).toEqual(c.theirs);
          else expect(at(holder, c.field)).toEqual(c.theirs);
        }
        conflicted += first.conflicts.length > 0 ? 1 : 0;
      }),
      RUNS,
    );
    // The generator must produce real conflicts, or this property proves nothing.
    expect(conflicted).toBeGreaterThan(50);
  });
});
