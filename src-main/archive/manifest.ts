import { z } from 'zod';
import { CommandError } from '../../src-shared/api/errors';
import { stripXmlForbiddenDeep } from '../../src-shared/model/xml-chars';

export const ARCHIVE_FORMAT = 'atelier-coop-archive';
/** Bump when the archive layout changes; add the upgrade from the previous version to UPGRADES. */
export const FORMAT_VERSION = 1;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Label = z.string().max(2_000);

export const Manifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  encrypted: z.literal(false),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(1),
  programmeId: z.uuid(),
  programmeTitle: Label,
  exportId: z.uuid(),
  /** Earlier export and import ids this programme went through, oldest first (merge bases). */
  lineage: z.array(z.uuid()).max(100_000),
  exportedAt: z.iso.datetime(),
  exportedBy: z.object({ name: Label, organisation: Label }),
  /** sha256 and size of every other entry of the zip. */
  entries: z.record(z.string().max(255), z.object({ sha256: Sha256, size: z.number().int().min(0) })),
});
export type Manifest = z.infer<typeof Manifest>;

/** Only this is readable without the password: that the archive is encrypted, and how to derive the key. */
export const EncryptedManifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  encrypted: z.literal(true),
  cipher: z.literal('aes-256-gcm'),
  kdf: z.object({
    name: z.literal('scrypt'),
    // Bounded so a crafted file cannot make key derivation take minutes or gigabytes.
    N: z.number().int().min(1024).max(2 ** 17),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
    salt: z.base64().max(100),
  }),
  iv: z.base64().max(100),
});
export type EncryptedManifest = z.infer<typeof EncryptedManifest>;

/** Upgrades of older manifests, by the version they upgrade from (none yet: version 1 is the first). */
const UPGRADES: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** Parses a manifest: refuses other formats and newer versions, upgrades older ones, then validates. */
export function parseManifest(bytes: Uint8Array): Manifest | EncryptedManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new CommandError('archive_invalid', 'The archive manifest is not readable.');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== ARCHIVE_FORMAT) {
    throw new CommandError('archive_invalid', 'This file is not an Atelier Coop archive.');
  }
  // The title and the exporter's name are shown and recorded as a revision's author: no XML-forbidden characters.
  let data = stripXmlForbiddenDeep(raw as Record<string, unknown>);
  let version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CommandError('archive_invalid', 'The archive manifest has no valid format version.');
  }
  if (version > FORMAT_VERSION) {
    throw new CommandError('archive_newer_format', `This archive was written in format ${version}; this app reads up to ${FORMAT_VERSION}.`, {
      formatVersion: version,
      supported: FORMAT_VERSION,
    });
  }
  while (version < FORMAT_VERSION) {
    const upgrade = UPGRADES[version];
    if (!upgrade) throw new CommandError('archive_invalid', `Format ${version} cannot be upgraded.`);
    data = { ...upgrade(data), formatVersion: version + 1 };
    version += 1;
  }
  const parsed = data.encrypted === true ? EncryptedManifest.safeParse(data) : Manifest.safeParse(data);
  if (!parsed.success) {
    throw new CommandError('archive_invalid', 'The archive manifest is not valid.', {
      issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}
