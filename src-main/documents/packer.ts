import type { Document } from 'docx';
import { compileWithRawXml } from './raw-xml/block';
import { deflateEntry, writeZip, type DeflatedEntry } from './zip-writer';

/**
 * Packs our documents as docx would (Packer.toBuffer: the same parts, in the same order, level-6 DEFLATE), but builds
 * the parts every document of a package repeats only once per process:
 * - the parts the same for every document made by kit.ts's makeDocument (styles, theme, settings, fonts, notes, app
 *   and custom properties, the package's links: FORMATTED_ONCE; a test checks each part against docx's own) are not
 *   formatted again: the document is compiled with them left empty and the ones formatted the first time are zipped
 *   in their place (the rapport's table of contents, laid out with its styles and settings, reads them through
 *   withOwnParts);
 * - the small parts that usually come out the same (numbering, footer, links) are deflated once: reused only for the
 *   very same text.
 * Everything that tells one document from another (its body, headers, footers, numbering, properties) is
 * formatted every time.
 */

type Parts = Map<string, string | Uint8Array>;

type Part = { prepForXml: (context: unknown) => unknown; rootKey?: string };
type File = Record<string, unknown>;

/**
 * The parts formatted once for all documents of the same kind (made with the same options: styles, theme, settings,
 * no fonts, notes or custom properties of their own), each with the object docx formats it from: on later documents
 * these objects are left empty while the document is compiled, and the parts formatted the first time are zipped in
 * their place. The numbering is not among them: a numbered list adds to it.
 */
const FORMATTED_ONCE: ReadonlyArray<{ path: string; of: (file: File) => unknown }> = [
  { path: 'word/styles.xml', of: (file) => file.Styles },
  { path: 'word/theme/theme1.xml', of: (file) => file.Theme },
  { path: 'word/settings.xml', of: (file) => file.Settings },
  { path: 'word/fontTable.xml', of: (file) => (file.FontTable as { View?: unknown } | undefined)?.View },
  { path: 'word/footnotes.xml', of: (file) => (file.FootNotes as { View?: unknown } | undefined)?.View },
  { path: 'word/endnotes.xml', of: (file) => (file.Endnotes as { View?: unknown } | undefined)?.View },
  { path: 'docProps/app.xml', of: (file) => file.AppProperties },
  { path: 'docProps/custom.xml', of: (file) => file.CustomProperties },
  { path: '_rels/.rels', of: (file) => file.FileRelationships },
];
const FORMATTED_ONCE_PATHS = new Set(FORMATTED_ONCE.map((part) => part.path));

/** Parts that usually come out the same: deflated once, reused only when the text is the very same. */
const DEFLATED_ONCE = new Set([
  'word/_rels/fontTable.xml.rels',
  'word/_rels/footnotes.xml.rels',
  'word/_rels/endnotes.xml.rels',
  // The same for every document of a kind and language: their numbering, footer (page x of y), parts and links.
  'word/numbering.xml',
  'word/footer1.xml',
  'word/_rels/footer1.xml.rels',
  'word/_rels/header1.xml.rels',
  'word/_rels/document.xml.rels',
  '[Content_Types].xml',
]);

/** Which documents share their formatted-once parts (by the options they were made with). */
const kindOf = new WeakMap<Document, string>();
/** Per kind, the parts formatted the first time, deflated. */
const formattedOnce = new Map<string, Map<string, DeflatedEntry>>();
/** By path and text; bounded, as a long-running app may see many different settings over time. */
const deflatedOnce = new Map<string, DeflatedEntry>();
const DEFLATED_ONCE_LIMIT = 64;

/**
 * Marks a document as one of a kind whose formatted-once parts (above) are the same for every document of that kind:
 * `kind` must change whenever the options that make them do. What reads those parts while its body is formatted (the
 * table of contents' page layout reads the styles and settings) does so through `withOwnParts`.
 */
