import { basename } from 'node:path';
import type { archiveCommands, BackupSummary } from '../../../src-shared/api/archive';
import type { BackupInfo } from '../../services/backups';
import type { AppContext } from '../../services/app';
import type { JobRegistry } from '../../workers/jobs';
import type { Handlers } from './types';

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const base64Of = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const backupSummary = (b: BackupInfo): BackupSummary => ({ name: basename(b.file), at: b.at, reason: b.reason, size: b.size });

export function createArchiveHandlers(app: AppContext, jobs: JobRegistry): Handlers<keyof typeof archiveCommands> {
  const s = app;
  return {
    'archive.export': ({ programmeId, password, jobId }) => jobs.run(jobId, async ({ signal, progress }) => {
      const out = await s.archives.export(programmeId, password, { signal, onProgress: progress });
      return { fileName: out.fileName, base64: base64Of(out.bytes), size: out.bytes.length, warnLarge: out.warnLarge, exportId: out.exportId, documents: out.documents };
    }),
    'archive.inspect': ({ base64, password }) => s.archives.inspect(bytesOf(base64), password),
    'archive.import': ({ base64, password, strategy, decisions, jobId }) =>
      jobs.run(jobId, ({ signal }) => s.archives.import(bytesOf(base64), { password, strategy, decisions, signal })),
    'attachment.add': ({ programmeId, name, base64, ownerKind, ownerId, section }) =>
      s.attachments.add(programmeId, { name, bytes: bytesOf(base64), ownerKind, ownerId, section }),
    'attachment.get': ({ programmeId, id }) => {
      const a = s.attachments.get(programmeId, id);
      return { name: a.name, mimeType: a.mimeType, size: a.size, sha256: a.sha256, base64: base64Of(a.bytes) };
    },
    'attachment.remove': ({ programmeId, id }) => s.attachments.remove(programmeId, id),
    'version.freeze': ({ programmeId, deliberationNumber, deliberationDate, amendment }) =>
      s.versions.freeze(programmeId, deliberationNumber, deliberationDate, { amendment }),
    'version.list': ({ programmeId }) => s.versions.list(programmeId),
    'version.exportDocuments': ({ programmeId, versionId }) => ({
      documents: s.versions.documents(programmeId, versionId).map((d) => ({ name: d.name, sha256: d.sha256, size: d.size, base64: base64Of(d.bytes) })),
    }),
    'backup.list': () => app.backups.list().map(backupSummary),
    'backup.create': async () => backupSummary(await app.backups.create('manual')),
    'backup.restore': ({ name }) => s.restore.restore(name),
  };
}
