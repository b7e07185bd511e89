import { CommandError } from '../../src-shared/api/errors';

/**
 * How deep a template's XML may nest. docx's parser slows down far faster than the depth grows (measured here: 1,000
 * nested paragraphs 1 s, 2,000 7 s, 4,000 57 s, on the main thread for template.inspect); a real Word document nests a
 * few dozen levels (tables in tables, drawings, content controls).
 */
export const TEMPLATE_MAX_DEPTH = 200;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** The deepest nesting of elements in an XML part, read in one pass over its bytes (comments and declarations skipped). */
export function xmlDepth(xml: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < xml.length; i++) {
    if (xml[i] !== LT) continue;
    const next = xml[i + 1];
    const end = xml.indexOf(GT, i + 1);
    if (end < 0) break;
    if (next === SLASH) depth--;
    else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */ && xml[end - 1] !== SLASH) deepest = Math.max(deepest, ++depth);
    i = end;
  }
  return deepest;
}

/** Refuses a template one of whose XML parts nests deeper than TEMPLATE_MAX_DEPTH, before docx parses it. */
export function checkTemplateDepth(parts: Record<string, Uint8Array>): void {
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    const depth = xmlDepth(bytes);
    if (depth > TEMPLATE_MAX_DEPTH) {
      const reason = `${name} nests elements ${depth} deep, more than ${TEMPLATE_MAX_DEPTH}`;
      throw new CommandError('template_too_large', `This Word template is beyond the limits (${reason}); nothing was read.`, {
        reason,
        limits: { depth: TEMPLATE_MAX_DEPTH },
      });
    }
  }
}
