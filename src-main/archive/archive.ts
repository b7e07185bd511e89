import { createHash } from 'node:crypto';
import { CommandError } from '../../src-shared/api/errors';
import { structureProblems } from '../../src-shared/method';
import { ProgrammeSnapshot, SCHEMA_VERSION, upgradeSnapshot } from '../../src-shared/model';
import { stripXmlForbiddenDeep } from '../../src-shared/model/xml-chars';
import { decrypt, encrypt } from './encryption';
import { LIMITS } from './limits';
import { ARCHIVE_FORMAT, FORMAT_VERSION, parseManifest, type EncryptedManifest, type Manifest } from './manifest';
import { safeDocumentName } from './names';
import { readZip, writeZip } from './zip';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

export type ManifestHeader = Omit<Manifest, 'format' | 'formatVersion' | 'encrypted' | 'entries'>;

export interface ArchiveContent {
  manifest: Manifest;
  snapshot: ProgrammeSnapshot;
  /** Attachment bytes by sha256. */
  attachments: Map<string, Uint8Array>;
  documents: Array<{ name: string; bytes: Uint8Array }>;
}

/** Builds the .atelier bytes: manifest with the sha256 of every entry, snapshot, attachments, documents. */
export function packArchive(input: {
  header: ManifestHeader;
  snapshot: ProgrammeSnapshot;
  attachments: Map<string, Uint8Array>;
  documents: Array<{ name: string; bytes: Uint8Array }>;
  password?: string | undefined;
}): Uint8Array {
  const files: Array<{ name: string; bytes: Uint8Array; compress?: boolean }> = [{ name: 'programme.json', bytes: json(input.snapshot) }];
  for (const [hash, bytes] of [...input.attachments].sort(([a], [b]) => a.localeCompare(b))) files.push({ name: `attachments/${hash}`, bytes });
  const used = new Set<string>();
  for (const doc of input.documents) {
    let name = safeDocumentName(doc.name);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = safeDocumentName(`${doc.name.replace(/\.docx$/i, '')} (${n})`);
    used.add(name.toLowerCase());
    // .docx files are zips already: storing them avoids compressing twice.
    files.push({ name: `documents/${name}`, bytes: doc.bytes, compress: false });
  }
  const manifest: Manifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: FORMAT_VERSION,
    encrypted: false,
    ...input.header,
    entries: Object.fromEntries(files.map((f) => [f.name, { sha256: sha256(f.bytes), size: f.bytes.length }])),
  };
  const inner = writeZip([{ name: 'manifest.json', bytes: json(manifest) }, ...files]);
  if (!input.password) return inner;
  const { manifest: outer, payload } = encrypt(inner, input.password);
  return writeZip([
    { name: 'manifest.json', bytes: json(outer) },
    { name: 'payload.bin', bytes: payload, compress: false },
  ]);
}

export interface ArchiveInfo {
  encrypted: boolean;
  /** Absent when the archive is encrypted and no (or a wrong) password was given. */
  manifest: Manifest | null;
  documents: string[];
}

function openLayers(bytes: Uint8Array, password: string | undefined): { manifest: Manifest; files: Map<string, Uint8Array>; encrypted: boolean } {
  let files = readZip(bytes);
  let manifest = readManifest(files);
  let encrypted = false;
  if (manifest.encrypted) {
    encrypted = true;
    const payload = files.get('payload.bin');
    if (!payload || files.size !== 2) throw new CommandError('archive_invalid', 'The encrypted archive is incomplete.');
    files = readZip(decrypt(payload, manifest, password));
    manifest = readManifest(files);
    if (manifest.encrypted) throw new CommandError('archive_invalid', 'The archive is encrypted twice.');
  }
  return { manifest, files, encrypted };
}

function readManifest(files: Map<string, Uint8Array>): Manifest | EncryptedManifest {
  const bytes = files.get('manifest.json');
  if (!bytes) throw new CommandError('archive_invalid', 'The archive has no manifest.');
  if (bytes.length > LIMITS.maxJsonBytes) throw new CommandError('archive_too_large', 'The manifest is too large.');
  return parseManifest(bytes);
}

