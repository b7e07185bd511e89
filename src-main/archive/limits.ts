/**
 * What an archive may hold. An email attachment is a few MB; these bounds leave room for attachments
 * while refusing zip bombs and absurd entry counts before anything is inflated.
 */
export const LIMITS = {
  /** The .atelier file itself. */
  maxArchiveBytes: 200 * 1024 * 1024,
  maxEntries: 2_000,
  /** One entry once inflated (an attachment may be up to 100 MB, as the model allows). */
  maxEntryBytes: 110 * 1024 * 1024,
  maxTotalBytes: 300 * 1024 * 1024,
  /** programme.json and manifest.json are parsed as JSON: smaller bounds. */
  maxJsonBytes: 64 * 1024 * 1024,
  /** Inflated/compressed, checked on entries above `ratioFloor` bytes. */
  maxRatio: 200,
  ratioFloor: 64 * 1024,
  maxNameLength: 255,
} as const;

/** Warn the officer above this size: many mail servers refuse larger attachments. */
export const LARGE_ARCHIVE_BYTES = 10 * 1024 * 1024;
