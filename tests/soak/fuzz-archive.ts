/**
 * Archive import fuzzing, derived from real exports (the demo programme with an attachment and its Word
 * documents, the same encrypted, and the large programme): truncation, byte flips, inserted and removed
 * ranges, renamed and oversized entries, nested zips, and JSON mutations repacked with correct hashes.
 *
 * Properties: the reader answers with a known archive error or returns content; content read from a
 * byte-level mutation is exactly what was exported (a tamper never slips through); content from a
 * repacked mutation is a valid, whole programme; the store-level import of every refused archive
 * answers the same known code, writes nothing and makes no backup; no unhandled rejection; the database
 * file is byte-identical at the end.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { zipSync } from 'fflate';
import { sha256, readZip } from '../../src-main/archive';
import { importArchiveBytes } from '../../src-main/services/archives';
import { ERROR_CODES, CommandError } from '../../src-shared/api/errors';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { structureProblems } from '../../src-shared/method/structure';
import { ProgrammeSnapshot, SCHEMA_VERSION } from '../../src-shared/model';
import { generateLargeProgramme } from '../../bench/generate';
import { createTestApp } from '../helpers/app';
import type { FuzzReport } from './fuzz-dispatcher';
import { randomJson, randomUuid, seeded, type Random } from './fuzz-payloads';

const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const int = (r: Random, max: number) => Math.floor(r() * max);
const utf8 = (text: string) => new TextEncoder().encode(text);

interface Base {
  label: string;
  bytes: Uint8Array;
  /** Its entries, read once (mutations copy the map). */
  files: Map<string, Uint8Array>;
  snapshot: ProgrammeSnapshot;
  password?: string;
}

interface Mutant {
  kind: string;
  bytes: Uint8Array;
  /** Repacked with fresh hashes: may legitimately carry other (valid) content. */
  repacked: boolean;
}

// ---- byte-level mutations (the content must never change unnoticed) ----

function truncate(r: Random, b: Uint8Array): Uint8Array {
  return b.slice(0, int(r, b.length));
}

function flip(r: Random, b: Uint8Array, region: 'any' | 'tail' | 'head'): Uint8Array {
  const out = b.slice();
  const from = region === 'tail' ? Math.max(0, out.length - 400) : 0;
  const span = region === 'head' ? Math.min(200, out.length) : out.length - from;
  for (let i = 1 + int(r, 6); i > 0; i--) {
    const at = from + int(r, span);
    out[at] = out[at]! ^ (1 + int(r, 255));
  }
  return out;
}

function splice(r: Random, b: Uint8Array): Uint8Array {
  const at = int(r, b.length);
  if (r() < 0.5) {
    const cut = Math.min(b.length - at, 1 + int(r, 64));
    const out = new Uint8Array(b.length - cut);
    out.set(b.subarray(0, at));
    out.set(b.subarray(at + cut), at);
    return out;
  }
  const junk = Uint8Array.from({ length: 1 + int(r, 64) }, () => int(r, 256));
  const out = new Uint8Array(b.length + junk.length);
  out.set(b.subarray(0, at));
  out.set(junk, at);
  out.set(b.subarray(at), at + junk.length);
  return out;
}

/** Rewrites a 32-bit field of a central-directory entry (sizes, offsets) to a hostile value. */
function patchDirectory(r: Random, b: Uint8Array): Uint8Array {
  const out = b.slice();
  const dv = new DataView(out.buffer);
  const headers: number[] = [];
  for (let i = 0; i + 46 <= out.length; i++) if (dv.getUint32(i, true) === 0x02014b50) headers.push(i);
  if (headers.length === 0) return flip(r, b, 'tail');
  const at = pick(r, headers);
  const field = pick(r, [16, 20, 24, 42]); // crc, compressed size, size, local offset
  dv.setUint32(at + field, pick(r, [0, 1, 0xffffffff, 0x7fffffff, out.length, 110 * 1024 * 1024 + 1, int(r, 2 ** 32)]), true);
  return out;
}

/** A zip with any names at all (the app's own writer refuses unsafe names, as it should). */
function writeZip(files: Array<{ name: string; bytes: Uint8Array; compress?: boolean }>): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { level: f.compress === false ? 0 : 1 }]])));
}

// ---- repacked mutations (fresh manifest hashes: only the checks beyond hashes can refuse them) ----

