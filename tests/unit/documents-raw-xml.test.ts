import { Document, Packer, Paragraph, Table, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildAnnexesDocument } from '../../src-main/documents/annexes';
import { makeDocument, pack, renderContext, section, table, type RenderContext } from '../../src-main/documents/kit';
import { buildDocuments, DOCUMENT_KINDS } from '../../src-main/documents/package';
import { expandRawXml, RawXml } from '../../src-main/documents/raw-xml/block';
import type { TableSpec } from '../../src-main/documents/raw-xml/spec';
import { SpecParagraph } from '../../src-main/documents/raw-xml/spec-paragraph';
import { buildTable } from '../../src-main/documents/raw-xml/tables';
import { fillTemplate } from '../../src-main/documents/template';
import { TABLE_STYLE } from '../../src-main/documents/styles';
import { typeset } from '../../src-shared/i18n/typography';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';
import { partText } from '../helpers/docx-text';
import { comparableParts, partDifferences, tableWaysDifferences } from '../helpers/raw-tables';

/**
 * Tables written directly as WordprocessingML (src-main/documents/raw-xml/) instead of docx's objects: the same
 * files, byte for byte in every part. The large generated programme is compared in the soak part 'raw-tables'.
 */

const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
const settings = AuthoritySettings.parse(demoAuthoritySettings());
const context = (rawTables: boolean) => renderContext(snapshot, settings, 'fr', true, { rawTables });
const documentXml = async (document: Document) => comparableParts(await pack(document)).get('word/document.xml')!;
const oneTable = (ctx: RenderContext, block: Table | RawXml) => makeDocument(ctx, 'T', [section(ctx, 'T', [block])]);

