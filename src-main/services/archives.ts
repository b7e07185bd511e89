import type BetterSqlite3 from 'better-sqlite3';
import type { ArchiveInspection, ImportResult, ImportStrategy } from '../../src-shared/api/archive';
import { CommandError } from '../../src-shared/api/errors';
import { mergeSnapshots, type Decisions } from '../../src-shared/merge';
import { structureProblems } from '../../src-shared/method';
import { ProgrammeSnapshot, SCHEMA_VERSION, remapIds } from '../../src-shared/model';
import { LARGE_ARCHIVE_BYTES, unpackArchive, type ArchiveContent } from '../archive';
import { archiveInWorkers } from '../workers/archive';
import { buildPackageInWorkers } from '../workers/documents';
import type { AttachmentService } from './attachments';
import type { BackupService } from './backups';
import type { Platform } from './platform';
import type { ProgrammeService } from './programmes';
import type { SettingsService } from './settings';
import type { DocumentBuilder } from './versions';

/** How many merge bases a programme keeps (older archives then import as "keep both" or "replace"). */
const BASES_KEPT = 20;

interface BaseRow {
  export_id: string;
  snapshot: string;
}

/**
 * Archives: export to one .atelier file, and import with everything checked before the database is
 * touched. A merge base (the snapshot at each export and import, keyed by export id) lets a later
 * archive that descends from it be merged three ways.
 */