function repack(files: Map<string, Uint8Array>, options: { rehash?: boolean; compress?: boolean } = {}): Uint8Array {
  const list = [...files];
  const current = files.get('manifest.json');
  if (options.rehash !== false && current) {
    const manifest = JSON.parse(new TextDecoder().decode(current)) as { entries?: Record<string, unknown> };
    manifest.entries = Object.fromEntries(list.filter(([n]) => n !== 'manifest.json').map(([n, bytes]) => [n, { sha256: sha256(bytes), size: bytes.length }]));
    files.set('manifest.json', utf8(JSON.stringify(manifest)));
  }
  // Stored, not deflated: inflation is fuzzed by the byte-level mutations, and this keeps 10,000 cases fast.
  return writeZip([...files].map(([name, bytes]) => ({ name, bytes, compress: options.compress ?? false })));
}

const RENAMES = [
  '../programme.json',
  '/programme.json',
  'C:/programme.json',
  'documents\\evil.docx',
  'attachments/../../etc/passwd',
  'PROGRAMME.JSON',
  'programme.json ',
  'documents/a\u0000.docx',
  `documents/${'a'.repeat(300)}.docx`,
  'documents/.docx',
  'documents/./x.docx',
  'documents//x.docx',
  'attachments/abc',
  'payload.bin',
  'documents/‮xcod.exe',
  'extra.txt',
];

function mutateNames(r: Random, files: Map<string, Uint8Array>): Uint8Array {
  const names = [...files.keys()];
  const victim = pick(r, names);
  const bytes = files.get(victim)!;
  const next = new Map(files);
  if (r() < 0.7) next.delete(victim);
  next.set(pick(r, RENAMES), bytes);
  return repack(next, { rehash: r() < 0.7 });
}

function oversize(r: Random, files: Map<string, Uint8Array>): Uint8Array {
  const next = new Map(files);
  const roll = r();
  const manifest = JSON.parse(new TextDecoder().decode(next.get('manifest.json')!)) as { entries?: Record<string, { size: number }> };
  if (roll < 0.4 && manifest.entries) {
    // Declared size in the manifest disagrees with the entry.
    const name = pick(r, Object.keys(manifest.entries));
    manifest.entries[name]!.size = pick(r, [0, 1e12, -1, 1.5, manifest.entries[name]!.size + 1]);
    next.set('manifest.json', utf8(JSON.stringify(manifest)));
    return repack(next, { rehash: false });
  }
  // A big, very compressible document (a small zip bomb) or too many entries: the same for a base, built once.
  const kind = roll < 0.7 ? 'bomb' : 'many';
  const cacheKey = `${kind}:${sha256(files.get('manifest.json')!)}`;
  let bytes = heavy.get(cacheKey);
  if (!bytes) {
    if (kind === 'bomb') next.set('documents/bomb.docx', new Uint8Array(8 * 1024 * 1024));
    else for (let i = 0; i < 2_100; i++) next.set(`attachments/${sha256(utf8(String(i)))}`, new Uint8Array(0));
    bytes = repack(next);
    heavy.set(cacheKey, bytes);
  }
  return bytes;
}
const heavy = new Map<string, Uint8Array>();

function nest(r: Random, base: Uint8Array, files: Map<string, Uint8Array>): Uint8Array {
  const roll = r();
  if (roll < 0.33) return writeZip([{ name: 'programme.atelier', bytes: base }]);
  const next = new Map(files);
  if (roll < 0.66) next.set('programme.json', base);
  else next.set('documents/inner.docx', writeZip([{ name: 'manifest.json', bytes: files.get('manifest.json')! }, { name: '../../escape', bytes: utf8('x') }]));
  return repack(next);
}

type Json = Record<string, unknown>;

/** One structural or type mutation of the programme (ids, references, levels, versions, sizes). */
function mutateProgramme(r: Random, s: Json): void {
  const collections = Object.keys(s).filter((k) => Array.isArray(s[k]) && (s[k] as unknown[]).length > 0);
  const key = pick(r, collections);
  const list = s[key] as Json[];
  const item = pick(r, list);
  const fields = Object.keys(item);
  const roll = r();
  if (roll < 0.1) s.schemaVersion = pick(r, [SCHEMA_VERSION + 1, 999, 0, '1', null]);
  else if (roll < 0.2) list.push({ ...item }); // duplicate id
  else if (roll < 0.3) item[pick(r, fields)] = randomJson(r);
  else if (roll < 0.4) delete item[pick(r, fields.filter((f) => f !== 'id').concat('id'))];
  else if (roll < 0.5) item[pick(r, ['parentId', 'logframeId', 'indicatorId', 'funderId', 'id'])] = randomUuid(r);
  else if (roll < 0.6) s.id = pick(r, [randomUuid(r), 'not-a-uuid', 42]);
  else if (roll < 0.7) s[pick(r, ['framing', 'governance', 'budgetSettings', 'capitalisation'])] = randomJson(r);
  else if (roll < 0.75) s[key] = { length: 1e9 };
  else if (roll < 0.8) Object.defineProperty(s, '__proto__', { value: { polluted: true }, enumerable: true });
  else if (roll < 0.9) {
    // A cycle in a tree or a level out of order in the logical framework.
    const logframe = s.logframe as Json[] | undefined;
    if (logframe && logframe.length > 2) {
      const a = pick(r, logframe);
      a.parentId = a.id;
    } else item.id = (list[0] as Json).id;
  } else item[pick(r, fields)] = 'x'.repeat(100_001);
}

