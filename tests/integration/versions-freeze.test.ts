import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { DocumentBuilder } from '../../src-main/services/versions';
import { demoSettings } from '../../src-shared/demo';
import { createTestApp, type TestApp } from '../helpers/app';

const opened: TestApp[] = [];
afterEach(() => opened.splice(0).forEach((a) => a.close()));

/**
 * A builder whose output changes with every call (like a real .docx with a creation date inside),
 * so "byte-identical" can only hold if the frozen bytes are stored, not regenerated.
 */
let calls = 0;
const builder: DocumentBuilder = async (snapshot, _settings, { locale, draft }) => {
  calls++;
  return [
    { name: `rapport-${locale}.docx`, bytes: new TextEncoder().encode(`${snapshot.framing.title}|${draft}|${calls}|${Math.random()}`) },
    { name: `deliberation-${locale}.docx`, bytes: new TextEncoder().encode(`délibération ${calls}`) },
  ];
};
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

describe('"as voted" versions', () => {
  it('freezes snapshot and documents read-only; later edits go on; frozen documents re-export byte-identical', async () => {
    const t = await createTestApp({ buildDocuments: builder });
    opened.push(t);
    const services = t.app;
    const { id } = await t.ok('programme.create', { title: 'Insertion des jeunes' });
    const frozen = await services.versions.freeze(id, 'CP-2026-11-42', '2026-11-26');
    expect(frozen).toMatchObject({ number: 1, deliberationNumber: 'CP-2026-11-42', deliberationDate: '2026-11-26' });
    expect(frozen.documents.map((d) => d.name)).toEqual(['deliberation-fr.docx', 'rapport-fr.docx']);

    const first = services.versions.documents(id, frozen.id);
    await t.ok('programme.rename', { programmeId: id, title: 'Insertion des jeunes — avenant' });
    const again = services.versions.documents(id, frozen.id);
    expect(again.map((d) => Buffer.from(d.bytes).toString('hex'))).toEqual(first.map((d) => Buffer.from(d.bytes).toString('hex')));
    for (const d of again) expect(sha(d.bytes)).toBe(d.sha256);
    // Through the command as well (base64 across the transport).
    const exported = await t.ok('version.exportDocuments', { programmeId: id, versionId: frozen.id });
    expect(exported.documents.map((d) => d.base64)).toEqual(first.map((d) => Buffer.from(d.bytes).toString('base64')));

    // The snapshot is the one voted, with its fingerprint.
    const voted = services.versions.snapshot(id, frozen.id);
    expect(voted.framing.title).toBe('Insertion des jeunes');
    expect(sha(JSON.stringify(voted))).toBe(frozen.snapshotSha256);
    expect((await t.ok('programme.get', { programmeId: id })).snapshot.framing.title).toBe('Insertion des jeunes — avenant');

    // Read-only in the store itself.
    expect(() => t.app.db.prepare('UPDATE frozen_versions SET deliberation_number = ? WHERE id = ?').run('X', frozen.id)).toThrow(/version_frozen/);
    expect(() => t.app.db.prepare('UPDATE frozen_documents SET data = ? WHERE version_id = ?').run(Buffer.from('x'), frozen.id)).toThrow(/version_frozen/);

    // The history shows the freeze among the edits; a second freeze is version 2.
    const history = await t.ok('history.list', { programmeId: id });
    // Freezing a draft votes it (its own revision, after the freeze's).
    expect(history.map((h) => h.command)).toEqual(['programme.rename', 'execution.setPhase', 'version.freeze', 'programme.create']);
    const second = await services.versions.freeze(id, 'CP-2027-03-07', '2027-03-15');
    expect(second.number).toBe(2);
    expect((await t.ok('version.list', { programmeId: id })).map((v) => v.number)).toEqual([2, 1]);
    expect(frozen.revisionSeq).toBe(history.find((h) => h.command === 'version.freeze')!.seq);
  });

  it('refuses a bad date and an unknown version', async () => {
    const t = await createTestApp();
    opened.push(t);
    const { id } = await t.ok('programme.create', { title: 'Insertion des jeunes' });
    expect((await t.fails('version.freeze', { programmeId: id, deliberationNumber: 'CP-1', deliberationDate: '26/11/2026' })).code).toBe('invalid_input');
    expect((await t.fails('version.exportDocuments', { programmeId: id, versionId: '01890000-0000-7000-8000-000000000000' })).code).toBe('not_found');
    // An incomplete programme cannot be frozen: its final documents cannot be produced. Nothing is written.
    const before = t.databaseBytes();
    const error = await t.fails('version.freeze', { programmeId: id, deliberationNumber: 'CP-1', deliberationDate: '2026-11-26' });
    expect(error.code).toBe('document_incomplete');
    expect(t.databaseBytes().equals(before)).toBe(true);
    expect(await t.ok('version.list', { programmeId: id })).toEqual([]);
  });

  it('the example, with the real Word package: frozen documents re-export byte-identical after later edits', async () => {
    const t = await createTestApp();
    opened.push(t);
    await t.ok('settings.update', { fields: demoSettings() });
    const { id } = await t.ok('programme.createDemo', {});
    const v = await t.ok('version.freeze', { programmeId: id, deliberationNumber: 'CP-2026-11-42', deliberationDate: '2026-11-26' });
    expect(v.documents.length).toBeGreaterThanOrEqual(5);
    const first = await t.ok('version.exportDocuments', { programmeId: id, versionId: v.id });
    await t.ok('section.update', { programmeId: id, section: 'framing', fields: { acronym: 'CAP 2' } });
    const again = await t.ok('version.exportDocuments', { programmeId: id, versionId: v.id });
    expect(again).toEqual(first);
    for (const d of again.documents) {
      expect(sha(Buffer.from(d.base64, 'base64'))).toBe(d.sha256);
      expect(Buffer.from(d.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    }
  });
});
