import type { Document } from 'docx';
import { compileWithRawXml } from './raw-xml/block';
import { deflateEntry, writeZip, type DeflatedEntry } from './zip-writer';

/**
 * Packs our documents as docx would (Packer.toBuffer: the same parts, in the same order, level-6 DEFLATE), but builds
 * the parts every document of a package repeats only once per process:
 * - the styles and the theme, the same for every document made by kit.ts's makeDocument (a test checks each part
 *   against docx's own), are not formatted again: the document is compiled with them left empty and the ones
 *   formatted the first time are zipped in their place (the rapport's table of contents, laid out with its styles,
 *   reads them through withOwnParts);
 * - the small parts that come out the same (settings, fonts, notes, properties, relationships) are deflated once:
 *   reused only for the very same text.
 * Everything that tells one document from another (its body, headers, footers, numbering, properties) is
 * formatted and deflated every time.
 */

type Parts = Map<string, string | Uint8Array>;

/** Parts formatted once for all documents of the same kind (same styles options): left empty on later ones. */
const FORMATTED_ONCE = ['word/styles.xml', 'word/theme/theme1.xml'] as const;
/** Parts that usually come out the same: deflated once, reused only when the text is the very same. */
const DEFLATED_ONCE = new Set([
  ...FORMATTED_ONCE,
  'word/settings.xml',
  'word/fontTable.xml',
  'word/_rels/fontTable.xml.rels',
  'word/footnotes.xml',
  'word/_rels/footnotes.xml.rels',
  'word/endnotes.xml',
  'word/_rels/endnotes.xml.rels',
  'docProps/app.xml',
  'docProps/custom.xml',
  '_rels/.rels',
]);

/** Which documents share their styles and theme (by the options they were made with). */
const kindOf = new WeakMap<Document, string>();
/** Per kind, the styles and theme formatted the first time, deflated. */
const formattedOnce = new Map<string, Map<string, DeflatedEntry>>();
/** By path and text; bounded, as a long-running app may see many different settings over time. */
const deflatedOnce = new Map<string, DeflatedEntry>();
const DEFLATED_ONCE_LIMIT = 64;

/**
 * Marks a document as one of a kind whose styles and theme are the same for every document of that kind: `kind`
 * must change whenever the options that make them (styles, external styles, theme) do. What reads a document's
 * styles while its body is formatted (the table of contents' page layout) does so through `withOwnParts`.
 */
export function shareStylesAmong(document: Document, kind: string): Document {
  kindOf.set(document, kind);
  return document;
}

/** Whether documents of this kind have their styles and theme formatted already (by the first one packed). */
export const stylesFormattedFor = (kind: string): boolean => formattedOnce.has(kind);

type Part = { prepForXml: (context: unknown) => unknown };
/** The parts emptied while their document is compiled, with how they were before (their own method, if any). */
const emptiedParts = new Map<Part, { own: PropertyDescriptor | undefined; empty: () => unknown }>();

/**
 * Runs `read` with a document's styles and theme as they are, even while its compilation leaves them empty (below):
 * for what reads them as the body is formatted, such as docx's page layout of a table of contents.
 */
export function withOwnParts<T>(file: unknown, read: () => T): T {
  const parts = [(file as { Styles?: Part })?.Styles, (file as { Theme?: Part })?.Theme].filter((part): part is Part => !!part && emptiedParts.has(part));
  for (const part of parts) {
    const { own } = emptiedParts.get(part)!;
    if (own) Object.defineProperty(part, 'prepForXml', own);
    else delete (part as { prepForXml?: unknown }).prepForXml;
  }
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
  const emptied = [document.Styles, document.Theme] as Part[];
  emptied.forEach((part, i) => {
    const empty = () => ({ [i === 0 ? 'w:styles' : 'a:theme']: {} });
    emptiedParts.set(part, { own: Object.getOwnPropertyDescriptor(part, 'prepForXml'), empty });
    part.prepForXml = empty;
  });
  try {
    return compileWithRawXml(document);
  } finally {
    for (const part of emptied) {
      const { own } = emptiedParts.get(part)!;
      emptiedParts.delete(part);
      if (own) Object.defineProperty(part, 'prepForXml', own);
      else delete (part as { prepForXml?: unknown }).prepForXml;
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
    for (const { path, entry } of entries) if ((FORMATTED_ONCE as readonly string[]).includes(path)) first.set(path, entry);
    if (first.size === FORMATTED_ONCE.length) formattedOnce.set(kind, first);
  }
  return writeZip(entries, modified);
}
