import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, CONTRACT } from '../../src-shared/api/contract';
import { ERROR_CODES } from '../../src-shared/api/errors';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const create = (title = 'Programme A') => t.ok('programme.create', { title });

describe('programme commands', () => {
  it('create, list, get, rename, duplicate', async () => {
    const p = await create('Insertion des jeunes');
    expect((await t.ok('programme.list', {})).map((x) => x.title)).toEqual(['Insertion des jeunes']);
    const rename = await t.ok('programme.rename', { programmeId: p.id, title: 'Insertion socio-professionnelle' });
    expect(rename.canUndo).toBe(true);
    const { snapshot } = await t.ok('programme.get', { programmeId: p.id });
    expect(snapshot.framing.title).toBe('Insertion socio-professionnelle');
    const copy = await t.ok('programme.duplicate', { programmeId: p.id });
    expect(copy.id).not.toBe(p.id);
    expect(copy.title).toBe('Insertion socio-professionnelle (copie)');
    const copied = await t.ok('programme.get', { programmeId: copy.id });
    const ids = new Set(snapshot.territories.map((x) => x.id));
    expect(copied.snapshot.territories.some((x) => ids.has(x.id))).toBe(false);
  });

  it('delete goes to the bin after a backup; restore brings it back; purge needs the bin', async () => {
    const p = await create();
    const error = await t.fails('programme.purge', { programmeId: p.id });
    expect(error.code).toBe('conflict');
    await t.ok('programme.delete', { programmeId: p.id });
    expect(readdirSync(join(t.dataDir, 'backups')).some((f) => f.includes('before-delete'))).toBe(true);
    expect(await t.ok('programme.list', {})).toEqual([]);
    expect((await t.fails('programme.get', { programmeId: p.id })).code).toBe('programme_deleted');
    await t.ok('programme.restore', { programmeId: p.id });
    expect((await t.ok('programme.list', {})).length).toBe(1);
    await t.ok('programme.delete', { programmeId: p.id });
    await t.ok('programme.purge', { programmeId: p.id });
    expect(readdirSync(join(t.dataDir, 'backups')).some((f) => f.includes('before-purge'))).toBe(true);
    expect(await t.ok('programme.list', { includeDeleted: true })).toEqual([]);
  });

  it('the example programme can be added', async () => {
    const demo = await t.ok('programme.createDemo', {});
    const { snapshot } = await t.ok('programme.get', { programmeId: demo.id });
    expect(snapshot.framing.title.length).toBeGreaterThan(0);
  });
});

describe('entity and section commands', () => {
  it('add, update, move, remove with cascade', async () => {
    const p = await create();
    const goal = await t.ok('entity.add', { programmeId: p.id, collection: 'logframe', fields: { level: 'goal', text: 'Objectif global' } });
    const os = await t.ok('entity.add', { programmeId: p.id, collection: 'logframe', fields: { level: 'specific', parentId: goal.createdId } });
    const ind = await t.ok('entity.add', { programmeId: p.id, collection: 'indicators', fields: { logframeId: os.createdId, wording: 'Taux' } });
    await t.ok('entity.update', { programmeId: p.id, collection: 'indicators', id: ind.createdId!, fields: { unit: '%' } });
    let { snapshot } = await t.ok('programme.get', { programmeId: p.id });
    expect(snapshot.indicators[0]).toMatchObject({ wording: 'Taux', unit: '%' });
    await t.ok('entity.remove', { programmeId: p.id, collection: 'logframe', id: os.createdId! });
    ({ snapshot } = await t.ok('programme.get', { programmeId: p.id }));
    expect(snapshot.logframe.map((r) => r.level)).toEqual(['goal']);
    expect(snapshot.indicators).toEqual([]); // cascaded with its row
  });

  it('refuses an edit that would break the structure, and writes nothing', async () => {
    const p = await create();
    const goal = await t.ok('entity.add', { programmeId: p.id, collection: 'logframe', fields: { level: 'goal' } });
    const before = t.databaseBytes();
    const error = await t.fails('entity.add', { programmeId: p.id, collection: 'logframe', fields: { level: 'activity', parentId: goal.createdId } });
    expect(error.code).toBe('integrity_error');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });

  it('a section update validates its fields', async () => {
    const p = await create();
    await t.ok('section.update', { programmeId: p.id, section: 'framing', fields: { startDate: '2027-01-01', themes: ['youth'] } });
    const before = t.databaseBytes();
    const error = await t.fails('section.update', { programmeId: p.id, section: 'framing', fields: { startDate: '1er janvier' } });
    expect(error.code).toBe('invalid_input');
    expect(JSON.stringify(error.details)).toContain('startDate');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });
});

