import { strFromU8, unzipSync } from 'fflate';

/** Every XML part of a .docx (document, headers, footers, numbering, settings…) as text. */
export function xmlParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

const SUPERSCRIPT: Record<string, string> = { e: 'ᵉ', r: 'ʳ', s: 'ˢ' };
const unescape = (t: string) =>
  t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * The visible text of a part as printed: one line per paragraph, runs joined (a sentence may span several runs),
 * field instructions left out, and superscript letters as their superscript characters ("1ᵉʳ"), as a reader sees them.
 */
export function partText(xml: string): string {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      (p.match(/<w:r[ >][\s\S]*?<\/w:r>/g) ?? [])
        .map((run) => {
          const text = [...run.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : unescape(m[1]))).join('');
          return run.includes('<w:vertAlign w:val="superscript"/>') ? [...text].map((c) => SUPERSCRIPT[c] ?? c).join('') : text;
        })
        .join(''),
    )
    .join('\n');
}

/** The text of the document body, as a reader reads it. */
export const documentText = (bytes: Uint8Array): string => partText(xmlParts(bytes)['word/document.xml'] ?? '');

/** A marker of a missing value, in any case, in French or English. */
export const MARKER = /à compléter|a compléter|to complete/i;