function mutateJson(r: Random, files: Map<string, Uint8Array>): Uint8Array {
  const next = new Map(files);
  const target = next.has('programme.json') && r() < 0.75 ? 'programme.json' : 'manifest.json';
  const text = new TextDecoder().decode(next.get(target)!);
  const roll = r();
  let bytes: Uint8Array;
  if (roll < 0.1) bytes = utf8(text.slice(0, int(r, text.length)));
  else if (roll < 0.15) bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
  else if (roll < 0.2) bytes = new Uint8Array([...utf8(text.slice(0, 50)), 0xc3, 0x28, ...utf8(text.slice(50))]);
  else if (roll < 0.25) bytes = utf8(`${'['.repeat(50_000)}${']'.repeat(50_000)}`);
  else {
    const data = JSON.parse(text) as Json;
    if (target === 'programme.json') mutateProgramme(r, data);
    else {
      const field = pick(r, ['formatVersion', 'schemaVersion', 'programmeId', 'exportId', 'lineage', 'format', 'encrypted', 'exportedAt', 'entries', 'appVersion']);
      data[field] = pick(r, [2, 999, 0, -1, null, 'x', randomUuid(r), [], {}, true, 'x'.repeat(3_000)]);
    }
    bytes = utf8(JSON.stringify(data));
  }
  next.set(target, bytes);
  return repack(next, { rehash: target === 'programme.json' ? r() < 0.8 : false });
}

export function mutate(r: Random, base: Base): Mutant {
  const files = new Map(base.files);
  const roll = r();
  if (roll < 0.12) return { kind: 'truncate', bytes: truncate(r, base.bytes), repacked: false };
  if (roll < 0.3) return { kind: 'flip', bytes: flip(r, base.bytes, pick(r, ['any', 'tail', 'head'] as const)), repacked: false };
  if (roll < 0.38) return { kind: 'splice', bytes: splice(r, base.bytes), repacked: false };
  if (roll < 0.46) return { kind: 'directory', bytes: patchDirectory(r, base.bytes), repacked: false };
  if (roll < 0.58) return { kind: 'rename', bytes: mutateNames(r, files), repacked: true };
  if (roll < 0.64) return { kind: 'oversize', bytes: oversize(r, files), repacked: true };
  if (roll < 0.7) return { kind: 'nest', bytes: nest(r, base.bytes, files), repacked: true };
  // Encrypted archives have no programme.json outside: their JSON mutations hit the outer manifest.
  return { kind: 'json', bytes: mutateJson(r, files), repacked: true };
}

export interface ArchiveFuzzOptions {
  /** Every n-th refused archive also goes through the store (archive.import through the dispatcher). */
  storeEvery?: number;
}

const KNOWN = new Set<string>(ERROR_CODES);

