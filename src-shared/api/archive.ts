import { z } from 'zod';
import type { MergeConflict } from '../merge/types';
import { EditResultSchema, ProgrammeRef, query, write, type EditResult } from './define';
import { WithJob } from './jobs';

/** Archives travel as base64 through both transports (about 270 MB of text for the largest archive). */
const Base64 = z.base64().max(280_000_000);
const Password = z.string().min(1).max(1_024);

export const DecisionSchema = z.discriminatedUnion('choice', [
  z.object({ choice: z.literal('mine') }),
  z.object({ choice: z.literal('theirs') }),
  z.object({ choice: z.literal('edit'), value: z.unknown() }),
]);
export const ImportStrategy = z.enum(['merge', 'keep-both', 'replace']);
export type ImportStrategy = z.infer<typeof ImportStrategy>;

export interface ArchiveManifestSummary {
  programmeId: string;
  programmeTitle: string;
  exportId: string;
  exportedAt: string;
  exportedBy: { name: string; organisation: string };
  appVersion: string;
  formatVersion: number;
  schemaVersion: number;
}

export interface ArchiveInspection {
  encrypted: boolean;
  /** Null when the archive is encrypted and the password was not given. */
  manifest: ArchiveManifestSummary | null;
  documents: string[];
  attachments: number;
  /** What this data folder knows about the programme. */
  local: { exists: boolean; title: string | null; inBin: boolean; knownBase: boolean };
}

export type ImportResult =
  | {
      status: 'imported';
      mode: 'new' | 'merged' | 'keep-both' | 'replace' | 'unchanged';
      programmeId: string;
      revisionId: string | null;
      /** Conflicts that were settled by the decisions given. */
      decided: number;
      /** Entities brought back because the other side still referred to them. */
      restored: number;
    }
  | {
      /** Nothing was written: each conflict needs a decision (keep mine / take theirs / edit). */
      status: 'decision_needed';
      programmeId: string;
      conflicts: MergeConflict[];
      /** Conflicts already decided by the decisions given. */
      decided: string[];
    }
  | {
      /**
       * Nothing was written: the programme is here but the archive does not descend from a known export
       * ('no_base'), or merging both versions would break the programme's structure ('structure').
       */
      status: 'strategy_needed';
      reason: 'no_base' | 'structure';
      programmeId: string;
      localTitle: string;
    };

export interface VersionSummary {
  id: string;
  programmeId: string;
  number: number;
  deliberationNumber: string;
  deliberationDate: string;
  frozenAt: string;
  author: string;
  organisation: string;
  revisionSeq: number;
  snapshotSha256: string;
  documents: Array<{ name: string; sha256: string; size: number }>;
  /** The version this one amends (an avenant), or null for an original vote. */
  amendsVersionId: string | null;
}

export interface BackupSummary {
  name: string;
  at: string;
  reason: string;
  size: number;
}

export const archiveCommands = {
  'archive.export': write(
    ProgrammeRef.extend({ password: Password.optional(), ...WithJob }),
    z.custom<{ fileName: string; base64: string; size: number; warnLarge: boolean; exportId: string; documents: number }>(),
  ),
  'archive.inspect': query(z.object({ base64: Base64, password: Password.optional() }), z.custom<ArchiveInspection>()),
  'archive.import': write(
    z.object({
      base64: Base64,
      password: Password.optional(),
      strategy: ImportStrategy.default('merge'),
      decisions: z.record(z.string().max(300), DecisionSchema).default({}),
      ...WithJob,
    }),
    z.custom<ImportResult>(),
  ),

  'attachment.add': write(
    ProgrammeRef.extend({
      name: z.string().trim().min(1).max(255),
      base64: Base64,
      ownerKind: z.enum(['programme', 'territory']).default('programme'),
      ownerId: z.uuid().nullable().default(null),
      section: z.string().max(100).default(''),
    }),
    EditResultSchema,
  ),
  'attachment.get': query(
    ProgrammeRef.extend({ id: z.uuid() }),
    z.custom<{ name: string; mimeType: string; size: number; sha256: string; base64: string }>(),
  ),
  'attachment.remove': write(ProgrammeRef.extend({ id: z.uuid() }), EditResultSchema),

  'version.freeze': write(
    ProgrammeRef.extend({
      deliberationNumber: z.string().trim().min(1).max(200),
      deliberationDate: z.iso.date(),
      /** The vote approves an amendment (avenant) of the latest voted version. */
      amendment: z.boolean().default(false),
    }),
    z.custom<VersionSummary>(),
  ),
  'version.list': query(ProgrammeRef, z.custom<VersionSummary[]>()),
  'version.exportDocuments': query(
    ProgrammeRef.extend({ versionId: z.uuid() }),
    z.custom<{ documents: Array<{ name: string; sha256: string; size: number; base64: string }> }>(),
  ),

  'backup.list': query(z.object({}), z.custom<BackupSummary[]>()),
  'backup.create': write(z.object({}), z.custom<BackupSummary>()),
  'backup.restore': write(z.object({ name: z.string().min(1).max(200) }), z.custom<{ restored: string; safetyBackup: string }>()),
};

export type { EditResult };
