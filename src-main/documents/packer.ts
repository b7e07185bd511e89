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

type Part = { prepForXml: (context: unknown) => unknown };
type File = Record<string, unknown>;

/**
 * The parts formatted once for all documents of the same kind (made with the same options: styles, theme, settings,
 * no fonts, notes or custom properties of their own), each by the getter of docx's File it is formatted from and its
 * root element: on later documents these getters give stand-ins that format as empty elements while the document is
 * compiled (so docx never makes the theme and default styles it makes only when asked: scripts/patch-docx.mjs), and
 * the parts formatted the first time are zipped in their place.
 * The numbering is not among them: a numbered list adds to it.
 */
const FORMATTED_ONCE: ReadonlyArray<{ path: string; getter: string; root: string; wrapper?: true }> = [
  { path: 'word/styles.xml', getter: 'Styles', root: 'w:styles' },
  { path: 'word/theme/theme1.xml', getter: 'Theme', root: 'a:theme' },
  { path: 'word/settings.xml', getter: 'Settings', root: 'w:settings' },
  { path: 'word/fontTable.xml', getter: 'FontTable', root: 'w:fonts', wrapper: true },
  { path: 'word/footnotes.xml', getter: 'FootNotes', root: 'w:footnotes', wrapper: true },
  { path: 'word/endnotes.xml', getter: 'Endnotes', root: 'w:endnotes', wrapper: true },
  { path: 'docProps/app.xml', getter: 'AppProperties', root: 'Properties' },
  { path: 'docProps/custom.xml', getter: 'CustomProperties', root: 'Properties' },
  { path: '_rels/.rels', getter: 'FileRelationships', root: 'Relationships' },
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
/** The documents whose numbering is their kind's: they hold no numbered list (a raw body: raw-xml/body.ts). */
const numberedAsTheirKind = new WeakSet<Document>();
/**
 * Per kind, the parts formatted the first time, deflated, the theme's colours (which docx reads from the theme while
 * it formats a coloured run), and the numbering of the documents without a numbered list, once one is packed.
 */
const formattedOnce = new Map<
  string,
  { entries: Map<string, DeflatedEntry>; themeColors: unknown; numbering?: DeflatedEntry }
>();
/** By path, each text seen with its deflated entry; bounded, as a long-running app may see many settings over time. */
const deflatedOnce = new Map<string, Array<{ text: string; entry: DeflatedEntry }>>();
const DEFLATED_ONCE_VARIANTS = 8;
const NUMBERING = 'word/numbering.xml';

/**
 * Marks a document as one of a kind whose formatted-once parts (above) are the same for every document of that kind:
 * `kind` must change whenever the options that make them do. What reads those parts while its body is formatted (the
 * table of contents' page layout reads the styles and settings) does so through `withOwnParts`.
 */
export function shareStylesAmong(document: Document, kind: string): Document {
  kindOf.set(document, kind);
  return document;
}

/**
 * Marks a document of a kind as holding no numbered list, its header and footer neither: its numbering is then the
 * same as every other such document of its kind, formatted once too (docx makes it only when asked).
 */
export function numberedAsItsKind(document: Document): Document {
  numberedAsTheirKind.add(document);
  return document;
}

/** Whether documents of this kind have their styles and other shared parts formatted already (by the first one packed). */
export const stylesFormattedFor = (kind: string): boolean => formattedOnce.has(kind);

type StandIns = Map<string, unknown>;

/** What stands in for each formatted-once part of a document (and its numbering, when given) while it is compiled. */
function standInsFor(file: File, themeColors: unknown, numbering: boolean): StandIns {
  const standIns: StandIns = new Map();
  for (const { getter, root, wrapper } of FORMATTED_ONCE) {
    const empty: Part = { prepForXml: () => ({ [root]: {} }) };
    // A wrapper's stand-in is the wrapper but for its view: its links, fonts and the rest read through.
    standIns.set(
      getter,
      wrapper
        ? Object.create(file[getter] as object, { View: { value: empty } })
        : getter === 'Theme'
          ? { ...empty, Colors: themeColors }
          : empty,
    );
  }
  // Its lists' numbers, which docx puts in the body's placeholders: none, in a body without a numbered list.
  if (numbering) standIns.set('Numbering', { prepForXml: () => ({ 'w:numbering': {} }), ConcreteNumbering: [] });
  return standIns;
}

/** The documents being compiled with stand-ins, with them and the getters they had of their own (kit.ts sets one). */
const shadowed = new Map<object, { standIns: StandIns; own: Map<string, PropertyDescriptor | undefined> }>();

function putStandIns(file: File, standIns: StandIns): void {
  const own = new Map<string, PropertyDescriptor | undefined>();
  for (const [getter, standIn] of standIns) {
    own.set(getter, Object.getOwnPropertyDescriptor(file, getter));
    Object.defineProperty(file, getter, { configurable: true, get: () => standIn });
  }
  shadowed.set(file, { standIns, own });
}

function takeStandInsAway(file: File): StandIns {
  const { standIns, own } = shadowed.get(file)!;
  shadowed.delete(file);
  for (const [getter, descriptor] of own)
    if (descriptor) Object.defineProperty(file, getter, descriptor);
    else delete file[getter];
  return standIns;
}

/**
 * Runs `read` with a document's formatted-once parts as they are, even while its compilation gives stand-ins for them
 * (below): for what reads them as the body is formatted, such as docx's page layout of a table of contents.
 */
export function withOwnParts<T>(file: unknown, read: () => T): T {
  if (!file || !shadowed.has(file as object)) return read();
  const standIns = takeStandInsAway(file as File);
  try {
    return read();
  } finally {
    putStandIns(file as File, standIns);
  }
}

const encoder = new TextEncoder();
const bytesOf = (data: string | Uint8Array) => (typeof data === 'string' ? encoder.encode(data) : data);

/** The parts a .docx holds, formatted as docx formats them (raw tables expanded in word/document.xml: raw-xml/block.ts). */
function compile(document: Document, standIns: StandIns | undefined): Parts {
  const file = document as unknown as File;
  // Only this document gets stand-ins, and only while it is compiled.
  if (standIns) putStandIns(file, standIns);
  const forget = formatPartsOnceAfterBody(file);
  try {
    return compileWithRawXml(document);
  } finally {
    forget();
    if (standIns) takeStandInsAway(file);
  }
}

type Wrapped = { View: Part };

/**
 * docx formats each header and footer twice once the body is written (for its images' links, then for its text), the
 * same part in the same context, and the formatting writes nothing but what it returns (the images it lists are
 * listed by key): the second time is given what the first made. Not while the body is formatted, when a page layout
 * reads them before their page numbers are known. Returns what puts their own formatting back.
 */
function formatPartsOnceAfterBody(file: File): () => void {
  const body = (file.Document as Wrapped).View;
  const parts = [...(file.Headers as Wrapped[]), ...(file.Footers as Wrapped[])].map((wrapper) => wrapper.View);
  let bodyWritten = false;
  const owns = new Map<Part, PropertyDescriptor | undefined>();
  const wrap = (part: Part, make: (formatted: Part['prepForXml']) => Part['prepForXml']) => {
    owns.set(part, Object.getOwnPropertyDescriptor(part, 'prepForXml'));
    const formatted = part.prepForXml.bind(part);
    part.prepForXml = make(formatted);
  };
  wrap(body, (formatted) => (context) => {
    try {
      return formatted(context);
    } finally {
      bodyWritten = true;
    }
  });
  for (const part of parts)
    wrap(part, (formatted) => {
      let made: unknown;
      return (context) => (bodyWritten ? (made ??= formatted(context)) : formatted(context));
    });
  return () => {
    for (const [part, own] of owns)
      if (own) Object.defineProperty(part, 'prepForXml', own);
      else delete (part as { prepForXml?: unknown }).prepForXml;
  };
}

function deflatedOnceOf(path: string, data: string | Uint8Array): DeflatedEntry {
  if (typeof data !== 'string') return deflateEntry(data);
  // By path, then by the very text (compared, not hashed: a part is a few kilobytes, and has few variants).
  let known = deflatedOnce.get(path);
  if (!known) deflatedOnce.set(path, (known = []));
  const same = known.find((k) => k.text === data);
  if (same) return same.entry;
  if (known.length >= DEFLATED_ONCE_VARIANTS) known.length = 0;
  const entry = deflateEntry(encoder.encode(data));
  known.push({ text: data, entry });
  return entry;
}

/** The .docx of a document, as Packer.toBuffer writes it. */
export function packDocument(document: Document, modified = new Date()): Uint8Array {
  const kind = kindOf.get(document);
  const once = kind === undefined ? undefined : formattedOnce.get(kind);
  const numberedAsKind = numberedAsTheirKind.has(document);
  const numbering = numberedAsKind ? once?.numbering : undefined;
  const standIns = once && standInsFor(document as unknown as File, once.themeColors, numbering !== undefined);
  const parts = compile(document, standIns);
  const entries = [...parts].map(([path, data]) => {
    const shared = path === NUMBERING && numbering ? numbering : once?.entries.get(path);
    if (shared) return { path, entry: shared };
    return { path, entry: DEFLATED_ONCE.has(path) ? deflatedOnceOf(path, data) : deflateEntry(bytesOf(data)) };
  });
  if (kind !== undefined && once === undefined) {
    const first = new Map<string, DeflatedEntry>();
    for (const { path, entry } of entries) if (FORMATTED_ONCE_PATHS.has(path)) first.set(path, entry);
    const themeColors = (document as unknown as { Theme: { Colors: unknown } }).Theme.Colors;
    if (first.size === FORMATTED_ONCE.length) formattedOnce.set(kind, { entries: first, themeColors });
  }
  const ofKind = kind === undefined ? undefined : formattedOnce.get(kind);
  if (numberedAsKind && ofKind && !ofKind.numbering)
    ofKind.numbering = entries.find(({ path }) => path === NUMBERING)?.entry;
  return writeZip(entries, modified);
}
