import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mergeStyles, styleIdsUsed, type TemplateLook } from './template-styles';
import { fillContents } from './template-toc';

/**
 * The filled template's package made whole: the styles its blocks name, the entries of the rapport's contents, a
 * paragraph closing every table cell, a content type for every part. `packageProblems` says what is still inconsistent (the tests assert it is nothing).
 */

type Parts = Record<string, Uint8Array>;

const STYLES_PART = 'word/styles.xml';
const DOCUMENT_PART = 'word/document.xml';
const NUMBERING_PART = 'word/numbering.xml';
const TYPES = '[Content_Types].xml';

const KNOWN_EXTENSIONS: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
};

const text = (parts: Parts, path: string) => (parts[path] ? strFromU8(parts[path]) : undefined);

export async function finishFilledPackage(bytes: Uint8Array, own: TemplateLook): Promise<Uint8Array> {
  const parts = unzipSync(bytes);
  const styles = text(parts, STYLES_PART);
  let document = text(parts, DOCUMENT_PART) ?? '';
  // OOXML requires a cell to end with a paragraph: a block placeholder in a cell may have left a table last.
  document = document.replace(/<\/w:tbl>(\s*)<\/w:tc>/g, '</w:tbl>$1<w:p/></w:tc>');
  document = fitNestedTables(document);
  if (styles !== undefined) {
    document = fillContents(document, styles);
    const merged = await mergeStyles(styles, document, own);
    parts[STYLES_PART] = strToU8(merged.stylesXml);
    document = merged.documentXml;
  }
  parts[DOCUMENT_PART] = strToU8(document);
  dedupeIgnorable(parts);
  addMissingDefaults(parts);
  return zipSync(parts, { level: 6 });
}

/**
 * A generated table placed in a template's table cell keeps its page-wide fixed columns and overflows the cell:
 * it is made to take the cell's width instead (100 %, columns in proportion).
 */
export function fitNestedTables(xml: string): string {
  const open: Array<'tbl' | 'tc'> = [];
  let nestedTablePending = false;
  return xml.replace(
    /<w:tbl>|<\/w:tbl>|<w:tc>|<w:tc\s[^>]*>|<\/w:tc>|<w:tblPr>[\s\S]*?<\/w:tblPr>/g,
    (tag) => {
      if (tag === '<w:tbl>') {
        nestedTablePending = open.includes('tc');
        open.push('tbl');
      } else if (tag === '</w:tbl>' || tag === '</w:tc>') open.pop();
      else if (tag.startsWith('<w:tc')) open.push('tc');
      else if (nestedTablePending) {
        nestedTablePending = false;
        return tag
          .replace(/<w:tblW\b[^>]*\/>/, '<w:tblW w:w="5000" w:type="pct"/>')
          .replace(/<w:tblLayout w:type="fixed"\/>/, '<w:tblLayout w:type="autofit"/>');
      }
      return tag;
    },
  );
}

/** docx repeats a prefix in the mc:Ignorable of the parts it touches ("w14 w15 w15"): written once each. */
function dedupeIgnorable(parts: Parts): void {
  for (const path of Object.keys(parts).filter((p) => p.endsWith('.xml'))) {
    const xml = strFromU8(parts[path]!);
    const root = /<[\w:]+\b[^>]*\bmc:Ignorable="([^"]*)"/.exec(xml);
    if (!root) continue;
    const tokens = root[1]!.split(/\s+/).filter(Boolean);
    if (new Set(tokens).size === tokens.length) continue;
    parts[path] = strToU8(
      xml.replace(`mc:Ignorable="${root[1]!}"`, `mc:Ignorable="${[...new Set(tokens)].join(' ')}"`),
    );
  }
}