export class ArchiveService {
  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly app: ArchiveDependencies,
    private readonly attachments: AttachmentService,
    private readonly buildDocuments: DocumentBuilder,
    readonly platform: Platform,
  ) {}

  private lineage(programmeId: string): string[] {
    return (this.db.prepare('SELECT export_id FROM merge_bases WHERE programme_id = ? ORDER BY at, rowid').all(programmeId) as Array<{ export_id: string }>).map(
      (r) => r.export_id,
    );
  }

  private recordBase(programmeId: string, exportId: string, kind: 'export' | 'import', lineage: string[], snapshot: ProgrammeSnapshot): void {
    this.db
      .prepare('INSERT OR REPLACE INTO merge_bases (export_id, programme_id, kind, at, lineage, snapshot) VALUES (?, ?, ?, ?, ?, ?)')
      .run(exportId, programmeId, kind, this.platform.clock().toISOString(), JSON.stringify(lineage), JSON.stringify(snapshot));
    this.db
      .prepare(
        `DELETE FROM merge_bases WHERE programme_id = ? AND export_id NOT IN
           (SELECT export_id FROM merge_bases WHERE programme_id = ? ORDER BY at DESC, rowid DESC LIMIT ?)`,
      )
      .run(programmeId, programmeId, BASES_KEPT);
  }

  /** The most recent export or import known here that the archive descends from. */
  private findBase(programmeId: string, content: ArchiveContent): { exportId: string; snapshot: ProgrammeSnapshot } | null {
    const statement = this.db.prepare('SELECT export_id, snapshot FROM merge_bases WHERE export_id = ? AND programme_id = ?');
    for (const id of [content.manifest.exportId, ...[...content.manifest.lineage].reverse()]) {
      const row = statement.get(id, programmeId) as BaseRow | undefined;
      if (row) return { exportId: row.export_id, snapshot: ProgrammeSnapshot.parse(JSON.parse(row.snapshot)) };
    }
    return null;
  }

  async export(programmeId: string, password?: string, job: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<{ fileName: string; bytes: Uint8Array; warnLarge: boolean; exportId: string; documents: number }> {
    const snapshot = this.app.programmes.get(programmeId);
    const settings = this.app.settings.get();
    let documents: Awaited<ReturnType<DocumentBuilder>>;
    try {
      // Drafts, so that an unfinished programme still travels with readable documents.
      documents = await this.buildDocuments(snapshot, settings, { locale: 'fr', draft: true, ...job });
    } catch (error) {
      if (job.signal?.aborted) throw error; // cancelled: nothing recorded
      documents = []; // the programme itself must always be exportable
    }
    if (this.app.programmes.get(programmeId) !== snapshot) throw new CommandError('conflict', 'The programme changed during the export: try again.');
    const exportId = this.platform.newId();
    const lineage = this.lineage(programmeId);
    const bytes = await archiveInWorkers.pack({
      header: {
        appVersion: this.app.appVersion,
        schemaVersion: SCHEMA_VERSION,
        programmeId,
        programmeTitle: snapshot.framing.title,
        exportId,
        lineage,
        exportedAt: this.platform.clock().toISOString(),
        exportedBy: { name: settings.authorName, organisation: settings.authorOrganisation },
      },
      snapshot,
      attachments: this.attachments.blobsOf(snapshot.attachments),
      documents,
      password,
    }, { signal: job.signal });
    job.signal?.throwIfAborted();
    this.db.transaction(() => this.recordBase(programmeId, exportId, 'export', lineage, snapshot)).immediate();
    return { fileName: archiveFileName(snapshot, this.platform.clock()), bytes, warnLarge: bytes.length > LARGE_ARCHIVE_BYTES, exportId, documents: documents.length };
  }

  async inspect(bytes: Uint8Array, password?: string): Promise<ArchiveInspection> {
    const info = await archiveInWorkers.inspect(bytes, password);
    const m = info.manifest;
    let local: ArchiveInspection['local'] = { exists: false, title: null, inBin: false, knownBase: false };
    if (m) {
      const row = this.db.prepare('SELECT title, deleted_at FROM programmes WHERE id = ?').get(m.programmeId) as { title: string; deleted_at: string | null } | undefined;
      if (row) {
        const ids = [m.exportId, ...m.lineage];
        const known = this.db.prepare('SELECT 1 FROM merge_bases WHERE programme_id = ? AND export_id = ?');
        local = { exists: true, title: row.title, inBin: row.deleted_at !== null, knownBase: ids.some((id) => known.get(m.programmeId, id) !== undefined) };
      }
    }
    return {
      encrypted: info.encrypted,
      manifest: m
        ? {
            programmeId: m.programmeId,
            programmeTitle: m.programmeTitle,
            exportId: m.exportId,
            exportedAt: m.exportedAt,
            exportedBy: m.exportedBy,
            appVersion: m.appVersion,
            formatVersion: m.formatVersion,
            schemaVersion: m.schemaVersion,
          }
        : null,
      documents: info.documents,
      attachments: m ? Object.keys(m.entries).filter((n) => n.startsWith('attachments/')).length : 0,
      local,
    };
  }

  /**
   * Imports an archive. Everything is validated first; then a backup; then one transaction. When the
   * programme is already here: merge against the known base (conflicts need decisions), or, without
   * a base, "keep both" (new ids) or "replace" (undoable, after the backup).
   */
  async import(bytes: Uint8Array, options: { password?: string | undefined; strategy: ImportStrategy; decisions: Decisions; signal?: AbortSignal | undefined }): Promise<ImportResult> {
    const content = await archiveInWorkers.unpack(bytes, options.password, { signal: options.signal });
    options.signal?.throwIfAborted(); // past this point the import runs to its end (a backup, then one transaction)
    const theirs = content.snapshot;
    const id = theirs.id;
    const local = this.db.prepare('SELECT title, deleted_at FROM programmes WHERE id = ?').get(id) as { title: string; deleted_at: string | null } | undefined;

    if (!local) {
      await this.app.backups.create('before-import');
      const revisionId = this.write(content, () => {
        this.app.programmes.insert(theirs, 'import', 'archive.import');
        return this.lastRevision(id);
      });
      return { status: 'imported', mode: 'new', programmeId: id, revisionId, decided: 0, restored: 0 };
    }
    if (local.deleted_at) throw new CommandError('programme_deleted', 'This programme is in the bin: restore it before importing its archive.', { id });

    if (options.strategy === 'keep-both') {
      const ctx = this.app.programmes.context();
      const copy = remapIds(theirs, ctx.newId, ctx.newId());
      const summary = this.app.programmes.summary(id);
      await this.app.backups.create('before-import');
      this.write(
        content,
        () => {
          this.app.programmes.insert({ ...copy, framing: { ...copy.framing, title: `${copy.framing.title || summary.title} (importé)` } }, 'import', 'archive.import');
          return this.lastRevision(copy.id);
        },
        false,
      );
      return { status: 'imported', mode: 'keep-both', programmeId: copy.id, revisionId: null, decided: 0, restored: 0 };
    }

    if (options.strategy === 'replace') {
      await this.app.backups.create('before-replace');
      const revisionId = this.write(content, () => this.app.programmes.edit(id, 'archive.import', () => theirs, { origin: 'import' }).revisionId);
      return { status: 'imported', mode: 'replace', programmeId: id, revisionId, decided: 0, restored: 0 };
    }

    const base = this.findBase(id, content);
    if (!base) return { status: 'strategy_needed', reason: 'no_base', programmeId: id, localTitle: local.title };
    const mine = this.app.programmes.get(id);
    const outcome = mergeSnapshots(base.snapshot, mine, theirs, options.decisions);
    if (outcome.undecided.length > 0) {
      return { status: 'decision_needed', programmeId: id, conflicts: outcome.conflicts, decided: outcome.conflicts.filter((c) => options.decisions[c.id]).map((c) => c.id) };
    }
    const merged = checkMerged(outcome.merged);
    // Rare (both sides moved the same tree nodes crosswise…): the two versions cannot be merged whole.
    if (structureProblems(merged).length > 0) return { status: 'strategy_needed', reason: 'structure', programmeId: id, localTitle: local.title };
    await this.app.backups.create('before-import');
    const revisionId = this.write(content, () =>
      this.app.programmes.edit(
        id,
        'archive.import',
        (current) => {
          // The merge was decided against this copy: if another process changed it meanwhile, decide again.
          if (current !== mine) throw new CommandError('conflict', 'The programme changed during the import: try again.');
          return merged;
        },
        { origin: 'import' },
      ).revisionId,
    );
    return {
      status: 'imported',
      mode: revisionId ? 'merged' : 'unchanged',
      programmeId: id,
      revisionId,
      decided: outcome.conflicts.length,
      restored: outcome.restored.length,
    };
  }

  /**
   * The changes that arrived in an archive were made by the partner who exported it: the history
   * shows them under the exporter's name and organisation (when the archive carries them).
   */
  private attributeToExporter(revisionId: string | null, m: ArchiveContent['manifest']): void {
    if (!revisionId || !m.exportedBy.name.trim()) return;
    this.db.prepare('UPDATE revisions SET author = ?, organisation = ? WHERE id = ?').run(m.exportedBy.name, m.exportedBy.organisation, revisionId);
  }

  private lastRevision(programmeId: string): string | null {
    const row = this.db.prepare('SELECT id FROM revisions WHERE programme_id = ? ORDER BY seq DESC LIMIT 1').get(programmeId) as { id: string } | undefined;
    return row?.id ?? null;
  }

  /** One transaction: attachment bytes, the programme change, the merge base of this archive. */
  private write(content: ArchiveContent, change: () => string | null, recordBase = true): string | null {
    let revisionId: string | null = null;
    try {
      this.db.transaction(() => {
        for (const bytes of content.attachments.values()) this.attachments.putBlob(bytes);
        revisionId = change();
        const m = content.manifest;
        if (recordBase) this.recordBase(m.programmeId, m.exportId, 'import', m.lineage, content.snapshot);
        this.attributeToExporter(revisionId, m);
      }).immediate();
    } catch (error) {
      // The cache may hold what the rolled-back transaction wrote.
      this.app.programmes.invalidate();
      throw error;
    }
    return revisionId;
  }
}

