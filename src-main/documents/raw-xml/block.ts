import { FileChild, Packer, type Document, type IContext, type IXmlableObject } from 'docx';

/**
 * A block of WordprocessingML written directly (a large table), standing in docx's body as a placeholder element
 * that `compileWithRawXml` replaces with the block's XML once docx has written word/document.xml. docx's own
 * `{…}` placeholders (lists, images) are replaced during its compile, before ours: text of a raw block is never
 * read by them, and a block must hold neither (wordml.ts writes none).
 */

/**
 * A block's XML, or how to write it once docx has written the body: a body whose table of contents is filled from its
 * page layout is written after the layout, which docx runs on the body it formatted (raw-xml/body.ts).
 */
export type BlockXml = string | (() => string);

/** The blocks of the document being compiled, in placeholder order; only set while `compileWithRawXml` runs. */
const BLOCKS = Symbol('atelier raw XML blocks');
type Compiling = { [BLOCKS]?: BlockXml[] };

// Text and attribute values are escaped, so no text can hold this tag; the prefix is no namespace docx writes.
const TAG = 'atelier:raw';
const PLACEHOLDER = /<atelier:raw n="(\d+)"\/>/g;

export class RawXml extends FileChild {
  constructor(readonly xml: BlockXml) {
    super(TAG);
  }

  override prepForXml(context: IContext): IXmlableObject {
    const placeholder = rawPlaceholder(context, this.xml);
    // Any other writer (Packer, patchDocument, a layout estimate) would leave the placeholder in the file.
    if (!placeholder) throw new Error('A raw XML block can only be written by compileWithRawXml (pack()).');
    return placeholder;
  }
}

/**
 * The placeholder of a block of raw XML in the body being written by compileWithRawXml, or undefined where it cannot
 * stand: written by another writer, or in another part than word/document.xml (a header, a footer), which only the
 * body's view wrapper formats.
 */
export function rawPlaceholder(context: IContext, xml: BlockXml): IXmlableObject | undefined {
  const file = context.file as unknown as Compiling & { Document?: unknown };
  const blocks = file?.[BLOCKS];
  if (!blocks || context.viewWrapper !== file.Document) return undefined;
  blocks.push(xml);
  return { [TAG]: { _attr: { n: blocks.length - 1 } } } as IXmlableObject;
}

/** Puts each block's XML in the place of its placeholder. */
export function expandRawXml(xml: string, blocks: readonly BlockXml[]): string {
  if (!blocks.length) return xml;
  let used = 0;
  const out = xml.replace(PLACEHOLDER, (_tag, n: string) => {
    const block = blocks[Number(n)];
    if (block === undefined) throw new Error(`No raw XML block ${n} in this document.`);
    used++;
    return typeof block === 'string' ? block : block();
  });
  if (used !== blocks.length) throw new Error(`${blocks.length - used} raw XML blocks were not placed.`);
  return out;
}

type Compiler = { compile(file: Document): Map<string, string | Uint8Array> };

/**
 * docx's compile of the package's parts (what Packer.toBuffer zips: its compiler is not in docx's typings; the
 * packer's test compares every part with Packer's), with the document's raw blocks expanded.
 */
export function compileWithRawXml(document: Document): Map<string, string | Uint8Array> {
  const compiling = document as unknown as Compiling;
  const blocks: BlockXml[] = [];
  compiling[BLOCKS] = blocks;
  let parts: Map<string, string | Uint8Array>;
  try {
    parts = (Packer as unknown as { compiler: Compiler }).compiler.compile(document);
  } finally {
    delete compiling[BLOCKS];
  }
  const body = parts.get('word/document.xml');
  if (blocks.length && typeof body === 'string') parts.set('word/document.xml', expandRawXml(body, blocks));
  return parts;
}
