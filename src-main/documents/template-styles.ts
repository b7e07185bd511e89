import { Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { documentNumbering, documentStyles, EXTERNAL_STYLES, TABLE_STYLE } from './styles';

/**
 * The styles the generated blocks name, brought into a filled template. docx adds its own default styles (Title,
 * Heading1…) but not ours (ArticleTitle, Visa, the table style…): Word shows such a paragraph as Normal and
 * LibreOffice drops its list number, which is how a filled délibération lost its "Article 1", "Article 2"…
 *
 * The template's style of the same id, or else of the same name and type, wins. A style added loses its font and
 * colour, so it takes the template's (through its Normal); it keeps what makes it what it is (bold, spacing, keep
 * with next, alignment). A table style the template's own tables use, with borders, replaces ours.
 */

const STYLE_ELEMENT = /<w:style\b[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g;
const REFERENCE = /<w:(pStyle|rStyle|tblStyle|basedOn|next|link)\b([^>]*?)w:val="([^"]*)"/g;

interface StyleEntry {
  id: string;
  type: string;
  name: string | undefined;
  xml: string;
}

const attr = (xml: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];

export function stylesOf(stylesXml: string): StyleEntry[] {
  return [...stylesXml.matchAll(STYLE_ELEMENT)].map(([xml]) => {
    const open = /^<w:style\b[^>]*>/.exec(xml)?.[0] ?? xml;
    return {
      id: attr(open, 'w:styleId') ?? '',
      type: attr(open, 'w:type') ?? 'paragraph',
      name: /<w:name\b[^>]*w:val="([^"]*)"/.exec(xml)?.[1]?.toLowerCase(),
      xml,
    };
  });
}

/** Ids a part refers to by w:pStyle, w:rStyle or w:tblStyle. */
export function styleIdsUsed(xml: string): Set<string> {
  const ids = new Set<string>();
  for (const m of xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle)\b[^>]*?w:val="([^"]*)"/g)) ids.add(m[1]!);
  return ids;
}

let ours: Promise<StyleEntry[]> | undefined;
/** Our styles as docx writes them for a generated document, built once. */
function ourStyles(): Promise<StyleEntry[]> {
  ours ??= Packer.toBuffer(
    new Document({
      externalStyles: EXTERNAL_STYLES,
      styles: documentStyles(),
      numbering: documentNumbering(),
      sections: [{ children: [] }],
    }),
  ).then((buffer) => stylesOf(strFromU8(unzipSync(new Uint8Array(buffer))['word/styles.xml']!)));
  return ours;
}

/** What the template's look brings: its font and colours, not ours. */
const withoutLook = (xml: string) =>
  xml.replace(/<w:rFonts\b[^>]*\/>/g, '').replace(/<w:color\b[^>]*\/>/g, '');

/** What the template itself defines: its style ids and the table style of its own tables, if any. */
export interface TemplateLook {
  styleIds: Set<string>;
  tableStyle: string | undefined;
}

export function templateLook(templateDocumentXml: string, templateStylesXml: string): TemplateLook {
  return {
    styleIds: new Set(stylesOf(templateStylesXml).map((s) => s.id)),
    tableStyle: templateTableStyle(templateDocumentXml, templateStylesXml),
  };
}

/**
 * The table style of the template's own tables, when one is used and drawn with borders: the generated tables take
 * it, so they read as the authority's.
 */
function templateTableStyle(templateDocumentXml: string, templateStylesXml: string): string | undefined {
  const styles = stylesOf(templateStylesXml);
  for (const m of templateDocumentXml.matchAll(/<w:tblStyle\b[^>]*?w:val="([^"]*)"/g)) {
    const style = styles.find((s) => s.id === m[1] && s.type === 'table');
    if (style && /<w:tblBorders>[\s\S]*?w:val="(?!nil|none)/.test(style.xml)) return style.id;
  }
  return undefined;
}

/**
 * Adds to the filled document's styles part the styles its parts name and it lacks; renames, in the document part,
 * the references to styles the template has under another id (same name and type).
 * Returns the new styles part and the document part, both as text.
 */
export async function mergeStyles(
  stylesXml: string,
  documentXml: string,
  own: TemplateLook,
): Promise<{ stylesXml: string; documentXml: string }> {
  const { tableStyle } = own;
  // Styles docx added for its patches (its Title, Heading3…) take the template's look too.
  stylesXml = stylesXml.replace(STYLE_ELEMENT, (xml) => {
    const id = attr(/^<w:style\b[^>]*>/.exec(xml)?.[0] ?? '', 'w:styleId') ?? '';
    return own.styleIds.has(id) ? xml : withoutLook(xml);
  });
  const template = stylesOf(stylesXml);
  const byId = new Map(template.map((s) => [s.id, s]));
  const mine = new Map((await ourStyles()).map((s) => [s.id, s]));
  const rename = new Map<string, string>();
  if (tableStyle && !byId.has(TABLE_STYLE)) rename.set(TABLE_STYLE, tableStyle);
  const added: string[] = [];

  const resolve = (id: string): void => {
    if (byId.has(id) || rename.has(id)) return;
    const style = mine.get(id);
    if (!style) return; // neither the template's nor ours: left as the template has it
    const same = template.find((s) => s.type === style.type && s.name !== undefined && s.name === style.name);
    if (same) {
      rename.set(id, same.id);
      return;
    }
    byId.set(id, style);
    added.push(id);
    for (const m of style.xml.matchAll(REFERENCE)) resolve(m[3]!);
  };
  for (const id of styleIdsUsed(documentXml)) resolve(id);

  const renamed = (xml: string) =>
    rename.size
      ? xml.replace(REFERENCE, (all, _kind: string, _between: string, id: string) =>
          rename.has(id) ? all.replace(`w:val="${id}"`, `w:val="${rename.get(id)!}"`) : all,
        )
      : xml;
  const addedXml = added.map((id) => renamed(withoutLook(mine.get(id)!.xml))).join('');
  return {
    stylesXml: addedXml ? stylesXml.replace(/<\/w:styles>\s*$/, `${addedXml}</w:styles>`) : stylesXml,
    documentXml: renamed(documentXml),
  };
}
