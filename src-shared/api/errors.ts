/**
 * Stable error codes: the UI translates them (catalogue key `errors.<code>`), the CLI prints them,
 * tests assert them. Add new codes here, never reuse one for another meaning.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_command',
  'not_found',
  'conflict',
  'unauthorized',
  'forbidden',
  'db_newer_version',
  'storage_error',
  'integrity_error',
  'nothing_to_undo',
  'nothing_to_redo',
  'programme_deleted',
  'archive_invalid',
  'archive_too_large',
  'archive_unsafe_path',
  'archive_hash_mismatch',
  'archive_newer_format',
  'archive_schema',
  'archive_encrypted',
  'archive_wrong_password',
  'merge_decision_needed',
  'document_incomplete',
  'template_invalid',
  'template_too_large',
  'xlsx_invalid',
  'version_frozen',
  'phase_refused',
  'backup_not_found',
  'file_unreadable',
  'id_collision',
  'data_folder_in_use',
  'data_folder_read_only',
  'database_damaged',
  'backup_failed',
  'backup_invalid',
  'settings_damaged',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface CommandErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: CommandErrorBody };

/** Thrown by services and edits; the dispatcher turns it into `{ ok: false, error }`. */
export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

export function isCommandErrorBody(value: unknown): value is CommandErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as { code: string }).code)
  );
}