function typesOf(parts: Parts): { defaults: Set<string>; overrides: Set<string>; xml: string } {
  const xml = text(parts, TYPES) ?? '';
  return {
    xml,
    defaults: new Set(
      [...xml.matchAll(/<Default\b[^>]*Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()),
    ),
    overrides: new Set([...xml.matchAll(/<Override\b[^>]*PartName="([^"]+)"/g)].map((m) => m[1]!)),
  };
}

const extensionOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
const typedParts = (parts: Parts) => Object.keys(parts).filter((p) => p !== TYPES && !p.endsWith('/'));

/** A Default content type for each extension of a part that has none (a picture the blocks brought, say). */
function addMissingDefaults(parts: Parts): void {
  const types = typesOf(parts);
  const lacking = new Set(
    typedParts(parts)
      .filter((p) => !types.overrides.has(`/${p}`) && !types.defaults.has(extensionOf(p)))
      .map(extensionOf)
      .filter((ext) => KNOWN_EXTENSIONS[ext]),
  );
  if (!lacking.size) return;
  const defaults = [...lacking].map(
    (ext) => `<Default Extension="${ext}" ContentType="${KNOWN_EXTENSIONS[ext]!}"/>`,
  );
  parts[TYPES] = strToU8(types.xml.replace(/(<Types\b[^>]*>)/, `$1${defaults.join('')}`));
}

const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = part
    .slice(0, part.lastIndexOf('/') + 1)
    .split('/')
    .filter(Boolean);
  for (const piece of target.split('/'))
    if (piece === '..') base.pop();
    else if (piece !== '.') base.push(piece);
  return base.join('/');
}

/** What is inconsistent in a .docx package: unknown styles, list ids, relationships, parts without a type. */
export function packageProblems(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes);
  const problems: string[] = [];
  const types = typesOf(parts);
  for (const p of typedParts(parts))
    if (!types.overrides.has(`/${p}`) && !types.defaults.has(extensionOf(p)))
      problems.push(`no content type: ${p}`);
  for (const override of types.overrides)
    if (!parts[override.slice(1)]) problems.push(`content type of a missing part: ${override}`);

  const xmlParts = typedParts(parts).filter((p) => p.endsWith('.xml'));
  for (const part of xmlParts) {
    // Word refuses a part whose mc:Ignorable names a prefix its root does not declare.
    const root = /<[\w:]+\b[^>]*\bmc:Ignorable="([^"]*)"[^>]*>/.exec(text(parts, part) ?? '');
    const tokens = root?.[1]!.split(/\s+/).filter(Boolean) ?? [];
    if (new Set(tokens).size !== tokens.length) problems.push(`${part} repeats a prefix in mc:Ignorable`);
    for (const prefix of tokens)
      if (!root![0].includes(`xmlns:${prefix}=`))
        problems.push(`${part} ignores an undeclared prefix ${prefix}`);
  }
  for (const part of xmlParts) {
    const rels = text(parts, relsPathOf(part)) ?? '';
    const ids = new Set([...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"/g)].map((m) => m[1]!));
    for (const m of (text(parts, part) ?? '').matchAll(/\br:(?:id|embed|link|pict)="([^"]+)"/g))
      if (!ids.has(m[1]!)) problems.push(`${part} refers to ${m[1]!}, which it has no relationship for`);
    for (const m of rels.matchAll(/<Relationship\b([^>]*)>/g)) {
      if (/TargetMode="External"/.test(m[1]!)) continue;
      const target = /Target="([^"]+)"/.exec(m[1]!)?.[1];
      if (target && !parts[resolveTarget(part, target)])
        problems.push(`${part} relates to a missing part ${target}`);
    }
  }

  const styles = text(parts, STYLES_PART) ?? '';
  const defined = new Set([...styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]!));
  const bodyParts = xmlParts.filter((p) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(p));
  for (const part of bodyParts)
    for (const id of styleIdsUsed(text(parts, part)!))
      if (!defined.has(id)) problems.push(`${part} uses the style ${id}, which is not defined`);

  const numbering = text(parts, NUMBERING_PART) ?? '';
  const abstractIds = [...numbering.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"/g)].map(
    (m) => m[1]!,
  );
  const nums = [...numbering.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)];
  const numIds = nums.map((m) => m[1]!);
  for (const [what, ids] of [
    ['abstractNumId', abstractIds],
    ['numId', numIds],
  ] as const)
    if (new Set(ids).size !== ids.length) problems.push(`a ${what} is used twice: ${ids.join(', ')}`);
  for (const [, numId, body] of nums) {
    const abstract = /<w:abstractNumId w:val="(\d+)"/.exec(body!)?.[1];
    if (!abstract || !abstractIds.includes(abstract)) problems.push(`list ${numId!} has no definition`);
  }
  for (const part of [...bodyParts, STYLES_PART])
    for (const m of (text(parts, part) ?? '').matchAll(/<w:numId w:val="(\d+)"/g))
      if (m[1] !== '0' && !numIds.includes(m[1]!))
        problems.push(`${part} uses the list ${m[1]!}, which is not defined`);
  return problems;
}
