import fc from 'fast-check';
import { zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src-main/archive';
import { importArchiveBytes } from '../../src-main/services/archives';
import { ERROR_CODES } from '../../src-shared/api/errors';
import { createTestApp, type TestApp } from '../helpers/app';

/** Hostile archives: each gets a clear error code, and the database file stays byte-identical. */
let t: TestApp;
let good: Uint8Array;
let files: Map<string, Uint8Array>;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytes = (s: string) => new TextEncoder().encode(s);

beforeAll(async () => {
  const source = await createTestApp();
  const { id } = await source.ok('programme.create', { title: 'Insertion des jeunes' });
  await source.ok('entity.add', { programmeId: id, collection: 'stakeholders', fields: { name: 'Mission locale' } });
  await source.ok('attachment.add', { programmeId: id, name: 'note.txt', base64: Buffer.from('Note de cadrage').toString('base64') });
  good = Buffer.from((await source.ok('archive.export', { programmeId: id, password: undefined })).base64, 'base64');
  source.close();
  files = readZip(good);
  t = await createTestApp();
});
afterAll(() => t.close());

/** Rebuilds an archive from parts; the manifest's hashes are recomputed unless told otherwise. */
function build(
  changes: { programme?: (p: Record<string, unknown>) => unknown; manifest?: (m: Record<string, unknown>) => void; extra?: Zippable; keepHashes?: boolean } = {},
): Uint8Array {
  const parts = new Map(files);
  if (changes.programme) parts.set('programme.json', bytes(JSON.stringify(changes.programme(JSON.parse(text(parts.get('programme.json')!))))));
  const manifest = JSON.parse(text(parts.get('manifest.json')!)) as Record<string, unknown> & { entries: Record<string, { sha256: string; size: number }> };
  if (!changes.keepHashes) {
    for (const [name, b] of parts) if (name !== 'manifest.json') manifest.entries[name] = { sha256: sha(b), size: b.length };
  }
  changes.manifest?.(manifest);
  parts.set('manifest.json', bytes(JSON.stringify(manifest)));
  const zippable: Zippable = {};
  for (const [name, b] of parts) zippable[name] = b;
  return zipSync({ ...zippable, ...(changes.extra ?? {}) });
}

async function refused(archive: Uint8Array, code: string, password?: string) {
  const before = t.databaseBytes();
  const backups = (await t.ok('backup.list', {})).length;
  const error = await t.fails('archive.import', { base64: Buffer.from(archive).toString('base64'), ...(password ? { password } : {}) });
  expect(error.code).toBe(code);
  expect(t.databaseBytes().equals(before)).toBe(true);
  expect((await t.ok('backup.list', {})).length).toBe(backups);
  expect(await t.ok('programme.list', {})).toEqual([]);
  // The pure entry point (for fuzzing) agrees.
  expect(() => importArchiveBytes(archive, password)).toThrowError(expect.objectContaining({ code }));
}

describe('hostile archives', () => {
  it('the untouched archive imports (the fixture is sound)', () => {
    expect(importArchiveBytes(good).snapshot.framing.title).toBe('Insertion des jeunes');
    expect(importArchiveBytes(build()).snapshot.framing.title).toBe('Insertion des jeunes');
  });

  it('zip slip: parent segments, absolute paths, backslashes, drive letters', async () => {
    await refused(build({ extra: { '../../evil.sh': bytes('rm -rf /') } }), 'archive_unsafe_path');
    await refused(build({ extra: { 'documents/../../evil.docx': bytes('x') } }), 'archive_unsafe_path');
    await refused(build({ extra: { '/etc/cron.d/evil': bytes('x') } }), 'archive_unsafe_path');
    await refused(build({ extra: { 'documents\\..\\evil.docx': bytes('x') } }), 'archive_unsafe_path');
    await refused(build({ extra: { 'C:/Windows/evil.docx': bytes('x') } }), 'archive_unsafe_path');
  });

  it('links and unexpected files', async () => {
    const link: Zippable = { 'documents/lien.docx': [bytes('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }] };
    await refused(build({ extra: link }), 'archive_unsafe_path');
    await refused(build({ extra: { 'autre/fichier.txt': bytes('x') } }), 'archive_invalid');
    await refused(build({ extra: { 'documents/imbriqué/x.docx': bytes('x') } }), 'archive_invalid');
  });

  it('zip bomb: an entry that inflates far beyond its size is refused before inflating', async () => {
    const zeros = new Uint8Array(60 * 1024 * 1024);
    await refused(build({ extra: { [`attachments/${sha(zeros)}`]: zeros } }), 'archive_too_large');
  });

  it('10,000 entries', async () => {
    const many: Zippable = {};
    for (let i = 0; i < 10_000; i++) many[`documents/d${i}.docx`] = bytes(String(i));
    await refused(build({ extra: many }), 'archive_too_large');
  });

  it('truncated file, empty file, not a zip', async () => {
    await refused(good.subarray(0, Math.floor(good.length / 2)), 'archive_invalid');
    await refused(good.subarray(0, good.length - 10), 'archive_invalid');
    await refused(new Uint8Array(0), 'archive_invalid');
    await refused(bytes('Bonjour, voici le programme.'), 'archive_invalid');
  });

  it('flipped bytes in the programme data', async () => {
    const archive = build();
    const at = Buffer.from(archive).indexOf(Buffer.from('programme.json')) + 'programme.json'.length + 20;
    const flipped = new Uint8Array(archive);
    flipped[at] = flipped[at]! ^ 0xff;
    const code = (await t.fails('archive.import', { base64: Buffer.from(flipped).toString('base64') })).code;
    expect(['archive_invalid', 'archive_hash_mismatch']).toContain(code);
  });

  it('any single flipped byte: an archive_* error or a sound import, never a crash, database untouched on refusal', async () => {
    const archiveCodes = ERROR_CODES.filter((c) => c.startsWith('archive_'));
    let refusedCount = 0;
    for (let i = 0; i < 300; i++) {
      const flipped = new Uint8Array(good);
      const at = Math.floor((i / 300) * good.length);
      flipped[at] = flipped[at]! ^ (1 << i % 8);
      try {
        importArchiveBytes(flipped);
      } catch (error) {
        refusedCount++;
        expect(archiveCodes).toContain((error as { code: string }).code);
      }
    }
    expect(refusedCount).toBeGreaterThan(250);
  });

  it('random damage (fast-check): only archive_* errors, never anything else', () => {
    const archiveCodes = new Set<string>(ERROR_CODES.filter((c) => c.startsWith('archive_')));
    const damage = fc.record({
      cuts: fc.array(fc.record({ at: fc.nat(), length: fc.nat(64) }), { maxLength: 3 }),
      writes: fc.array(fc.record({ at: fc.nat(), value: fc.nat(255) }), { maxLength: 8 }),
      tail: fc.uint8Array({ maxLength: 64 }),
    });
    fc.assert(
      fc.property(damage, ({ cuts, writes, tail }) => {
        let bytes = new Uint8Array(good);
        for (const w of writes) bytes[w.at % bytes.length] = w.value;
        for (const c of cuts) {
          const at = c.at % bytes.length;
          bytes = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + c.length)]);
        }
        bytes = new Uint8Array([...bytes, ...tail]);
        try {
          importArchiveBytes(bytes);
        } catch (error) {
          expect(archiveCodes.has((error as { code?: string }).code ?? '')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('wrong hashes, unlisted and missing entries', async () => {
    await refused(
      build({ manifest: (m) => ((m.entries as Record<string, { sha256: string }>)['programme.json']!.sha256 = '0'.repeat(64)) }),
      'archive_hash_mismatch',
    );
    await refused(build({ programme: (p) => ({ ...p, framing: { ...(p.framing as object), title: 'Falsifié' } }), keepHashes: true }), 'archive_hash_mismatch');
    await refused(build({ manifest: (m) => ((m.entries as Record<string, unknown>)['documents/absent.docx'] = { sha256: '0'.repeat(64), size: 1 }) }), 'archive_hash_mismatch');
  });

  it('schema violations: invalid values, broken links, missing attachment bytes, id mismatch', async () => {
    await refused(build({ programme: (p) => ({ ...p, stakeholders: [{ ...(p.stakeholders as object[])[0], interest: 9 }] }) }), 'archive_schema');
    await refused(build({ programme: (p) => ({ ...p, stakeholders: [{ ...(p.stakeholders as object[])[0], territoryId: '01890000-0000-7000-8000-000000000000' }] }) }), 'archive_schema');
    await refused(build({ programme: () => ['pas', 'un', 'programme'] }), 'archive_schema');
    await refused(build({ programme: (p) => ({ ...p, id: '01890000-0000-7000-8000-000000000001' }) }), 'archive_schema');
    const parts = build();
    const withoutBlob = new Map(readZip(parts));
    const blobName = [...withoutBlob.keys()].find((n) => n.startsWith('attachments/'))!;
    files = new Map([...files].filter(([n]) => n !== blobName));
    try {
      await refused(build({ manifest: (m) => delete (m.entries as Record<string, unknown>)[blobName] }), 'archive_schema');
    } finally {
      files = readZip(good);
    }
  });

  it('newer format or schema; other formats; bad manifest', async () => {
    await refused(build({ manifest: (m) => (m.formatVersion = 99) }), 'archive_newer_format');
    await refused(build({ manifest: (m) => (m.schemaVersion = 99) }), 'archive_newer_format');
    await refused(build({ manifest: (m) => (m.format = 'autre-chose') }), 'archive_invalid');
    await refused(build({ manifest: (m) => (m.exportId = 'pas-un-uuid') }), 'archive_invalid');
  });

  it('encrypted: missing password, wrong password, tampered payload', async () => {
    const source = await createTestApp();
    const { id } = await source.ok('programme.create', { title: 'Secret' });
    const encrypted = Buffer.from((await source.ok('archive.export', { programmeId: id, password: 'juste' })).base64, 'base64');
    source.close();
    await refused(encrypted, 'archive_encrypted');
    await refused(encrypted, 'archive_wrong_password', 'faux');
    const outer = readZip(encrypted);
    const payload = new Uint8Array(outer.get('payload.bin')!);
    payload[100] = payload[100]! ^ 1;
    await refused(zipSync({ 'manifest.json': outer.get('manifest.json')!, 'payload.bin': payload }), 'archive_wrong_password', 'juste');
    const manifest = JSON.parse(text(outer.get('manifest.json')!));
    manifest.kdf.N = 2 ** 30; // a crafted file must not make key derivation take forever
    await refused(zipSync({ 'manifest.json': bytes(JSON.stringify(manifest)), 'payload.bin': outer.get('payload.bin')! }), 'archive_invalid', 'juste');
  });
});