describe('undo and redo', () => {
  it('replay inverse changes, in order, and a new edit clears the redo stack', async () => {
    const p = await create('Titre 1');
    await t.ok('programme.rename', { programmeId: p.id, title: 'Titre 2' });
    await t.ok('programme.rename', { programmeId: p.id, title: 'Titre 3' });
    const title = async () => (await t.ok('programme.get', { programmeId: p.id })).snapshot.framing.title;
    await t.ok('history.undo', { programmeId: p.id });
    expect(await title()).toBe('Titre 2');
    await t.ok('history.undo', { programmeId: p.id });
    expect(await title()).toBe('Titre 1');
    expect((await t.fails('history.undo', { programmeId: p.id })).code).toBe('nothing_to_undo');
    const redo = await t.ok('history.redo', { programmeId: p.id });
    expect(redo.canRedo).toBe(true);
    expect(await title()).toBe('Titre 2');
    await t.ok('programme.rename', { programmeId: p.id, title: 'Titre 4' });
    expect((await t.fails('history.redo', { programmeId: p.id })).code).toBe('nothing_to_redo');
    expect((await t.ok('programme.list', {}))[0]!.title).toBe('Titre 4');
  });

  it('undo of a delete with cascade restores every entity at its place', async () => {
    const demo = await t.ok('programme.createDemo', {});
    const before = (await t.ok('programme.get', { programmeId: demo.id })).snapshot;
    const target = before.logframe.find((r) => r.level === 'specific');
    if (!target) return expect(before.logframe.length).toBe(0);
    await t.ok('entity.remove', { programmeId: demo.id, collection: 'logframe', id: target.id });
    await t.ok('history.undo', { programmeId: demo.id });
    const after = (await t.ok('programme.get', { programmeId: demo.id })).snapshot;
    expect({ ...after, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
  });

  it('history lists revisions with their steps', async () => {
    const p = await create();
    await t.ok('section.update', { programmeId: p.id, section: 'framing', fields: { sharedChallenge: 'Insertion des jeunes' } });
    await t.ok('entity.add', { programmeId: p.id, collection: 'risks', fields: { text: 'Instabilité' } });
    const history = await t.ok('history.list', { programmeId: p.id });
    expect(history.map((h) => [h.command, h.steps])).toEqual([
      ['entity.add:risks', ['risks']],
      ['section.update:framing', ['framing']],
      ['programme.create', ['diagnosis']], // the two territories every programme starts with
    ]);
  });
});

describe('settings', () => {
  it('are stored once and validated', async () => {
    const s = await t.ok('settings.update', { fields: { name: 'Département de la Vallée-Haute', presidentTitle: 'presidente' } });
    expect(s.name).toBe('Département de la Vallée-Haute');
    expect((await t.ok('settings.get', {})).presidentTitle).toBe('presidente');
    const before = t.databaseBytes();
    expect((await t.fails('settings.update', { fields: { presidentTitle: 'reine' } })).code).toBe('invalid_input');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });

  it('refuse an unknown setting by name, and an update that changes nothing writes nothing', async () => {
    await t.ok('settings.update', { fields: { name: 'Département de la Vallée-Haute' } });
    const before = t.databaseBytes();
    const refused = await t.fails('settings.update', { fields: { name: 'Autre', presidnetName: 'Faute de frappe' } });
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toContain('presidnetName');
    expect(t.databaseBytes().equals(before)).toBe(true);
    expect((await t.ok('settings.update', { fields: { name: 'Département de la Vallée-Haute' } })).name).toBe('Département de la Vallée-Haute');
    expect((await t.ok('settings.update', { fields: {} })).name).toBe('Département de la Vallée-Haute');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });
});

describe('invalid payloads', () => {
  it('every command refuses a malformed payload with a known code and leaves the database byte-identical', async () => {
    await create();
    const before = t.databaseBytes();
    const payloads: unknown[] = [null, 42, 'x', [], { programmeId: 'not-a-uuid' }, { programmeId: '01900000-0000-7000-8000-000000000001', title: 7, collection: 'nope', fields: 'x', section: 'x', id: 5, index: -1 }];
    // Commands without required input (list, info, demo…) legitimately accept {}; the rest must refuse junk.
    const withInput = COMMAND_NAMES.filter((name) => !CONTRACT[name].input.safeParse({}).success);
    expect(withInput.length).toBeGreaterThan(10);
    for (const name of withInput) {
      for (const payload of payloads) {
        const result = await t.dispatch(name, payload, { transport: 'test' });
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(ERROR_CODES).toContain(result.error.code);
        expect(result.error.message.length).toBeGreaterThan(0);
      }
    }
    expect(t.databaseBytes().equals(before)).toBe(true);
  });

  it('unknown keys are refused, not ignored', async () => {
    const error = await t.fails('programme.createDemo', { title: 'x' });
    expect(error.code).toBe('invalid_input');
  });

  it('an unknown command is refused', async () => {
    expect((await t.fails('programme.explode', {})).code).toBe('unknown_command');
    expect((await t.fails('__proto__', {})).code).toBe('unknown_command');
  });
});

describe('refusals that protect the officer’s work', () => {
  it('a second overall objective is refused', async () => {
    const p = await create();
    await t.ok('entity.add', { programmeId: p.id, collection: 'logframe', fields: { level: 'goal' } });
    const before = t.databaseBytes();
    expect((await t.fails('entity.add', { programmeId: p.id, collection: 'logframe', fields: { level: 'goal' } })).code).toBe('integrity_error');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });

  it('an unknown field is refused, not silently ignored', async () => {
    const p = await create();
    const risk = await t.ok('entity.add', { programmeId: p.id, collection: 'risks', fields: { text: 'Instabilité' } });
    const before = t.databaseBytes();
    const error = await t.fails('entity.update', { programmeId: p.id, collection: 'risks', id: risk.createdId!, fields: { probability: 'high' } });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('probability');
    expect((await t.fails('section.update', { programmeId: p.id, section: 'framing', fields: { titre: 'x' } })).code).toBe('invalid_input');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });

  it('a territory update with an unknown section name does not erase the diagnosis', async () => {
    const demo = await t.ok('programme.createDemo', {});
    const { snapshot } = await t.ok('programme.get', { programmeId: demo.id });
    const territory = snapshot.territories[0]!;
    expect(territory.sections.population.length).toBeGreaterThan(0);
    const error = await t.fails('entity.update', { programmeId: demo.id, collection: 'territories', id: territory.id, fields: { sections: { populations: [] } } });
    expect(error.code).toBe('invalid_input');
    const after = (await t.ok('programme.get', { programmeId: demo.id })).snapshot.territories[0]!;
    expect(after.sections).toEqual(territory.sections);
  });
});

describe('edits that cost what they change (issue 11, point 6)', () => {
  it('an entity or section update produces exactly the change a diff of the two snapshots finds', async () => {
    const { diffSnapshots } = await import('../../src-shared/model');
    const demo = await t.ok('programme.createDemo', {});
    const before = t.app.programmes.get(demo.id);
    const line = before.budgetLines[2]!;
    const edit = await t.ok('entity.update', { programmeId: demo.id, collection: 'budgetLines', id: line.id, fields: { label: 'Nouveau libellé' } });
    expect(edit.changes).toEqual(diffSnapshots(before, t.app.programmes.get(demo.id)).map((c) => ({ ...c })));
    expect(edit.changes).toHaveLength(1);
    const middle = t.app.programmes.get(demo.id);
    const renamed = await t.ok('section.update', { programmeId: demo.id, section: 'framing', fields: { acronym: 'CAP' } });
    expect(renamed.changes).toEqual(diffSnapshots(middle, t.app.programmes.get(demo.id)));
    // The same values again: no change, no revision.
    expect((await t.ok('entity.update', { programmeId: demo.id, collection: 'budgetLines', id: line.id, fields: { label: 'Nouveau libellé' } })).revisionId).toBeNull();
  });

  it('an update that moves an entry under a wrong parent is still checked and refused', async () => {
    const demo = await t.ok('programme.createDemo', {});
    const s = t.app.programmes.get(demo.id);
    const activity = s.logframe.find((r) => r.level === 'activity')!;
    const goal = s.logframe.find((r) => r.level === 'goal')!;
    const before = t.databaseBytes();
    const error = await t.fails('entity.update', { programmeId: demo.id, collection: 'logframe', id: activity.id, fields: { parentId: goal.id } });
    expect(error.code).toBe('integrity_error');
    expect(t.databaseBytes().equals(before)).toBe(true);
  });
});

describe('smaller faults of issue 11 (point 6)', () => {
  it('settings keys toString and __proto__ are refused, not ignored, and nothing is written', async () => {
    await t.ok('settings.update', { fields: { name: 'Département de la Drôme' } });
    const before = t.databaseBytes();
    for (const raw of ['{"fields":{"toString":"x"}}', '{"fields":{"__proto__":{"name":"Autre"}}}', '{"fields":{"constructor":"x"}}']) {
      const error = await t.fails('settings.update', JSON.parse(raw));
      expect({ raw, code: error.code }).toEqual({ raw, code: 'invalid_input' });
    }
    expect(t.databaseBytes().equals(before)).toBe(true);
    expect((await t.ok('settings.get', {})).name).toBe('Département de la Drôme');
  });

  it('entity.add and entity.update on attachments follow the attachment rules', async () => {
    const p = await create();
    const added = await t.ok('attachment.add', { programmeId: p.id, name: 'note.txt', base64: Buffer.from('Compte rendu').toString('base64'), ownerKind: 'programme', ownerId: null, section: '' });
    const stored = t.app.programmes.get(p.id).attachments[0]!;
    const before = t.databaseBytes();
    const refusals = [
      // Bytes that were never stored: every importer would refuse the archive.
      ['entity.add', { programmeId: p.id, collection: 'attachments', fields: { name: 'x.pdf', mimeType: 'application/pdf', size: 10, sha256: 'a'.repeat(64), addedAt: stored.addedAt } }],
      ['entity.update', { programmeId: p.id, collection: 'attachments', id: added.createdId, fields: { size: 999 } }],
      ['entity.update', { programmeId: p.id, collection: 'attachments', id: added.createdId, fields: { name: 'programme.exe' } }],
      ['entity.update', { programmeId: p.id, collection: 'attachments', id: added.createdId, fields: { mimeType: 'application/pdf' } }],
      ['entity.update', { programmeId: p.id, collection: 'attachments', id: added.createdId, fields: { ownerKind: 'territory' } }],
    ] as const;
    for (const [name, payload] of refusals) {
      const error = await t.fails(name, payload);
      expect({ payload, code: error.code }).toEqual({ payload, code: 'invalid_input' });
    }
    expect(t.databaseBytes().equals(before)).toBe(true);
    // What the rules allow still works: renaming within the same type, a new entry for stored bytes.
    await t.ok('entity.update', { programmeId: p.id, collection: 'attachments', id: added.createdId!, fields: { name: 'compte-rendu.txt' } });
    await t.ok('entity.add', { programmeId: p.id, collection: 'attachments', fields: { name: 'copie.txt', mimeType: 'text/plain', size: stored.size, sha256: stored.sha256, addedAt: stored.addedAt } });
    const exported = await t.ok('archive.export', { programmeId: p.id });
    expect((await t.ok('archive.inspect', { base64: exported.base64 })).attachments).toBe(1);
  });

  it('a programme whose entry ids another programme holds is refused as such, not as a storage error', async () => {
    const demo = await t.ok('programme.createDemo', {});
    const s = t.app.programmes.get(demo.id);
    // A partner's archive of another programme that carries the same entry ids (a copied file edited by hand).
    const { newId } = await import('../../src-shared/model');
    const partner = await createTestApp();
    try {
      partner.app.programmes.insert({ ...s, id: newId() });
      const [other] = partner.app.programmes.list();
      const archive = await partner.ok('archive.export', { programmeId: other!.id });
      const before = t.databaseBytes();
      const error = await t.fails('archive.import', { base64: archive.base64, strategy: 'merge', decisions: {} });
      expect(error.code).toBe('id_collision');
      expect(t.databaseBytes().equals(before)).toBe(true);
      expect((await t.ok('programme.list', { includeDeleted: false })).map((p) => p.id)).toEqual([demo.id]);
    } finally {
      partner.close();
    }
  });
});