describe('raw tables', () => {
  it('give the demo package the same parts as docx’s objects, in French and English, draft and final', async () => {
    // The rapport's whole body is written raw, its table of contents laid out from its description.
    const documents = [...DOCUMENT_KINDS];
    const differences = [
      ...(await tableWaysDifferences(snapshot, settings, { locale: 'fr', draft: true, documents })),
      ...(await tableWaysDifferences(snapshot, settings, { locale: 'en', draft: true, documents })),
      ...(await tableWaysDifferences(snapshot, settings, { locale: 'fr', draft: false, documents })),
    ];
    expect(differences).toEqual([]);
    // The comparison is between two ways: the rapport's body, the annexes' and the capitalisation's tables were raw.
    for (const built of buildDocuments(snapshot, settings, { locale: 'fr', draft: true, documents: ['rapport', 'annexes', 'capitalisation'] }))
      await expect(Packer.toBuffer(built.document), built.kind).rejects.toThrow(/compileWithRawXml/);
  });

  it('give a bilingual convention, in two columns or in two parts, the same parts as docx’s objects', async () => {
    for (const conventionLayout of ['columns', 'parts'] as const) {
      const bilingual = {
        ...snapshot,
        framing: { ...snapshot.framing, partnerLanguage: 'es' },
        governance: { ...snapshot.governance, conventionLayout },
      };
      for (const draft of [true, false])
        expect(
          await tableWaysDifferences(bilingual, settings, { locale: 'fr', draft, documents: ['convention'] }),
          `${conventionLayout} ${draft ? 'draft' : 'final'}`,
        ).toEqual([]);
      // The raw side's paragraphs were described ones (written raw by pack()), not docx's: in the body or its cells.
      const [built] = buildDocuments(bilingual, settings, { locale: 'fr', draft: true, documents: ['convention'] });
      const described = (node: unknown): number =>
        node instanceof SpecParagraph
          ? 1
          : Array.isArray((node as { root?: unknown })?.root)
            ? (node as { root: unknown[] }).root.reduce<number>((n, child) => n + described(child), 0)
            : 0;
      const body = (built!.document as unknown as { Document: { View: { Body: unknown } } }).Document.View.Body;
      expect(described(body), conventionLayout).toBeGreaterThan(20);
    }
  });

  it('write a cell’s text escaped as docx escapes it: & < > " \' {x}, a forged placeholder, controls, French typography', async () => {
    const texts = [
      'Tom & Jerry <b>, l\'été "chaud", rock \'n\' roll {x} {{y}} }{',
      '<atelier:raw n="0"/>',
      'Le 1er « essai » : oui ; non ? 84 000 €',
      'a\u0001b\u001fc\td',
    ];
    const build = async (rawTables: boolean) => {
      const ctx = context(rawTables);
      const block = table(ctx, ['A & B', '{z}'], [[texts[0]!, texts[1]!], [texts[2]!, texts[3]!]], [50, 50]);
      expect(block instanceof RawXml).toBe(rawTables);
      return documentXml(oneTable(ctx, block));
    };
    const raw = await build(true);
    expect(raw).toBe(await build(false));
    const cells = partText(raw).split('\n');
    expect(cells).toContain(typeset(texts[0]!, 'fr'));
    expect(cells).toContain(texts[1]);
    // The ordinal's letters in superscript (read back as superscript characters).
    expect(cells).toContain(typeset(texts[2]!, 'fr').replace('1er', '1ᵉʳ'));
    // The C0 controls XML forbids are dropped (as docx does); the tab stays.
    expect(cells).toContain('abc\td');
    expect(raw).toContain('{x} {{y}} }{');
    expect(raw).toContain('&lt;atelier:raw n=&quot;0&quot;/&gt;');
    expect(raw).toContain('Tom &amp; Jerry &lt;b&gt;, l’été');
  });

  it('mirror docx on every option a described table may hold', async () => {
    const run = (text: string, more: object = {}) => ({ text, ...more });
    const spec: TableSpec = {
      style: TABLE_STYLE,
      // Wider than its grid: docx scales each cell's width up to it.
      width: 9000,
      grid: [3000, 2001, 0, 1500],
      rows: [
        { tableHeader: true, cells: [{ paragraphs: [{ style: 'TableHeader', runs: [run('En-tête')] }] }] },
        { cantSplit: true, cells: [] },
        {
          cantSplit: true,
          cells: [
            { paragraphs: [] },
            { paragraphs: [{ alignment: 'both', runs: [run('gras', { bold: true }), run('er', { superScript: true, italics: true })] }] },
            { paragraphs: [{ runs: [run('[à compléter]', { bold: true, highlight: 'yellow' })] }], shading: 'B4C6E7' },
            { paragraphs: [{ style: 'TableText', alignment: 'center', runs: [run('■', { color: '1F3864' })] }, { runs: [] }] },
            // More cells than the grid has columns: no width of its own.
            { paragraphs: [{ alignment: 'right', runs: [run(' espaces  ')] }] },
          ],
        },
      ],
    };
    const ctx = context(true);
    expect(await documentXml(oneTable(ctx, buildTable(true, spec)))).toBe(await documentXml(oneTable(ctx, buildTable(false, spec))));
  });

  it('leave a table with a docx paragraph in a cell (a list, an image) to docx, its list numbered', async () => {
    const ctx = context(true);
    const list = [new Paragraph({ bullet: { level: 0 }, children: [new TextRun('{point}')] })];
    const block = table(ctx, ['Points'], [[list], ['texte']], [100]);
    expect(block).toBeInstanceOf(Table);
    const xml = await documentXml(oneTable(ctx, block));
    expect(xml).toMatch(/<w:numId w:val="\d+"\/>/);
    expect(xml).toContain('{point}');
  });

  it('never reach a writer that cannot expand them', async () => {
    const ctx = context(true);
    const annexes = buildAnnexesDocument(ctx);
    await expect(Packer.toBuffer(annexes)).rejects.toThrow(/compileWithRawXml/);
    // pack() writes them, and again: each compile has its own blocks.
    expect(partDifferences('annexes', await pack(annexes), await pack(annexes))).toEqual([]);
    const rawTable = table(ctx, ['A'], [['a']], [100]);
    expect(() => makeDocument(ctx, 'Rapport', [section(ctx, 'R', [rawTable])], { tableOfContents: true })).toThrow(
      /table of contents/,
    );
    // A block formatted outside word/document.xml (a header, say) is refused, not dropped.
    expect(() => expandRawXml('<w:body><w:p/></w:body>', ['<w:tbl/>'])).toThrow(/not placed/);
    expect(() => expandRawXml('<atelier:raw n="1"/>', ['<w:tbl/>'])).toThrow(/No raw XML block 1/);
  });

  it('are not given to the Word template: a rapport and a deliberation filled from a raw context are unchanged', async () => {
    for (const [kind, blocks] of [
      ['rapport', ['{{corps}}']],
      ['deliberation', ['{{visas}}', '{{considerants}}', '{{articles}}']],
    ] as const) {
      const template = await wordTemplate(['{{objet}}', ...blocks]);
      const fill = async (rawTables: boolean) => (await fillTemplate(context(rawTables), kind, template)).bytes;
      expect(partDifferences(kind, await fill(true), await fill(false))).toEqual([]);
    }
  });
});

async function wordTemplate(lines: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
