import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { VersionSummary } from '../../src-shared/api/archive';
import { CommandError } from '../../src-shared/api/errors';
import { setPhase } from '../../src-shared/edits/execution';
import { ProgrammeSnapshot, upgradeSnapshot, type AuthoritySettings } from '../../src-shared/model';
import type { Platform } from './platform';
import type { ProgrammeService } from './programmes';
import type { SettingsService } from './settings';

export interface GeneratedDocument {
  name: string;
  bytes: Uint8Array;
}
/** Produces the council's .docx package for a snapshot (src-main/documents). */
export type DocumentBuilder = (
  snapshot: ProgrammeSnapshot,
  settings: AuthoritySettings,
  options: { locale: 'fr' | 'en'; draft: boolean; signal?: AbortSignal | undefined; onProgress?: ((done: number, total: number) => void) | undefined },
) => Promise<GeneratedDocument[]>;

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

interface VersionRow {
  id: string;
  programme_id: string;
  number: number;
  deliberation_number: string;
  deliberation_date: string;
  frozen_at: string;
  author: string;
  organisation: string;
  revision_seq: number;
  snapshot_sha256: string;
  amends_version_id: string | null;
}

/**
 * "As voted" versions: after the council's vote the officer freezes the programme. The snapshot and
 * the generated documents are stored as bytes with their sha256 and never change (a trigger refuses
 * updates); editing goes on in the live programme, which is the next version.
 */
export class VersionService {
  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly programmes: ProgrammeService,
    private readonly settings: SettingsService,
    private readonly buildDocuments: DocumentBuilder,
    readonly platform: Platform,
  ) {}

  async freeze(programmeId: string, deliberationNumber: string, deliberationDate: string, options: { amendment?: boolean } = {}): Promise<VersionSummary> {
    const snapshot = this.programmes.get(programmeId);
    const settings = this.settings.get();
    const documents: GeneratedDocument[] = [];
    for (const locale of settings.documentLanguages) {
      documents.push(...(await this.buildDocuments(snapshot, settings, { locale, draft: false })));
    }
    const names = new Set<string>();
    for (const d of documents) {
      if (names.has(d.name)) throw new CommandError('internal', 'Two documents of the package have the same name.', { name: d.name });
      names.add(d.name);
    }
    // Re-read after the await: only what is stored now is frozen.
    const current = this.programmes.get(programmeId);
    if (current !== snapshot) throw new CommandError('conflict', 'The programme changed while its documents were produced: try again.');
    const text = JSON.stringify(snapshot);
    const id = this.platform.newId();
    this.db.transaction(() => {
      const revisionId = this.programmes.recordRevision(programmeId, 'version.freeze', [], 'local', false);
      const seq = (this.db.prepare('SELECT seq FROM revisions WHERE id = ?').get(revisionId) as { seq: number }).seq;
      const last = this.db.prepare('SELECT id, number AS n FROM frozen_versions WHERE programme_id = ? ORDER BY number DESC LIMIT 1').get(programmeId) as
        | { id: string; n: number }
        | undefined;
      // An amendment amends the latest voted version; there must be one.
      if (options.amendment && !last) throw new CommandError('conflict', 'An amendment needs a voted version to amend.', { reason: 'no_voted_version' });
      this.db
        .prepare(
          `INSERT INTO frozen_versions (id, programme_id, number, deliberation_number, deliberation_date, frozen_at, author, organisation, revision_seq, snapshot, snapshot_sha256, amends_version_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, programmeId, (last?.n ?? 0) + 1, deliberationNumber, deliberationDate, this.platform.clock().toISOString(), settings.authorName, settings.authorOrganisation, seq, text, sha(text), options.amendment ? last!.id : null);
      const insert = this.db.prepare('INSERT INTO frozen_documents (version_id, name, sha256, size, data) VALUES (?, ?, ?, ?, ?)');
      for (const d of documents) insert.run(id, d.name, sha(d.bytes), d.bytes.length, Buffer.from(d.bytes));
      // The « as voted » version is the vote: a draft programme is voted from now on, in the same transaction and
      // with its own revision in the history (undoable like the officer's click). Last, so nothing after it fails.
      if (snapshot.execution.phase === 'draft') {
        this.programmes.edit(programmeId, 'execution.setPhase', (s, ctx) => setPhase(s, 'voted', { hasVotedVersion: true }, ctx));
      }
    }).immediate();
    return this.list(programmeId).find((v) => v.id === id)!;
  }

  list(programmeId: string): VersionSummary[] {
    this.programmes.summary(programmeId);
    const rows = this.db
      .prepare(
        `SELECT id, programme_id, number, deliberation_number, deliberation_date, frozen_at, author, organisation, revision_seq, snapshot_sha256, amends_version_id
         FROM frozen_versions WHERE programme_id = ? ORDER BY number DESC`,
      )
      .all(programmeId) as VersionRow[];
    const docs = this.db.prepare('SELECT name, sha256, size FROM frozen_documents WHERE version_id = ? ORDER BY name');
    return rows.map((r) => ({
      id: r.id,
      programmeId: r.programme_id,
      number: r.number,
      deliberationNumber: r.deliberation_number,
      deliberationDate: r.deliberation_date,
      frozenAt: r.frozen_at,
      author: r.author,
      organisation: r.organisation,
      revisionSeq: r.revision_seq,
      snapshotSha256: r.snapshot_sha256,
      documents: docs.all(r.id) as Array<{ name: string; sha256: string; size: number }>,
      amendsVersionId: r.amends_version_id,
    }));
  }

  /** The stored bytes, exactly as frozen (checked against their sha256 before they leave). */
  documents(programmeId: string, versionId: string): Array<{ name: string; sha256: string; size: number; bytes: Uint8Array }> {
    const version = this.db.prepare('SELECT id FROM frozen_versions WHERE id = ? AND programme_id = ?').get(versionId, programmeId);
    if (!version) throw new CommandError('not_found', 'This version does not exist.', { versionId });
    const rows = this.db.prepare('SELECT name, sha256, size, data FROM frozen_documents WHERE version_id = ? ORDER BY name').all(versionId) as Array<{
      name: string;
      sha256: string;
      size: number;
      data: Buffer;
    }>;
    return rows.map((r) => {
      if (sha(r.data) !== r.sha256) throw new CommandError('integrity_error', 'A frozen document was altered on disk.', { name: r.name });
      return { name: r.name, sha256: r.sha256, size: r.size, bytes: new Uint8Array(r.data) };
    });
  }

  /** The frozen snapshot (read-only), checked against its sha256. */
  snapshot(programmeId: string, versionId: string): ProgrammeSnapshot {
    const row = this.db.prepare('SELECT snapshot, snapshot_sha256 FROM frozen_versions WHERE id = ? AND programme_id = ?').get(versionId, programmeId) as
      | { snapshot: string; snapshot_sha256: string }
      | undefined;
    if (!row) throw new CommandError('not_found', 'This version does not exist.', { versionId });
    if (sha(row.snapshot) !== row.snapshot_sha256) throw new CommandError('integrity_error', 'A frozen version was altered on disk.');
    // A version frozen by an older schema is read in today's shape; its stored text and hash stay as voted.
    return ProgrammeSnapshot.parse(upgradeSnapshot(JSON.parse(row.snapshot)));
  }
}
