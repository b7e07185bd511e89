import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pack } from '../../src-main/documents/kit';
import { buildDocumentPackage, buildDocuments } from '../../src-main/documents/package';
import { packDocument } from '../../src-main/documents/packer';
import { LayoutRefused } from '../../src-main/documents/raw-xml/body';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { AuthoritySettings, newId, type ProgrammeSnapshot } from '../../src-shared/model';
import { partDifferences } from '../helpers/raw-tables';

/**
 * The rapport as the app writes it: its body as WordprocessingML from its description, its table of contents laid out
 * by our layout (the demo and the sweeps of documents-toc-layout.test.ts are the same files as docx's objects give).
 * Where the description or our layout does not allow it, the very rapport docx's objects give is written instead.
 */
const settings = AuthoritySettings.parse(demoAuthoritySettings());
const rapport = (snapshot: ProgrammeSnapshot, rawTables: boolean) =>
  buildDocuments(snapshot, settings, { locale: 'fr', draft: true, documents: ['rapport'], rawTables })[0]!.document;
const tocPages = (bytes: Uint8Array) =>
  [...strFromU8(unzipSync(bytes)['word/document.xml']!).matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)</g)].map(
    (m) => Number(m[1]),
  );

describe('the rapport written raw', () => {
  it('is the rapport docx’s objects write, its pages numbered, and only pack() can write it', async () => {
    const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
    const raw = packDocument(rapport(snapshot, true));
    expect(partDifferences('rapport', raw, await pack(rapport(snapshot, false)))).toEqual([]);
    expect(tocPages(raw).length).toBeGreaterThan(5);
    await expect(Packer.toBuffer(rapport(snapshot, true))).rejects.toThrow(/compileWithRawXml/);
  });

  it('is written as docx objects where our layout does not follow it (Arabic text): the same rapport, not an error', async () => {
    const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
    snapshot.framing.history = `${snapshot.framing.history}\nLa délégation de l’association جمعية الشباب a été reçue à Ndiawara.`;
    expect(() => packDocument(rapport(snapshot, true))).toThrow(LayoutRefused);
    const [built] = await buildDocumentPackage(snapshot, settings, { locale: 'fr', draft: true, documents: ['rapport'] });
    expect(partDifferences('rapport', built!.bytes, await pack(rapport(snapshot, false)))).toEqual([]);
    expect(strFromU8(unzipSync(built!.bytes)['word/document.xml']!)).toContain('جمعية الشباب');
    expect(tocPages(built!.bytes).length).toBeGreaterThan(5);
  });

  it('is written as docx objects when the diagnosis holds a numbered list, which docx numbers', async () => {
    const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
    const territory = snapshot.territories[0]!;
    const [first] = Object.keys(territory.sections) as Array<keyof typeof territory.sections>;
    territory.sections[first!] = [
      ...territory.sections[first!],
      { type: 'numbered', items: [[{ text: 'Repérer les jeunes' }], [{ text: 'Les accompagner' }]] },
    ];
    const document = rapport(snapshot, true);
    // docx objects: docx's own writer takes it, its list numbered by docx.
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('Repérer les jeunes');
    expect(xml).toMatch(/<w:numId w:val="[2-9]\d*"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">Repérer/);
    expect(tocPages(bytes).length).toBeGreaterThan(5);
  });
});
