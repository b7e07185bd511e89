import { Packer, type Document, type IContext, type IXmlableObject } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { estimatePages } from '../../src-main/documents/toc-layout/estimate';

/** A page estimate's numbers, to compare: each bookmark's page and the number of pages. */
export type Estimate = { bookmarks: ReadonlyMap<string, string>; pageCount?: number | undefined };
export const numbersOf = (e: Estimate | undefined) =>
  e ? { bookmarks: [...e.bookmarks], pageCount: e.pageCount } : undefined;

/**
 * Both page layouts of one document's body as docx formats it for writing: ours (src-main/documents/toc-layout/,
 * undefined where it leaves the document to docx's) and docx's own (estimatePageNumbersWith({ guess: true })).
 */
export async function bothLayouts(
  document: Document,
  stylesKind: string,
): Promise<{ ours: Estimate | undefined; theirs: Estimate }> {
  const body = (document as unknown as { documentWrapper?: { View?: { Body?: { pageNumbers?: unknown } } } })
    .documentWrapper?.View?.Body;
  if (!body)
    throw new Error('docx no longer keeps the estimator on the body: update tests/helpers/toc-layouts.ts.');
  let result: { ours: Estimate | undefined; theirs: Estimate } | undefined;
  const library = estimatePageNumbersWith({ guess: true });
  body.pageNumbers = (formatted: IXmlableObject, context: IContext) => {
    const ours = estimatePages(formatted, context, stylesKind);
    const theirs = library(formatted, context);
    result = { ours, theirs };
    return theirs;
  };
  await Packer.toBuffer(document);
  if (!result) throw new Error('the document has no table of contents to lay out');
  return result;
}