/** Every entry listed with the right hash, every listed entry present. */
function checkIntegrity(manifest: Manifest, files: Map<string, Uint8Array>): void {
  for (const [name, bytes] of files) {
    if (name === 'manifest.json') continue;
    const expected = manifest.entries[name];
    if (!expected) throw new CommandError('archive_hash_mismatch', 'The archive holds a file its manifest does not list.', { name });
    if (expected.size !== bytes.length || expected.sha256 !== sha256(bytes)) {
      throw new CommandError('archive_hash_mismatch', 'A file of the archive does not match its fingerprint.', { name });
    }
    if (name.startsWith('attachments/') && name.slice('attachments/'.length) !== expected.sha256) {
      throw new CommandError('archive_hash_mismatch', 'An attachment does not match its name.', { name });
    }
  }
  for (const name of Object.keys(manifest.entries)) {
    if (!files.has(name)) throw new CommandError('archive_hash_mismatch', 'A file listed in the manifest is missing.', { name });
  }
}

function readSnapshot(manifest: Manifest, files: Map<string, Uint8Array>): ProgrammeSnapshot {
  if (manifest.schemaVersion > SCHEMA_VERSION) {
    throw new CommandError('archive_newer_format', 'The programme in this archive uses a newer data schema.', {
      schemaVersion: manifest.schemaVersion,
      supported: SCHEMA_VERSION,
    });
  }
  const bytes = files.get('programme.json');
  if (!bytes) throw new CommandError('archive_invalid', 'The archive holds no programme.');
  if (bytes.length > LIMITS.maxJsonBytes) throw new CommandError('archive_too_large', 'The programme file is too large.');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new CommandError('archive_schema', 'The programme file is not valid JSON.');
  }
  // Stripped rather than refused: an archive from the first release may hold them (it accepted them), and
  // refusing would lock the officer out of a partner's work over characters nobody can see.
  const upgraded = upgradeSnapshot(stripXmlForbiddenDeep(raw));
  if (upgraded === null) throw new CommandError('archive_schema', 'The programme in this archive uses a data schema this app cannot upgrade.');
  const parsed = ProgrammeSnapshot.safeParse(upgraded);
  if (!parsed.success) {
    throw new CommandError('archive_schema', 'The programme in the archive does not follow the expected structure.', {
      issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const snapshot = parsed.data;
  if (snapshot.id !== manifest.programmeId) throw new CommandError('archive_schema', 'The manifest and the programme disagree on its id.');
  const problems = structureProblems(snapshot);
  if (problems.length > 0) {
    throw new CommandError('archive_schema', 'The programme in the archive has broken links between its parts.', { problems: problems.slice(0, 10) });
  }
  for (const a of snapshot.attachments) {
    const blob = files.get(`attachments/${a.sha256}`);
    if (!blob || blob.length !== a.size) throw new CommandError('archive_schema', 'An attached file is missing from the archive.', { name: a.name });
  }
  return snapshot;
}

function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof CommandError) throw error;
    // Whatever else a crafted file provokes is reported as an unreadable archive, never as a crash.
    throw new CommandError('archive_invalid', 'The archive could not be read.');
  }
}

/**
 * Reads and checks a whole archive without touching any store: limits and names before inflating,
 * manifest, hashes, schema, structure, attachments. Throws only CommandError (archive_* codes).
 */
export function unpackArchive(bytes: Uint8Array, password?: string): ArchiveContent {
  return guard(() => {
    const { manifest, files } = openLayers(bytes, password);
    checkIntegrity(manifest, files);
    const snapshot = readSnapshot(manifest, files);
    const attachments = new Map<string, Uint8Array>();
    const documents: ArchiveContent['documents'] = [];
    for (const [name, data] of files) {
      if (name.startsWith('attachments/')) attachments.set(name.slice('attachments/'.length), data);
      else if (name.startsWith('documents/')) documents.push({ name: name.slice('documents/'.length), bytes: data });
    }
    return { manifest, snapshot, attachments, documents };
  });
}

/** What an archive says about itself; an encrypted one without its password says only that. */
export function inspectArchive(bytes: Uint8Array, password?: string): ArchiveInfo {
  return guard(() => {
    const outer = readManifest(readZip(bytes));
    if (outer.encrypted && !password) return { encrypted: true, manifest: null, documents: [] };
    const { manifest, files } = openLayers(bytes, password);
    checkIntegrity(manifest, files);
    return {
      encrypted: outer.encrypted,
      manifest,
      documents: [...files.keys()].filter((n) => n.startsWith('documents/')).map((n) => n.slice('documents/'.length)),
    };
  });
}
