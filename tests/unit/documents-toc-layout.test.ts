import { Document, HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src-main/documents/package';
import { FONT } from '../../src-main/documents/styles';
import { lastUnexpectedError } from '../../src-main/documents/toc-layout/estimate';
import { rememberingArialMeasure } from '../../src-main/documents/toc-layout/measure';
import { tokensOf } from '../../src-main/documents/toc-layout/tokens';
import type { Locale } from '../../src-shared/i18n/catalogues';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { AuthoritySettings, newId, type ProgrammeSnapshot } from '../../src-shared/model';
import { logoOf } from '../helpers/logos';
import { tableWaysDifferences } from '../helpers/raw-tables';
import { bothLayouts, numbersOf } from '../helpers/toc-layouts';

/**
 * Our page layout (src-main/documents/toc-layout/) against docx's own (estimatePageNumbersWith({ guess: true }), which
 * lays pages out as Word does), on the rapports the app writes: the same page for every heading, the same number of
 * pages. Ours is many times faster; where it does not follow a document it says so, and docx's layout is used.
 */
const settings = AuthoritySettings.parse(demoAuthoritySettings());

// As docx objects: both layouts read the body docx formats (the app writes it raw: compared below to this one).
const rapportOf = (snapshot: ProgrammeSnapshot, locale: Locale, draft: boolean) =>
  buildDocuments(snapshot, settings, { locale, draft, documents: ['rapport'], rawTables: false })[0]!.document;
/** The rapport as the app writes it (its body raw, laid out from its description) against the one above. */
const rawWayDifferences = (snapshot: ProgrammeSnapshot, locale: Locale, draft: boolean) =>
  tableWaysDifferences(snapshot, settings, { locale, draft, documents: ['rapport'] });

describe('our page layout (toc-layout) against docx’s', () => {
  it('gives the demo rapport’s headings the pages docx’s layout gives them, draft and final, in French and English', async () => {
    const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
    for (const locale of ['fr', 'en'] as const)
      for (const draft of [true, false]) {
        const { ours, theirs } = await bothLayouts(rapportOf(snapshot, locale, draft), `demo ${draft}`);
        expect(lastUnexpectedError()).toBeUndefined();
        expect(ours, `${locale} ${draft ? 'draft' : 'final'}: laid out by ours`).toBeDefined();
        expect(numbersOf(ours)).toEqual(numbersOf(theirs));
        expect(ours!.bookmarks.size).toBeGreaterThan(5);
        expect(ours!.pageCount).toBeGreaterThan(4);
      }
  });

  it('moves the headings on as docx’s layout does while the text before them grows, word by word', async () => {
    const words =
      'les jeunes accèdent à leurs droits grâce à un accompagnement renforcé porté par les deux collectivités'.split(
        ' ',
      );
    const seen = new Set<string>();
    // Every seventh word from none to 140: lines, then paragraphs and headings, cross the bottoms of the pages.
    for (let count = 0; count <= 140; count += 7) {
      const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
      snapshot.framing.history = `${snapshot.framing.history} ${Array.from({ length: count }, (_, i) => words[i % words.length]).join(' ')}`;
      const { ours, theirs } = await bothLayouts(rapportOf(snapshot, 'fr', true), 'grown');
      expect(ours, `${count} words more: laid out by ours`).toBeDefined();
      expect(numbersOf(ours), `${count} words more`).toEqual(numbersOf(theirs));
      expect(await rawWayDifferences(snapshot, 'fr', true), `${count} words more, written raw`).toEqual([]);
      seen.add(JSON.stringify(numbersOf(ours)));
    }
    // The sweep moved the headings: it tested page breaks, not one layout over and over.
    expect(seen.size).toBeGreaterThan(3);
  }, 60_000);

  it('starts the financing table on the next page, as docx’s layout does, where only its header row would fit', async () => {
    const words =
      'un comité de pilotage réunit chaque semestre les élus les services et les associations'.split(' ');
    const seen = new Set<string>();
    // The governance text just before the budget grows until the table's header row is left alone, then moves on.
    for (let count = 20; count <= 46; count += 2) {
      const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
      snapshot.governance.focalPoints = `${snapshot.governance.focalPoints} ${Array.from({ length: count }, (_, i) => words[i % words.length]).join(' ')}`;
      const { ours, theirs } = await bothLayouts(rapportOf(snapshot, 'fr', false), 'table');
      expect(ours, `${count} words more: laid out by ours`).toBeDefined();
      expect(numbersOf(ours), `${count} words more`).toEqual(numbersOf(theirs));
      expect(await rawWayDifferences(snapshot, 'fr', false), `${count} words more, written raw`).toEqual([]);
      seen.add(JSON.stringify(numbersOf(ours)));
    }
    expect(seen.size).toBeGreaterThan(1);
  }, 60_000);

  it('lays the header out with the authority’s logo, whatever its shape, as docx’s layout does', async () => {
    // Square, wide, tall and thin logos: the header's height, and so each page's room, changes with the logo's.
    for (const [width, height] of [
      [1, 1],
      [300, 50],
      [50, 300],
      [500, 20],
    ] as const) {
      const withLogo = AuthoritySettings.parse({ ...demoAuthoritySettings(), logo: logoOf(width, height) });
      const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
      const document = buildDocuments(snapshot, withLogo, { locale: 'fr', draft: false, documents: ['rapport'], rawTables: false })[0]!.document;
      const { ours, theirs } = await bothLayouts(document, 'logo');
      expect(ours, `a ${width}×${height} logo: laid out by ours`).toBeDefined();
      expect(numbersOf(ours), `a ${width}×${height} logo`).toEqual(numbersOf(theirs));
      expect(await tableWaysDifferences(snapshot, withLogo, { locale: 'fr', draft: false, documents: ['rapport'] })).toEqual([]);
    }
    expect(lastUnexpectedError()).toBeUndefined();
  });

  it('measures a word in each face and size apart (10 pt bold is not 10.5 pt regular)', () => {
    const measure = rememberingArialMeasure();
    const alone = (bold: boolean, size: number) => rememberingArialMeasure()('partenariat', bold, false, size);
    // Measured one after the other in the same document, each as if alone.
    expect(measure('partenariat', false, false, 10.5)).toBe(alone(false, 10.5));
    expect(measure('partenariat', true, false, 10)).toBe(alone(true, 10));
    expect(measure('partenariat', false, false, 9)).toBe(alone(false, 9));
    expect(measure('partenariat', true, false, 8.5)).toBe(alone(true, 8.5));
    expect(alone(true, 10)).not.toBe(alone(false, 10.5));
  });

  it('leaves to docx’s layout what it does not follow: another font, Arabic text', async () => {
    const doc = (text: TextRun) =>
      new Document({
        styles: { default: { document: { run: { font: FONT } } } },
        sections: [
          {
            children: [
              new TableOfContents('Sommaire', { hyperlink: true, headingStyleRange: '1-2' }),
              new Paragraph({ text: 'Partenaires', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
              new Paragraph({ children: [text] }),
            ],
          },
        ],
      });
    for (const run of [new TextRun({ text: 'Partenaires', font: 'Garamond' }), new TextRun('جمعية الشباب')]) {
      const { ours, theirs } = await bothLayouts(doc(run), 'other');
      expect(ours).toBeUndefined();
      expect(theirs.bookmarks.size).toBeGreaterThan(0);
    }
    expect(lastUnexpectedError()).toBeUndefined();
  });

  it('breaks a word after a dash, as Word does, but not before a digit nor beside a no-break space', () => {
    const font = { bold: false, italic: false, size: 10.5 };
    const words = (text: string) =>
      tokensOf([{ type: 'text', text, font }], () => '')
        .filter((t) => t.type === 'word')
        .map((t) => (t.type === 'word' ? t.pieces.map((p) => p.text).join('') : ''));
    expect(words('Vallée-Haute')).toEqual(['Vallée-', 'Haute']);
    expect(words('2027-2029 et 2030–2031')).toEqual(['2027-2029', 'et', '2030–2031']);
    expect(words('12\u202f345,00\u00a0€ grand-mère')).toEqual(['12\u202f345,00\u00a0€', 'grand-', 'mère']);
  });
});
