import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith, type MeasureWidth } from 'docx/layout';
import { withOwnParts } from './packer';
import { FONT } from './styles';
import { estimatePages } from './toc-layout/estimate';
import { rememberingArialMeasure } from './toc-layout/measure';

/** Text the tables cannot measure as docx's layout does: the layout is done again with docx's own measure. */
class NotInTables extends Error {}

/**
 * docx's layout's measure of text, with the widths docx's layout itself measures Arial with (toc-layout/measure.ts):
 * the layout measures every word again on each pass and re-derives the font's tables on every call, which is most of
 * a long document's time.
 */
function rememberingMeasure(): MeasureWidth {
  const arial = rememberingArialMeasure();
  return (text, font) => {
    if (font.name !== FONT) throw new NotInTables();
    const width = arial(text, font.bold, font.italic, font.size);
    if (width === undefined) throw new NotInTables();
    return width;
  };
}

const libraryEstimate = estimatePageNumbersWith({ guess: true });

/**
 * The page numbers of a table of contents, laid out as Word would by docx's layout (guessing past what it cannot lay
 * out yet). Our own layout of the same rules (toc-layout/) comes first, as it is many times faster; a document it does
 * not follow is laid out by docx's layout, measured with the remembering measure above, or with docx's own measure
 * for text it cannot measure (another font, a character outside the tables). No list numbers: the headings of our
 * documents are not numbered lists (styles.ts), and asking for them would read the whole body once more.
 * `stylesKind` names the document's styles (kit.ts): the same kind, the same styles, read once.
 */
export function tocPageNumbers(stylesKind: string): PageNumberEstimator {
  return (body, context) =>
    // The styles may be left empty while the document is compiled (packer.ts): both layouts read them as they are.
    withOwnParts(context.file, () => {
      const ours = estimatePages(body, context, stylesKind);
      if (ours) return ours;
      try {
        return estimatePageNumbersWith({ guess: true, measureWidth: rememberingMeasure() })(body, context);
      } catch (error) {
        if (error instanceof NotInTables) return libraryEstimate(body, context);
        throw error;
      }
    });
}
