/**
 * Soak part: the large generated programmes' rapports, in French and English, written with our page-number estimate
 * (src-main/documents/page-numbers.ts) and with docx's own: the same document.xml, so the same table of contents.
 * The unit test compares the demo's; these take about ten seconds each.
 */
import { Packer, type Document } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { strFromU8, unzipSync } from 'fflate';
import { buildDocuments } from '../../src-main/documents/package';
import { demoSettings } from '../../src-shared/demo';
import { AuthoritySettings } from '../../src-shared/model';
import { generateLargeProgramme } from '../../bench/generate';

async function bodyXml(document: Document): Promise<string> {
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  return strFromU8(parts['word/document.xml']!)
    .replace(/_Toc\d+/g, '_Toc')
    .replace(/w:id="\d+"/g, 'w:id');
}

/** Gives a built document docx's own estimate instead of ours (its body keeps the estimator it was given). */
function withLibraryEstimate(document: Document): Document {
  const body = (document as unknown as { documentWrapper?: { View?: { Body?: { pageNumbers?: unknown } } } }).documentWrapper?.View?.Body;
  if (!body || typeof body.pageNumbers !== 'function') throw new Error('docx no longer keeps the estimator on the body: update this soak part.');
  body.pageNumbers = estimatePageNumbersWith({ guess: true });
  return document;
}

export async function comparePageNumbers(seeds: number[]): Promise<{ failures: string[]; compared: string[] }> {
  const settings = AuthoritySettings.parse(demoSettings());
  const failures: string[] = [];
  const compared: string[] = [];
  for (const seed of seeds) {
    const programme = generateLargeProgramme(seed);
    for (const locale of ['fr', 'en'] as const) {
      const rapport = () => buildDocuments(programme, settings, { locale, draft: true, documents: ['rapport'] })[0]!.document;
      let t0 = performance.now();
      const ours = await bodyXml(rapport());
      const oursMs = Math.round(performance.now() - t0);
      t0 = performance.now();
      const theirs = await bodyXml(withLibraryEstimate(rapport()));
      const theirsMs = Math.round(performance.now() - t0);
      const pages = [...ours.matchAll(/PAGEREF _Toc[^<]*<\/w:instrText>.*?<w:t(?: [^>]*)?>(\d+)<\/w:t>/gs)].map((m) => m[1]).join(',');
      compared.push(`seed ${seed} ${locale}: pages ${pages} (${oursMs} ms, docx's own ${theirsMs} ms)`);
      if (!pages) failures.push(`seed ${seed} ${locale}: no page number written`);
      if (ours !== theirs) failures.push(`seed ${seed} ${locale}: the rapport differs from the one docx's own estimate writes`);
    }
  }
  return { failures, compared };
}