export function shareStylesAmong(document: Document, kind: string): Document {
  kindOf.set(document, kind);
  return document;
}

/** Whether documents of this kind have their styles and other shared parts formatted already (by the first one packed). */
export const stylesFormattedFor = (kind: string): boolean => formattedOnce.has(kind);

/** The parts emptied while their document is compiled, with how they were before (their own method, if any). */
const emptiedParts = new Map<Part, { own: PropertyDescriptor | undefined; empty: () => unknown }>();

const restore = (part: Part) => {
  const { own } = emptiedParts.get(part)!;
  if (own) Object.defineProperty(part, 'prepForXml', own);
  else delete (part as { prepForXml?: unknown }).prepForXml;
};

/**
 * Runs `read` with a document's formatted-once parts as they are, even while its compilation leaves them empty
 * (below): for what reads them as the body is formatted, such as docx's page layout of a table of contents.
 */
export function withOwnParts<T>(file: unknown, read: () => T): T {
  if (!file || emptiedParts.size === 0) return read();
  const parts = FORMATTED_ONCE.map((part) => part.of(file as File) as Part | undefined).filter(
    (part): part is Part => !!part && emptiedParts.has(part),
  );
  for (const part of parts) restore(part);
  try {
    return read();
  } finally {
    for (const part of parts) part.prepForXml = emptiedParts.get(part)!.empty as Part['prepForXml'];
  }
}

const encoder = new TextEncoder();
const bytesOf = (data: string | Uint8Array) => (typeof data === 'string' ? encoder.encode(data) : data);

/** The parts a .docx holds, formatted as docx formats them (raw tables expanded in word/document.xml: raw-xml/block.ts). */
function compile(document: Document, skipFormattedOnce: boolean): Parts {
  if (!skipFormattedOnce) return compileWithRawXml(document);
  // Only this document's own objects are emptied, and only while it is compiled.
  const emptied: Part[] = [];
  for (const { of } of FORMATTED_ONCE) {
    const part = of(document as unknown as File) as Part | undefined;
    if (!part || typeof part.rootKey !== 'string') throw new Error('A part docx formats is not where it was.');
    const empty = () => ({ [part.rootKey!]: {} });
    emptiedParts.set(part, { own: Object.getOwnPropertyDescriptor(part, 'prepForXml'), empty });
    part.prepForXml = empty;
    emptied.push(part);
  }
  try {
    return compileWithRawXml(document);
  } finally {
    for (const part of emptied) {
      restore(part);
      emptiedParts.delete(part);
    }
  }
}

function deflatedOnceOf(path: string, data: string | Uint8Array): DeflatedEntry {
  if (typeof data !== 'string') return deflateEntry(data);
  const key = `${path}\n${data}`;
  let entry = deflatedOnce.get(key);
  if (!entry) {
    if (deflatedOnce.size >= DEFLATED_ONCE_LIMIT) deflatedOnce.clear();
    entry = deflateEntry(encoder.encode(data));
    deflatedOnce.set(key, entry);
  }
  return entry;
}

/** The .docx of a document, as Packer.toBuffer writes it. */
export function packDocument(document: Document, modified = new Date()): Uint8Array {
  const kind = kindOf.get(document);
  const once = kind === undefined ? undefined : formattedOnce.get(kind);
  const parts = compile(document, once !== undefined);
  const entries = [...parts].map(([path, data]) => {
    const shared = once?.get(path);
    if (shared) return { path, entry: shared };
    return { path, entry: DEFLATED_ONCE.has(path) ? deflatedOnceOf(path, data) : deflateEntry(bytesOf(data)) };
  });
  if (kind !== undefined && once === undefined) {
    const first = new Map<string, DeflatedEntry>();
    for (const { path, entry } of entries) if (FORMATTED_ONCE_PATHS.has(path)) first.set(path, entry);
    if (first.size === FORMATTED_ONCE.length) formattedOnce.set(kind, first);
  }
  return writeZip(entries, modified);
}
