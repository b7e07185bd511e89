import { unzipSync } from 'fflate';
import { CommandError } from '../../src-shared/api/errors';

/**
 * Bounds on a Word template, checked from the zip's central directory before anything is inflated: a 536 KB file
 * that inflated to 120 MB ran the process out of memory, and docx itself accepts ratios up to deflate's 1032.
 * fflate inflates each entry into a buffer of the size the directory declares, so a lying entry is cut short, never
 * larger: checking the declared sizes bounds the memory.
 */
export const TEMPLATE_LIMITS = {
  /** Inflated bytes of all the entries: a real template with its logos is a few megabytes. */
  totalBytes: 24 * 1024 * 1024,
  /**
   * Inflated bytes of the XML parts, which docx parses: its time grows faster than their size (measured here:
   * 0.5 MB 1.5 s, 2 MB 8 s, 5 MB 54 s for one fill), and a real template's text is a few hundred kilobytes.
   */
  xmlBytes: 2 * 1024 * 1024,
  entries: 1_000,
  /** Inflated ÷ compressed of one entry; XML compresses 5–20×, pictures about 1×. */
  ratio: 100,
  /** Below this inflated size an entry's ratio says nothing (a few repeated tags compress very well). */
  ratioFrom: 256 * 1024,
} as const;

interface EntrySize {
  name: string;
  size: number;
  originalSize: number;
}

/** The entries of a .docx as its central directory declares them, without inflating any. */
function declaredEntries(bytes: Uint8Array): EntrySize[] {
  const entries: EntrySize[] = [];
  try {
    unzipSync(bytes, {
      filter: ({ name, size, originalSize }) => {
        entries.push({ name, size, originalSize });
        if (entries.length > TEMPLATE_LIMITS.entries)
          throw new TooLarge(`more than ${TEMPLATE_LIMITS.entries} entries`);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooLarge) throw tooLarge(error.message);
    throw new CommandError('template_invalid', 'This file is not a Word document (.docx) that can be read.', {
      reason: (error as Error).message,
    });
  }
  return entries;
}

class TooLarge extends Error {}

function tooLarge(reason: string): CommandError {
  return new CommandError(
    'template_too_large',
    `This Word template inflates beyond the limits (${reason}); nothing was read.`,
    { reason, limits: TEMPLATE_LIMITS },
  );
}

/** Refuses, before any inflating, a template whose inflated size or compression ratio is beyond the limits. */
export function checkTemplateSize(bytes: Uint8Array): void {
  let total = 0;
  let xml = 0;
  for (const entry of declaredEntries(bytes)) {
    total += entry.originalSize;
    if (total > TEMPLATE_LIMITS.totalBytes)
      throw tooLarge(`more than ${TEMPLATE_LIMITS.totalBytes / 1024 / 1024} MB once inflated`);
    if (/\.(xml|rels|vml)$/i.test(entry.name)) xml += entry.originalSize;
    if (xml > TEMPLATE_LIMITS.xmlBytes)
      throw tooLarge(`more than ${TEMPLATE_LIMITS.xmlBytes / 1024 / 1024} MB of XML once inflated`);
    if (
      entry.originalSize > TEMPLATE_LIMITS.ratioFrom &&
      entry.originalSize > Math.max(entry.size, 1) * TEMPLATE_LIMITS.ratio
    )
      throw tooLarge(`${entry.name} is compressed more than ${TEMPLATE_LIMITS.ratio} times`);
  }
}

/** The template's parts (all, or those named), inflated once its sizes are checked. */
export function readTemplateParts(bytes: Uint8Array, only?: readonly string[]): Record<string, Uint8Array> {
  checkTemplateSize(bytes);
  try {
    return unzipSync(bytes, { filter: ({ name }) => !name.endsWith('/') && (!only || only.includes(name)) });
  } catch (error) {
    throw new CommandError('template_invalid', 'This file is not a Word document (.docx) that can be read.', {
      reason: (error as Error).message,
    });
  }
}
