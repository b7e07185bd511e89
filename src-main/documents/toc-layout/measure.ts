import { ARIAL_WIDTHS } from '../arial-widths';
import { PROBED_CHARACTERS } from '../probed-characters';
import { AVERAGE, type Face } from '../width-probe';

/** A face's widths by UTF-16 code unit (NaN where the tables have none): looked up without hashing. */
type FaceWidths = Float64Array;

const INDEX = new Map(PROBED_CHARACTERS.map((c, i) => [c, i]));

/** A face's widths by character; the average letter as docx's layout works it out (a to z, in that order, over 26). */
function faceWidths(face: Face): FaceWidths {
  const probed = ARIAL_WIDTHS[face];
  const own = (c: string) => probed[INDEX.get(c)!] as number;
  const average = [...'abcdefghijklmnopqrstuvwxyz'].reduce((total, c) => total + own(c), 0) / 26;
  const widths: FaceWidths = new Float64Array(0x10000).fill(NaN);
  PROBED_CHARACTERS.forEach((c, i) => {
    const width = probed[i];
    if (width !== null && width !== undefined && c.length === 1)
      widths[c.charCodeAt(0)] = width === AVERAGE ? average : width;
  });
  return widths;
}

let faces: Record<Face, FaceWidths> | null = null;
/** The widths of Arial's face by code unit, unscaled (lines.ts adds them up itself for most text). */
export const arialWidths = (bold: boolean, italic: boolean): FaceWidths => {
  faces ??= {
    regular: faceWidths('regular'),
    bold: faceWidths('bold'),
    italic: faceWidths('italic'),
    boldItalic: faceWidths('boldItalic'),
  };
  return bold ? (italic ? faces.boldItalic : faces.bold) : italic ? faces.italic : faces.regular;
};

/**
 * Measures Arial text with the widths docx's layout itself measures Arial with (arial-widths.ts, asked of the layout),
 * the same sums in the same order, remembering each piece it measured (a measure lives for one document): undefined for
 * text with a character the tables lack. Our documents are in Arial without kerning or ligatures (styles.ts), so the
 * layout's own measure adds each character's width, as this does.
 */
export function rememberingArialMeasure(): (
  text: string,
  bold: boolean,
  italic: boolean,
  size: number,
) => number | undefined {
  // By face, then size, then text: no key to build for each word (a key made of both, size * 4 plus the face, gave
  // 10 pt bold the widths of 10.5 pt regular).
  const known: Array<Map<number, Map<string, number>>> = [new Map(), new Map(), new Map(), new Map()];
  // Words come in runs of one face: its texts at hand without a look-up.
  let lastFace = -1;
  let lastSize = NaN;
  let lastTexts = new Map<string, number>();
  return (text, bold, italic, size) => {
    const face = (bold ? 2 : 0) + (italic ? 1 : 0);
    let byText = face === lastFace && size === lastSize ? lastTexts : known[face]!.get(size);
    if (!byText) known[face]!.set(size, (byText = new Map()));
    lastFace = face;
    lastSize = size;
    lastTexts = byText;
    let width = byText.get(text);
    if (width === undefined) {
      const widths = arialWidths(bold, italic);
      width = 0;
      for (let i = 0; i < text.length; i++) {
        // A surrogate (a character past U+FFFF) has no width in the tables: NaN, so undefined.
        const w = widths[text.charCodeAt(i)]!;
        if (Number.isNaN(w)) return undefined;
        width = width + (w * size * 100) / 1e5;
      }
      byText.set(text, width);
    }
    return width;
  };
}
