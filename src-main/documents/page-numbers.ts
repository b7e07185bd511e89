import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith, type FontToMeasure, type MeasureWidth } from 'docx/layout';
import { ARIAL_WIDTHS } from './arial-widths';
import { PROBED_CHARACTERS } from './probed-characters';
import { FONT } from './styles';
import { AVERAGE, type Face } from './width-probe';

/** Text the tables cannot measure as docx's layout does: the layout is done again with docx's own measure. */
class NotInTables extends Error {}

type FaceWidths = Map<string, number>;

const INDEX = new Map(PROBED_CHARACTERS.map((c, i) => [c, i]));

/** A face's widths by character; the average letter as docx's layout works it out (a to z, in that order, over 26). */
function faceWidths(face: Face): FaceWidths {
  const probed = ARIAL_WIDTHS[face];
  const own = (c: string) => probed[INDEX.get(c)!] as number;
  const average = [...'abcdefghijklmnopqrstuvwxyz'].reduce((total, c) => total + own(c), 0) / 26;
  const widths: FaceWidths = new Map();
  PROBED_CHARACTERS.forEach((c, i) => {
    const width = probed[i];
    if (width !== null && width !== undefined) widths.set(c, width === AVERAGE ? average : width);
  });
  return widths;
}

let faces: Record<Face, FaceWidths> | null = null;
const faceOf = (font: FontToMeasure): FaceWidths => {
  faces ??= { regular: faceWidths('regular'), bold: faceWidths('bold'), italic: faceWidths('italic'), boldItalic: faceWidths('boldItalic') };
  return font.bold ? (font.italic ? faces.boldItalic : faces.bold) : font.italic ? faces.italic : faces.regular;
};

/**
 * Measures text with the widths docx's layout itself measures Arial with (arial-widths.ts, asked of the layout), the
 * same sums in the same order, and remembers each piece it measured: the layout measures every word again on each pass
 * and re-derives the font's tables on every call, which is most of a long document's time. Our documents are in Arial
 * without kerning or ligatures (styles.ts), so the layout's own measure adds each character's width, as this does.
 */
function rememberingMeasure(): MeasureWidth {
  const known = new Map<string, number>();
  return (text, font) => {
    if (font.name !== FONT) throw new NotInTables();
    const key = `${+font.bold}${+font.italic}${font.size}|${text}`;
    let width = known.get(key);
    if (width === undefined) {
      const widths = faceOf(font);
      width = 0;
      for (const c of text) {
        const w = widths.get(c);
        if (w === undefined) throw new NotInTables();
        width = width + (w * font.size * 100) / 1e5;
      }
      known.set(key, width);
    }
    return width;
  };
}

const libraryEstimate = estimatePageNumbersWith({ guess: true });

/**
 * The page numbers of a table of contents, laid out as Word would by docx's layout (guessing past what it cannot lay
 * out yet), measured with the remembering measure above; text it cannot measure (another font, a character outside the
 * tables) is laid out with docx's own measure instead. No list numbers: the headings of our documents are not numbered
 * lists (styles.ts), and asking for them would read the whole body once more.
 */
export function tocPageNumbers(): PageNumberEstimator {
  return (body, context) => {
    try {
      return estimatePageNumbersWith({ guess: true, measureWidth: rememberingMeasure() })(body, context);
    } catch (error) {
      if (error instanceof NotInTables) return libraryEstimate(body, context);
      throw error;
    }
  };
}
