import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { EditResult } from '../../src-shared/api/define';
import { CommandError } from '../../src-shared/api/errors';
import { addEntity, removeEntity } from '../../src-shared/edits/entity';
import type { Platform } from './platform';
import type { ProgrammeService } from './programmes';

/** File types an officer attaches to a diagnosis or a programme (PDF, images, office files). */
const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};
export const ATTACHMENT_EXTENSIONS = Object.keys(MIME_BY_EXTENSION);
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Attachments: metadata is an entity of the programme (so it is undoable, merged and carried in
 * archives); the bytes are stored once by sha256 and never deleted (an undo may bring them back).
 */
export class AttachmentService {
  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly programmes: ProgrammeService,
    readonly platform: Platform,
  ) {}

  /** Stores bytes under their sha256 (idempotent). Call inside the caller's transaction. */
  putBlob(bytes: Uint8Array): string {
    const hash = sha256Hex(bytes);
    this.db.prepare('INSERT OR IGNORE INTO attachment_blobs (sha256, size, data) VALUES (?, ?, ?)').run(hash, bytes.length, Buffer.from(bytes));
    return hash;
  }

  blob(hash: string): Uint8Array | null {
    const row = this.db.prepare('SELECT data FROM attachment_blobs WHERE sha256 = ?').get(hash) as { data: Buffer } | undefined;
    return row ? new Uint8Array(row.data) : null;
  }

  /** The bytes of every attachment of a snapshot, by sha256 (for archives). */
  blobsOf(attachments: ReadonlyArray<{ sha256: string; name: string }>): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const a of attachments) {
      const bytes = this.blob(a.sha256);
      if (!bytes) throw new CommandError('integrity_error', 'An attached file is missing from the data folder.', { name: a.name });
      out.set(a.sha256, bytes);
    }
    return out;
  }

  add(
    programmeId: string,
    input: { name: string; bytes: Uint8Array; ownerKind: 'programme' | 'territory'; ownerId: string | null; section: string },
  ): EditResult {
    const extension = /\.([a-z0-9]{1,5})$/i.exec(input.name)?.[1]?.toLowerCase() ?? '';
    const mimeType = MIME_BY_EXTENSION[extension];
    if (!mimeType) {
      throw new CommandError('invalid_input', 'This type of file cannot be attached.', { issues: [{ path: 'name', message: `.${extension}` }], allowed: ATTACHMENT_EXTENSIONS });
    }
    if (input.bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new CommandError('invalid_input', 'The file is larger than 100 MB.', { issues: [{ path: 'base64', message: 'too large' }] });
    }
    if ((input.ownerKind === 'territory') !== (input.ownerId !== null)) {
      throw new CommandError('invalid_input', 'A territory attachment needs its territory, a programme attachment none.');
    }
    let result!: EditResult;
    this.db.transaction(() => {
      const hash = this.putBlob(input.bytes);
      let createdId = '';
      result = this.programmes.edit(programmeId, 'attachment.add', (s, ctx) => {
        const added = addEntity(
          s,
          'attachments',
          { name: input.name, mimeType, size: input.bytes.length, sha256: hash, ownerKind: input.ownerKind, ownerId: input.ownerId, section: input.section, addedAt: ctx.now },
          ctx,
        );
        createdId = added.id;
        return added.snapshot;
      });
      result = { ...result, createdId };
    }).immediate();
    return result;
  }

  /**
   * The attachment rules for metadata written by the generic entity commands (entity.add/update): a permitted
   * type whose MIME type matches the name, an owner that agrees with its kind, and stored bytes of that sha256
   * and size. Without them an archive of the programme would be refused by every importer.
   */
  checkMetadata(a: { name: string; mimeType: string; size: number; sha256: string; ownerKind: string; ownerId: string | null }): void {
    const extension = /\.([a-z0-9]{1,5})$/i.exec(a.name)?.[1]?.toLowerCase() ?? '';
    const expected = MIME_BY_EXTENSION[extension];
    if (!expected) {
      throw new CommandError('invalid_input', 'This type of file cannot be attached.', { issues: [{ path: 'name', message: `.${extension}` }], allowed: ATTACHMENT_EXTENSIONS });
    }
    if (a.mimeType !== expected) {
      throw new CommandError('invalid_input', 'The file type does not match the file name.', { issues: [{ path: 'mimeType', message: `${expected} expected` }] });
    }
    if ((a.ownerKind === 'territory') !== (a.ownerId !== null)) {
      throw new CommandError('invalid_input', 'A territory attachment needs its territory, a programme attachment none.', { issues: [{ path: 'ownerId', message: 'owner' }] });
    }
    const stored = this.db.prepare('SELECT size FROM attachment_blobs WHERE sha256 = ?').get(a.sha256) as { size: number } | undefined;
    if (!stored || stored.size !== a.size) {
      throw new CommandError('invalid_input', 'No stored file has this fingerprint and size: attach the file itself.', { issues: [{ path: 'sha256', message: 'no such file' }] });
    }
  }

  get(programmeId: string, id: string): { name: string; mimeType: string; size: number; sha256: string; bytes: Uint8Array } {
    const attachment = this.programmes.get(programmeId).attachments.find((a) => a.id === id);
    if (!attachment) throw new CommandError('not_found', 'This attachment does not exist.', { id });
    const bytes = this.blob(attachment.sha256);
    if (!bytes) throw new CommandError('integrity_error', 'The attached file is missing from the data folder.', { id });
    return { name: attachment.name, mimeType: attachment.mimeType, size: attachment.size, sha256: attachment.sha256, bytes };
  }

  remove(programmeId: string, id: string): EditResult {
    return this.programmes.edit(programmeId, 'attachment.remove', (s) => removeEntity(s, 'attachments', id));
  }
}
