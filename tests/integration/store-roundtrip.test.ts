import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src-main/store/snapshot-rows';
import { buildDemoProgramme } from '../../src-shared/demo';
import { newId } from '../../src-shared/model';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('snapshot ⇄ rows', () => {
  it('the demo programme written as rows reads back deep-equal', () => {
    const demo = buildDemoProgramme(newId, '2026-11-26T10:00:00.000Z');
    t.app.programmes.insert(demo);
    t.app.programmes.invalidate();
    expect(readSnapshot(t.app.db, demo.id)).toEqual(demo);
    expect(t.app.programmes.get(demo.id)).toEqual(demo);
  });

  it('edits keep rows and snapshot in step (read back from disk after each)', async () => {
    const demo = buildDemoProgramme(newId, '2026-11-26T10:00:00.000Z');
    t.app.programmes.insert(demo);
    const first = demo.stakeholders[0]!;
    await t.ok('entity.move', { programmeId: demo.id, collection: 'stakeholders', id: first.id, index: 3 });
    await t.ok('entity.add', { programmeId: demo.id, collection: 'stakeholders', fields: { name: 'Nouvel acteur' }, index: 0 });
    await t.ok('section.update', { programmeId: demo.id, section: 'framing', fields: { acronym: 'JEUN' } });
    const cached = t.app.programmes.get(demo.id);
    expect(readSnapshot(t.app.db, demo.id)).toEqual(cached);
    expect(cached.stakeholders[0]!.name).toBe('Nouvel acteur');
    expect(cached.stakeholders.findIndex((s) => s.id === first.id)).toBe(4);
  });

  it('a section saved before a field existed reads back with that field’s default', () => {
    const demo = buildDemoProgramme(newId, '2026-11-26T10:00:00.000Z');
    t.app.programmes.insert(demo);
    // As a database written before the convention's visas were added to the partnership fields.
    const { conventionVisasFrance: _f, conventionVisasPartner: _p, ...older } = demo.governance;
    t.app.db.prepare("UPDATE sections SET data = ? WHERE programme_id = ? AND key = 'governance'").run(JSON.stringify(older), demo.id);
    const read = readSnapshot(t.app.db, demo.id)!;
    expect(read.governance).toEqual({ ...older, conventionVisasFrance: '', conventionVisasPartner: '' });
    expect(read.governance.steeringComposition).toBe(demo.governance.steeringComposition);
  });
});
