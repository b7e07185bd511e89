import { strFromU8, unzipSync } from 'fflate';

/** Every XML part of a .docx (document, headers, footers, numbering, settings…) as text. */
export function xmlParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

/** The visible text of a part, runs joined (a sentence may span several runs); paragraphs end with a line break. */
export function partText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_m, t: string | undefined) => t ?? '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** The text of the document body, as a reader reads it. */
export const documentText = (bytes: Uint8Array): string => partText(xmlParts(bytes)['word/document.xml'] ?? '');

/** A marker of a missing value, in any case, in French or English. */
export const MARKER = /à compléter|a compléter|to complete/i;
