import { describe, expect, it } from 'vitest';
import { diff3Merge, mergeSnapshots, mergeText } from '../../src-shared/merge';
import { emptyProgramme, makeEntity, type ProgrammeSnapshot } from '../../src-shared/model';

let n = 0;
const newId = () => `00000000-0000-7000-8000-${(n++).toString(16).padStart(12, '0')}`;
const NOW = '2026-11-26T08:00:00.000Z';

function base(): ProgrammeSnapshot {
  const s = emptyProgramme(newId(), NOW, newId, { title: 'Insertion des jeunes' });
  const row = makeEntity('logframe', { level: 'goal', text: 'Objectif global' }, newId);
  const risk = makeEntity('risks', { text: 'Retard', mitigation: 'Suivi mensuel\nComité technique', logframeId: row.id }, newId);
  return { ...s, logframe: [row], risks: [risk] };
}

describe('paragraph merge', () => {
  it('merges changes to different paragraphs of a long text', () => {
    expect(mergeText('un\ndeux\ntrois', 'UN\ndeux\ntrois', 'un\ndeux\nTROIS')).toBe('UN\ndeux\nTROIS');
    expect(mergeText('un\ndeux', 'un\ndeux\nquatre', 'zéro\nun\ndeux')).toBe('zéro\nun\ndeux\nquatre');
  });
  it('refuses overlapping changes', () => {
    expect(mergeText('un\ndeux', 'UN\ndeux', 'Un\ndeux')).toBeNull();
    expect(diff3Merge([1, 2], [1, 3, 2], [1, 4, 2])).toBeNull();
  });
  it('merges rich-text blocks of a diagnosis section', () => {
    const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
    const s = base();
    const withText = (snap: ProgrammeSnapshot, blocks: ReturnType<typeof p>[]) => ({
      ...snap,
      territories: snap.territories.map((t, i) => (i === 1 ? { ...t, sections: { ...t.sections, poverty: blocks } } : t)),
    });
    const b = withText(s, [p('A'), p('B'), p('C')]);
    const mine = withText(b, [p('A+'), p('B'), p('C')]);
    const theirs = withText(b, [p('A'), p('B'), p('C'), p('D')]);
    const out = mergeSnapshots(b, mine, theirs);
    expect(out.conflicts).toEqual([]);
    expect(out.merged.territories[1]!.sections.poverty).toEqual([p('A+'), p('B'), p('C'), p('D')]);
  });
});

describe('conflicts and decisions', () => {
  it('reports one field changed on both sides, and applies each kind of decision', () => {
    const b = base();
    const mine = { ...b, framing: { ...b.framing, title: 'Insertion professionnelle des jeunes' } };
    const theirs = { ...b, framing: { ...b.framing, title: 'Inclusion des jeunes', acronym: 'IJ' } };
    const out = mergeSnapshots(b, mine, theirs);
    expect(out.undecided.map((c) => c.id)).toEqual(['framing//title']);
    expect(out.merged.framing.acronym).toBe('IJ');
    expect(mergeSnapshots(b, mine, theirs, { 'framing//title': { choice: 'theirs' } }).merged.framing.title).toBe('Inclusion des jeunes');
    const edited = mergeSnapshots(b, mine, theirs, { 'framing//title': { choice: 'edit', value: 'Jeunes : insertion' } });
    expect(edited.undecided).toEqual([]);
    expect(edited.merged.framing.title).toBe('Jeunes : insertion');
  });

  it('reports an entity deleted on one side and edited on the other', () => {
    const b = base();
    const mine = { ...b, risks: [] };
    const theirs = { ...b, risks: [{ ...b.risks[0]!, likelihood: 'high' as const }] };
    const out = mergeSnapshots(b, mine, theirs);
    expect(out.undecided).toHaveLength(1);
    expect(out.undecided[0]).toMatchObject({ kind: 'delete-edit', key: 'risks', mine: null });
    expect(out.merged.risks).toEqual([]);
    expect(mergeSnapshots(b, mine, theirs, { [out.undecided[0]!.id]: { choice: 'theirs' } }).merged.risks[0]!.likelihood).toBe('high');
  });

  it('brings back an entity deleted on one side that the other side still refers to', () => {
    const b = base();
    const row = b.logframe[0]!;
    const mine = { ...b, logframe: [], risks: [] };
    const indicator = makeEntity('indicators', { logframeId: row.id, name: 'Jeunes accompagnés' }, newId);
    const theirs = { ...b, indicators: [indicator] };
    const out = mergeSnapshots(b, mine, theirs);
    expect(out.merged.indicators).toEqual([indicator]);
    expect(out.merged.logframe.map((r) => r.id)).toEqual([row.id]);
    expect(out.restored).toEqual([{ key: 'logframe', id: row.id }]);
  });
});
