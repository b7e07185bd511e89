import type { IContext, PageNumberEstimator } from 'docx';
import { withOwnParts } from '../packer';
import { estimatePagesOf } from '../toc-layout/estimate';
import { readSpecs, type DescribedBody } from '../toc-layout/read-specs';
import { RawXml } from './block';
import { isParagraphSpec, isTableSpec, isTocSpec, type BlockSpec } from './spec';
import { tocEntries, tocXml } from './toc';
import { isPlainData, tableXml, writeParagraph } from './wordml';

/**
 * A whole body written as WordprocessingML from its description, table of contents included: docx writes the rest of
 * the package (styles, headers, footers, numbering, properties) around one placeholder, and calls the page estimator
 * given here on the body it formatted; the estimator lays the described body out (toc-layout/read-specs.ts), and the
 * body's XML is written once its page numbers are known. What docx writes for the same description, as objects, is
 * the same document byte for byte (tests/unit/documents-raw-xml.test.ts).
 */

/** Our page layout does not follow this body: the document must be written as docx objects (kit.ts's pack does). */
export class LayoutRefused extends Error {}

/** Whether a body can be written this way: no numbered list (docx numbers them), no docx object in a table. */
export const isWritableRaw = (blocks: readonly BlockSpec[]): boolean =>
  blocks.every((block) =>
    isTocSpec(block) ? true : isTableSpec(block) ? isPlainData(block) : isParagraphSpec(block) && !block.numbering,
  );

export function rawBody(
  blocks: readonly BlockSpec[],
  options: { stylesKind: string; textWidth: number },
): { block: RawXml; pageNumbers: PageNumberEstimator } {
  // Bookmarked when docx compiles the document, as docx bookmarks the headings it lists: once per document.
  let described: DescribedBody | undefined;
  const describedNow = () => (described ??= { blocks, textWidth: options.textWidth, ...tocEntries(blocks) });
  let pages: ReadonlyMap<string, string> | undefined;

  const pageNumbers: PageNumberEstimator = (formatted, context: IContext) =>
    // The styles may be left empty while the document is compiled (packer.ts): the layout reads them as they are.
    withOwnParts(context.file, () => {
      const body = describedNow();
      const estimate = estimatePagesOf(formatted, context, options.stylesKind, (parts) =>
        readSpecs(body, parts, context),
      );
      if (!estimate) throw new LayoutRefused('Our page layout does not follow this document.');
      pages = estimate.bookmarks;
      return estimate;
    });

  const xml = () => {
    const body = describedNow();
    if (!pages) throw new Error('The body is written once its pages are laid out.');
    const out: string[] = [];
    for (const block of blocks) {
      if (isTocSpec(block)) tocXml(block.toc, body.entries, pages, options.textWidth, out);
      else if (isTableSpec(block)) out.push(tableXml(block));
      else writeParagraph(block, out, body.bookmarks.get(block));
    }
    return out.join('');
  };
  return { block: new RawXml(xml), pageNumbers };
}