export async function fuzzArchive(cases: number, seed: number, options: ArchiveFuzzOptions = {}): Promise<FuzzReport & { byKind: Record<string, number>; ms: Record<string, number> }> {
  const t = await createTestApp();
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  process.on('unhandledRejection', onRejection);
  const report = { cases: 0, byCode: {} as Record<string, number>, byKind: {} as Record<string, number>, failures: [] as string[], ms: {} as Record<string, number> };
  try {
    // Real exports: the demo with an attachment and its Word documents, the same encrypted, the large one.
    // The root's own builder: archives carry the draft package.
    const services = t.app;
    t.app.settings.update(demoSettings());
    const demo = buildDemoProgramme(() => t.app.idFactory(), '2026-11-26T08:00:00.000Z');
    t.app.programmes.insert(demo);
    await t.ok('attachment.add', { programmeId: demo.id, name: 'compte-rendu.txt', base64: Buffer.from('Compte rendu du comité de pilotage.').toString('base64') });
    const withAttachment = t.app.programmes.get(demo.id);
    const bare = await t.ok('archive.export', { programmeId: demo.id });
    const plain = await services.archives.export(demo.id);
    const encrypted = await services.archives.export(demo.id, 'mot de passe');
    const large = generateLargeProgramme(3);
    t.app.programmes.insert(large);
    const largeExport = await services.archives.export(large.id);
    const base = (label: string, bytes: Uint8Array, snapshot: ProgrammeSnapshot, password?: string): Base => ({
      label,
      bytes,
      files: readZip(bytes),
      snapshot,
      ...(password ? { password } : {}),
    });
    const bases: Base[] = [
      base('demo', new Uint8Array(Buffer.from(bare.base64, 'base64')), withAttachment),
      base('demo-documents', plain.bytes, withAttachment),
      base('demo-encrypted', encrypted.bytes, withAttachment, 'mot de passe'),
      base('large', largeExport.bytes, large),
    ];
    for (const b of bases) {
      const back = importArchiveBytes(b.bytes, b.password);
      if (!isDeepStrictEqual(back.snapshot, b.snapshot)) report.failures.push(`the unmutated ${b.label} export does not read back identical`);
    }
    if (plain.documents === 0) report.failures.push('the demo export carries no Word document');

    const backupsDir = join(t.dataDir, 'backups');
    const backupCount = () => {
      try {
        return readdirSync(backupsDir).length;
      } catch {
        return 0;
      }
    };
    const backupsBefore = backupCount();
    const changes = () => (t.app.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const changesBefore = changes();
    const before = t.databaseBytes();
    const r = seeded(seed);
    let refused = 0;
    let n = 0;
    for (; n < cases; n++) {
      // Reading an encrypted archive costs a key derivation (~0.1 s): a few of them go a long way.
      const roll = r();
      const base = roll < 0.02 ? bases[2]! : roll < 0.05 ? bases[3]! : roll < 0.25 ? bases[1]! : bases[0]!;
      let t0 = performance.now();
      const m = mutate(r, base);
      report.ms[`mutate.${m.kind}`] = (report.ms[`mutate.${m.kind}`] ?? 0) + performance.now() - t0;
      t0 = performance.now();
      report.byKind[m.kind] = (report.byKind[m.kind] ?? 0) + 1;
      let code: string;
      try {
        const content = importArchiveBytes(m.bytes, base.password);
        code = 'accepted';
        if (!m.repacked && !isDeepStrictEqual(content.snapshot, base.snapshot)) {
          report.failures.push(`${m.kind} on ${base.label}: a damaged archive was read with different content`);
        }
        if (m.repacked && (!ProgrammeSnapshot.safeParse(content.snapshot).success || structureProblems(content.snapshot).length > 0)) {
          report.failures.push(`${m.kind} on ${base.label}: an invalid programme was accepted`);
        }
      } catch (error) {
        if (!(error instanceof CommandError) || !KNOWN.has(error.code) || error.code === 'internal') {
          report.failures.push(`${m.kind} on ${base.label}: threw ${String(error).slice(0, 200)}`);
          continue;
        }
        code = error.code;
        refused += 1;
        if (refused % (options.storeEvery ?? 10) === 0) {
          const answer = await t.dispatch('archive.import', { base64: Buffer.from(m.bytes).toString('base64'), password: base.password }, { transport: 'test' });
          if (answer.ok || answer.error.code !== code) {
            report.failures.push(`${m.kind} on ${base.label}: the store answered ${answer.ok ? 'ok' : answer.error.code}, the reader ${code}`);
          }
          if (changes() !== changesBefore) report.failures.push(`${m.kind} on ${base.label}: a refused import wrote to the database`);
          if (backupCount() !== backupsBefore) report.failures.push(`${m.kind} on ${base.label}: a refused import made a backup`);
        }
      }
      report.byCode[code] = (report.byCode[code] ?? 0) + 1;
      report.ms[base.label] = (report.ms[base.label] ?? 0) + performance.now() - t0;
      if (report.failures.length > 20) break;
    }
    report.cases = n;
    await new Promise((done) => setTimeout(done, 10));
    if (rejections.length) report.failures.push(`${rejections.length} unhandled rejection(s): ${String(rejections[0])}`);
    if (!before.equals(t.databaseBytes())) report.failures.push('the database file changed');
    return report;
  } finally {
    process.off('unhandledRejection', onRejection);
    t.close();
  }
}
