import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src-shared/api/archive';
import { createTestApp, type TestApp } from '../helpers/app';

/** The Département ⇄ partner exchange by email, with two data folders. */
const opened: TestApp[] = [];
afterEach(() => opened.splice(0).forEach((a) => a.close()));
async function folder(author: string, organisation: string): Promise<TestApp> {
  const t = await createTestApp();
  opened.push(t);
  await t.ok('settings.update', { fields: { authorName: author, authorOrganisation: organisation } });
  return t;
}

async function departementProgramme(dept: TestApp): Promise<string> {
  const { id } = await dept.ok('programme.create', { title: 'Insertion des jeunes' });
  await dept.ok('section.update', { programmeId: id, section: 'framing', fields: { acronym: 'IJ', partnerAuthority: 'Région de Kédougou' } });
  await dept.ok('entity.add', { programmeId: id, collection: 'stakeholders', fields: { name: 'Mission locale', role: 'Accompagnement' } });
  await dept.ok('entity.add', { programmeId: id, collection: 'funders', fields: { name: 'Département' } });
  return id;
}

const exportFrom = async (t: TestApp, programmeId: string) => (await t.ok('archive.export', { programmeId })).base64;
const imported = (r: ImportResult) => {
  if (r.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(r).slice(0, 300)}`);
  return r;
};

describe('archives by email', () => {
  it('export then import into an empty store gives a deep-equal snapshot', async () => {
    const dept = await folder('Claire Martin', 'Département de l’Ardèche');
    const partner = await folder('Awa Diallo', 'Région de Kédougou');
    const id = await departementProgramme(dept);
    const result = imported(await partner.ok('archive.import', { base64: await exportFrom(dept, id) }));
    expect(result.mode).toBe('new');
    expect((await partner.ok('programme.get', { programmeId: id })).snapshot).toEqual((await dept.ok('programme.get', { programmeId: id })).snapshot);
    const history = await partner.ok('history.list', { programmeId: id });
    // Changes that arrived in an archive are shown under the name of whoever exported it.
    expect(history[0]).toMatchObject({ command: 'archive.import', origin: 'import', author: 'Claire Martin', organisation: 'Département de l’Ardèche' });
  });

  it('partner edits the diagnosis while the Département edits the budget: both changes merge, no conflict', async () => {
    const dept = await folder('Claire Martin', 'Département de l’Ardèche');
    const partner = await folder('Awa Diallo', 'Région de Kédougou');
    const id = await departementProgramme(dept);
    imported(await partner.ok('archive.import', { base64: await exportFrom(dept, id) }));

    const partnerSnapshot = (await partner.ok('programme.get', { programmeId: id })).snapshot;
    const there = partnerSnapshot.territories.find((t) => t.side === 'partner')!;
    const poverty = [{ type: 'paragraph' as const, children: [{ text: '42 % des jeunes sans emploi ni formation.' }] }];
    await partner.ok('entity.update', { programmeId: id, collection: 'territories', id: there.id, fields: { name: 'Kédougou', sections: { ...there.sections, poverty } } });
    const funder = (await dept.ok('programme.get', { programmeId: id })).snapshot.funders[0]!;
    await dept.ok('entity.add', { programmeId: id, collection: 'budgetLines', fields: { label: 'Formation des conseillers', category: 'training' } });
    await dept.ok('entity.update', { programmeId: id, collection: 'funders', id: funder.id, fields: { name: 'Département de l’Ardèche' } });

    const before = dept.databaseBytes();
    const result = imported(await dept.ok('archive.import', { base64: await exportFrom(partner, id) }));
    expect(result.mode).toBe('merged');
    expect(dept.databaseBytes().equals(before)).toBe(false);
    const merged = (await dept.ok('programme.get', { programmeId: id })).snapshot;
    const mergedThere = merged.territories.find((t) => t.side === 'partner')!;
    expect(mergedThere.name).toBe('Kédougou');
    expect(mergedThere.sections.poverty).toEqual(poverty);
    expect(merged.budgetLines.map((l) => l.label)).toEqual(['Formation des conseillers']);
    expect(merged.funders[0]!.name).toBe('Département de l’Ardèche');

    // The history shows what arrived in the archive, under the partner's name, next to local edits.
    const history = await dept.ok('history.list', { programmeId: id });
    expect(history[0]).toMatchObject({ command: 'archive.import', origin: 'import', steps: ['diagnosis'], author: 'Awa Diallo', organisation: 'Région de Kédougou' });
    expect(history[1]).toMatchObject({ origin: 'local', author: 'Claire Martin' });

    // And back again: the partner merges the Département's budget work against its own export.
    const back = imported(await partner.ok('archive.import', { base64: await exportFrom(dept, id) }));
    expect(back.mode).toBe('merged');
    expect((await partner.ok('programme.get', { programmeId: id })).snapshot.budgetLines).toHaveLength(1);
  });

  it('one field edited on both sides: the conflict is reported, nothing is written until it is decided', async () => {
    const dept = await folder('Claire Martin', 'Département de l’Ardèche');
    const partner = await folder('Awa Diallo', 'Région de Kédougou');
    const id = await departementProgramme(dept);
    imported(await partner.ok('archive.import', { base64: await exportFrom(dept, id) }));
    await partner.ok('section.update', { programmeId: id, section: 'framing', fields: { title: 'Inclusion des jeunes de Kédougou', summary: 'Contexte rédigé par la Région.' } });
    await dept.ok('section.update', { programmeId: id, section: 'framing', fields: { title: 'Insertion professionnelle des jeunes' } });
    const archive = await exportFrom(partner, id);

    const before = dept.databaseBytes();
    const pending = await dept.ok('archive.import', { base64: archive });
    expect(pending.status).toBe('decision_needed');
    if (pending.status !== 'decision_needed') return;
    expect(pending.conflicts.map((c) => c.id)).toEqual(['framing//title']);
    expect(pending.conflicts[0]).toMatchObject({ mine: 'Insertion professionnelle des jeunes', theirs: 'Inclusion des jeunes de Kédougou' });
    expect(dept.databaseBytes().equals(before)).toBe(true);

    // A partial set of decisions is not enough either (here: an unknown id).
    const stillPending = await dept.ok('archive.import', { base64: archive, decisions: { 'framing//acronym': { choice: 'theirs' } } });
    expect(stillPending.status).toBe('decision_needed');
    expect(dept.databaseBytes().equals(before)).toBe(true);

    const done = imported(await dept.ok('archive.import', { base64: archive, decisions: { 'framing//title': { choice: 'edit', value: 'Insertion des jeunes de Kédougou' } } }));
    expect(done.decided).toBe(1);
    const framing = (await dept.ok('programme.get', { programmeId: id })).snapshot.framing;
    expect(framing.title).toBe('Insertion des jeunes de Kédougou');
    expect(framing.summary).toBe('Contexte rédigé par la Région.');
    // A backup was taken before the import.
    expect((await dept.ok('backup.list', {})).some((b) => b.reason === 'before-import')).toBe(true);
    // The import is one undoable revision.
    await dept.ok('history.undo', { programmeId: id });
    expect((await dept.ok('programme.get', { programmeId: id })).snapshot.framing.title).toBe('Insertion professionnelle des jeunes');
  });

  it('without a known base: strategy needed, then "keep both" (new ids) or "replace" (after a backup)', async () => {
    const dept = await folder('Claire Martin', 'Département de l’Ardèche');
    const other = await folder('Awa Diallo', 'Région de Kédougou');
    const id = await departementProgramme(dept);
    imported(await other.ok('archive.import', { base64: await exportFrom(dept, id) }));
    await other.ok('section.update', { programmeId: id, section: 'framing', fields: { summary: 'Version partenaire' } });
    const fromOther = await exportFrom(other, id);
    await dept.ok('section.update', { programmeId: id, section: 'framing', fields: { summary: 'Version Département' } });
    // The Département no longer knows the export this archive descends from (e.g. restored from an older backup).
    dept.app.db.prepare('DELETE FROM merge_bases').run();
    const before = dept.databaseBytes();
    const needs = await dept.ok('archive.import', { base64: fromOther });
    expect(needs).toMatchObject({ status: 'strategy_needed', reason: 'no_base', programmeId: id, localTitle: 'Insertion des jeunes' });
    expect(dept.databaseBytes().equals(before)).toBe(true);

    const both = imported(await dept.ok('archive.import', { base64: fromOther, strategy: 'keep-both' }));
    expect(both.mode).toBe('keep-both');
    expect(both.programmeId).not.toBe(id);
    const copy = (await dept.ok('programme.get', { programmeId: both.programmeId })).snapshot;
    expect(copy.framing.summary).toBe('Version partenaire');
    expect(copy.framing.title).toBe('Insertion des jeunes (importé)');
    expect(copy.stakeholders[0]!.id).not.toBe((await dept.ok('programme.get', { programmeId: id })).snapshot.stakeholders[0]!.id);

    const replaced = imported(await dept.ok('archive.import', { base64: fromOther, strategy: 'replace' }));
    expect(replaced.mode).toBe('replace');
    expect((await dept.ok('programme.get', { programmeId: id })).snapshot.framing.summary).toBe('Version partenaire');
    expect((await dept.ok('backup.list', {})).some((b) => b.reason === 'before-replace')).toBe(true);
    // Replace is undoable: the Département's version is not lost.
    await dept.ok('history.undo', { programmeId: id });
    expect((await dept.ok('programme.get', { programmeId: id })).snapshot.framing.summary).toBe('Version Département');
  });

  it('crosswise moves that would make a cycle: nothing written, keep both or replace offered', async () => {
    const dept = await folder('Claire Martin', 'Département de l’Ardèche');
    const partner = await folder('Awa Diallo', 'Région de Kédougou');
    const id = await departementProgramme(dept);
    const core = (await dept.ok('entity.add', { programmeId: id, collection: 'problems', fields: { kind: 'core', text: 'Chômage des jeunes' } })).createdId!;
    const a = (await dept.ok('entity.add', { programmeId: id, collection: 'problems', fields: { kind: 'cause', parentId: core, text: 'Formation inadaptée' } })).createdId!;
    const b = (await dept.ok('entity.add', { programmeId: id, collection: 'problems', fields: { kind: 'cause', parentId: core, text: 'Peu d’offres' } })).createdId!;
    await partner.ok('archive.import', { base64: await exportFrom(dept, id) });
    await dept.ok('entity.update', { programmeId: id, collection: 'problems', id: a, fields: { parentId: b } });
    await partner.ok('entity.update', { programmeId: id, collection: 'problems', id: b, fields: { parentId: a } });
    const before = dept.databaseBytes();
    const result = await dept.ok('archive.import', { base64: await exportFrom(partner, id) });
    expect(result).toMatchObject({ status: 'strategy_needed', reason: 'structure' });
    expect(dept.databaseBytes().equals(before)).toBe(true);
  });

  it('encrypted round trip; without the password only the fact it is encrypted is readable', async () => {
    const dept = await folder('Claire Martin', 'Département de l’Ardèche');
    const partner = await folder('Awa Diallo', 'Région de Kédougou');
    const id = await departementProgramme(dept);
    const { base64 } = await dept.ok('archive.export', { programmeId: id, password: 'coopération 2027' });
    const bytes = Buffer.from(base64, 'base64');
    expect(bytes.includes(Buffer.from('Insertion des jeunes'))).toBe(false);
    expect(bytes.includes(Buffer.from('Mission locale'))).toBe(false);
    const blind = await partner.ok('archive.inspect', { base64 });
    expect(blind).toMatchObject({ encrypted: true, manifest: null });
    expect((await partner.fails('archive.import', { base64 })).code).toBe('archive_encrypted');
    expect((await partner.fails('archive.import', { base64, password: 'coopération 2026' })).code).toBe('archive_wrong_password');
    const seen = await partner.ok('archive.inspect', { base64, password: 'coopération 2027' });
    expect(seen.manifest).toMatchObject({ programmeId: id, programmeTitle: 'Insertion des jeunes', exportedBy: { name: 'Claire Martin' } });
    imported(await partner.ok('archive.import', { base64, password: 'coopération 2027' }));
    expect((await partner.ok('programme.get', { programmeId: id })).snapshot).toEqual((await dept.ok('programme.get', { programmeId: id })).snapshot);
  });

  it('attachments travel in the archive, byte for byte', async () => {
    const dept = await folder('Claire Martin', 'Département de l’Ardèche');
    const partner = await folder('Awa Diallo', 'Région de Kédougou');
    const id = await departementProgramme(dept);
    const pdf = Buffer.from('%PDF-1.4\n% étude de la pauvreté\n%%EOF\n');
    const territory = (await dept.ok('programme.get', { programmeId: id })).snapshot.territories[1]!;
    const added = await dept.ok('attachment.add', { programmeId: id, name: 'Étude pauvreté.pdf', base64: pdf.toString('base64'), ownerKind: 'territory', ownerId: territory.id, section: 'poverty' });
    expect((await dept.fails('attachment.add', { programmeId: id, name: 'script.exe', base64: 'AAAA' })).code).toBe('invalid_input');
    imported(await partner.ok('archive.import', { base64: await exportFrom(dept, id) }));
    const got = await partner.ok('attachment.get', { programmeId: id, id: added.createdId! });
    expect(got).toMatchObject({ name: 'Étude pauvreté.pdf', mimeType: 'application/pdf', size: pdf.length });
    expect(Buffer.from(got.base64, 'base64').equals(pdf)).toBe(true);
    await partner.ok('attachment.remove', { programmeId: id, id: added.createdId! });
    expect((await partner.ok('programme.get', { programmeId: id })).snapshot.attachments).toEqual([]);
  });
});
