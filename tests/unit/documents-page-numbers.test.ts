import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, TableOfContents, type IContext, type IXmlableObject } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { ARIAL_WIDTHS, WIDTHS_OF_DOCX } from '../../src-main/documents/arial-widths';
import { pack } from '../../src-main/documents/kit';
import { buildDocuments } from '../../src-main/documents/package';
import { tocPageNumbers } from '../../src-main/documents/page-numbers';
import { PROBED_CHARACTERS } from '../../src-main/documents/probed-characters';
import { FONT } from '../../src-main/documents/styles';
import { FACES, probeWidths, type Face } from '../../src-main/documents/width-probe';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';

// The rapport built as the app builds it, or with docx's own estimate in place of ours, to compare the two.
const library = vi.hoisted(() => ({ on: false }));
vi.mock('../../src-main/documents/page-numbers', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src-main/documents/page-numbers')>();
  const { withOwnParts } = await import('../../src-main/documents/packer');
  // docx's layout reads the document's styles as they are, as the app's own fallback does (page-numbers.ts).
  const theirs = estimatePageNumbersWith({ guess: true });
  return {
    ...real,
    tocPageNumbers: (kind: string) =>
      library.on
        ? (body: IXmlableObject, context: IContext) => withOwnParts(context.file, () => theirs(body, context))
        : real.tocPageNumbers(kind),
  };
});

/** document.xml without the bookmark ids, which a process counts up from one document to the next. */
async function bodyXml(document: Document): Promise<string> {
  const parts = unzipSync(await pack(document));
  return strFromU8(parts['word/document.xml']!)
    .replace(/_Toc\d+/g, '_Toc')
    .replace(/w:id="\d+"/g, 'w:id');
}

const tocNumbers = (xml: string) =>
  [...xml.matchAll(/PAGEREF _Toc[^<]*<\/w:instrText>.*?<w:t(?: [^>]*)?>(\d+)<\/w:t>/gs)].map((m) => Number(m[1]));

describe('the table of contents’ page numbers', () => {
  it('are the ones docx’s own layout writes: the demo rapport is the same document, byte for byte', async () => {
    const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
    const settings = AuthoritySettings.parse(demoAuthoritySettings());
    // As the app writes it (its body written raw, laid out by ours), and as docx objects laid out by docx's layout.
    const rapport = (rawTables: boolean) =>
      buildDocuments(snapshot, settings, { locale: 'fr', draft: true, documents: ['rapport'], rawTables })[0]!.document;
    const ours = await bodyXml(rapport(true));
    await expect(Packer.toBuffer(rapport(true)), 'written raw').rejects.toThrow(/compileWithRawXml/);
    library.on = true;
    const theirs = await bodyXml(rapport(false)).finally(() => (library.on = false));
    const numbers = tocNumbers(ours);
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers.at(-1)).toBeGreaterThan(numbers[0]!);
    expect(ours).toBe(theirs);
  });

  it('are laid out with docx’s own measure when the text holds a character the tables lack (Arabic, an emoji)', async () => {
    const doc = (pageNumbers: ReturnType<typeof tocPageNumbers>) =>
      new Document({
        pageNumbers,
        styles: { default: { document: { run: { font: FONT } } } },
        sections: [
          {
            children: [
              new TableOfContents('Sommaire', { hyperlink: true, headingStyleRange: '1-2' }),
              new Paragraph({ text: 'Partenaires', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
              ...Array.from({ length: 60 }, (_, i) => new Paragraph(`Association ${i} — جمعية الشباب 🤝 ${'texte '.repeat(i % 20)}`)),
              new Paragraph({ text: 'Budget', heading: HeadingLevel.HEADING_1 }),
            ],
          },
        ],
      });
    const ours = await bodyXml(doc(tocPageNumbers('a test document')));
    expect(tocNumbers(ours)).toEqual([2, 3]);
    expect(ours).toBe(await bodyXml(doc(estimatePageNumbersWith({ guess: true }))));
  });

  it('measure with widths docx’s layout still gives (re-run scripts/generate-arial-widths.ts after upgrading docx)', () => {
    const installed = (JSON.parse(readFileSync('node_modules/docx/package.json', 'utf8')) as { version: string }).version;
    expect(WIDTHS_OF_DOCX).toBe(installed);
    // A sample of each face (every ninth character, and French typography's own), asked of the layout again.
    const sample = [...new Set([...PROBED_CHARACTERS.filter((_, i) => i % 9 === 0), ...'éèàçôœ«»’ €–—…\u202f\u00a0'])];
    for (const face of Object.keys(FACES) as Face[]) {
      const probed = probeWidths(FONT, face, sample);
      const stored = new Map(sample.map((c) => [c, ARIAL_WIDTHS[face][PROBED_CHARACTERS.indexOf(c)] ?? undefined]));
      expect([...stored].filter(([, w]) => w !== undefined).length).toBeGreaterThan(100);
      expect(Object.fromEntries(probed)).toEqual(Object.fromEntries([...stored].filter(([, w]) => w !== undefined)));
    }
  });
});