/** Decisions may carry edited values: the merged programme must still be valid. */
function checkMerged(merged: ProgrammeSnapshot): ProgrammeSnapshot {
  const parsed = ProgrammeSnapshot.safeParse(merged);
  if (!parsed.success) {
    throw new CommandError('invalid_input', 'A decided value is not valid.', {
      issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}

function archiveFileName(snapshot: ProgrammeSnapshot, now: Date): string {
  const label = (snapshot.framing.acronym || snapshot.framing.title || 'programme')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${label || 'programme'}-${now.toISOString().slice(0, 10)}.atelier`;
}

/** What an archive needs besides its own database handle. */
export interface ArchiveDependencies {
  appVersion: string;
  programmes: ProgrammeService;
  settings: SettingsService;
  backups: BackupService;
}

/** The council's package (src-main/documents): archives carry drafts, voted versions the final files. */
/** Archives carry the drafts, voted versions the final files: built in the worker pool, off the main thread. */
export const packageDocuments: DocumentBuilder = async (snapshot, settings, options) =>
  (await buildPackageInWorkers(snapshot, settings, options)).files.map((d) => ({ name: d.fileName, bytes: d.bytes }));

/**
 * The fuzzing entry point: reads and checks archive bytes without any store. Throws only a
 * CommandError with an archive_* code.
 */
export function importArchiveBytes(bytes: Uint8Array, password?: string): ArchiveContent {
  return unpackArchive(bytes, password);
}
