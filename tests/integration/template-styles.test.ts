import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderContext } from '../../src-main/documents/kit';
import { fillTemplate } from '../../src-main/documents/template';
import { packageProblems } from '../../src-main/documents/template-package';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';

/**
 * A template as French Word writes one: its headings under Word's French ids (Titre1, named "heading 1"), a "Visa"
 * style of its own under another id, and a bordered table style its own table uses. The generated blocks take the
 * template's styles (its look), and only what it lacks is added, without our font.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000091"';
const TEMPLATE_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Marianne" w:hAnsi="Marianne"/><w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Marianne" w:hAnsi="Marianne"/><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="000091"/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="VisaMaison"><w:name w:val="Visa"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableauNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr></w:style><w:style w:type="table" w:styleId="GrilleMaison"><w:name w:val="Grille maison"/><w:basedOn w:val="TableauNormal"/><w:tblPr><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders></w:tblPr></w:style></w:styles>`;

async function wordTemplate(body: string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({
            style: 'GrilleMaison',
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Cachet du service')] })] }),
            ],
          }),
          ...['{{objet}}', ...body].map((line) => new Paragraph({ children: [new TextRun(line)] })),
        ],
      },
    ],
  });
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  parts['word/styles.xml'] = strToU8(TEMPLATE_STYLES);
  return zipSync(parts);
}

const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
const settings = AuthoritySettings.parse(demoSettings());
const filled: Record<'rapport' | 'deliberation', { document: string; styles: string; bytes: Uint8Array }> =
  {} as never;

beforeAll(async () => {
  for (const kind of ['rapport', 'deliberation'] as const) {
    const template = await wordTemplate(
      kind === 'rapport' ? ['{{corps}}'] : ['{{visas}}', '{{considerants}}', '{{articles}}'],
    );
    const { bytes } = await fillTemplate(renderContext(snapshot, settings, 'fr', false), kind, template);
    const parts = unzipSync(bytes);
    filled[kind] = {
      bytes,
      document: strFromU8(parts['word/document.xml']!),
      styles: strFromU8(parts['word/styles.xml']!),
    };
  }
});

const styleIds = (xml: string) => [...xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((m) => m[1]);
const uses = (xml: string, id: string) => xml.split(`w:val="${id}"`).length - 1;

describe("the generated blocks in the template's look", () => {
  it("put the rapport's headings in the template's own heading style, and list them in the contents", () => {
    const { document, styles } = filled.rapport;
    expect(uses(document, 'Titre1')).toBeGreaterThanOrEqual(11);
    expect(document).not.toContain('w:val="Heading1"');
    expect(styleIds(styles)).not.toContain('Heading1');
    const contents = /<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<\/w:sdt>/.exec(document)![0];
    expect(contents).toContain('Contexte et historique du partenariat');
    expect(contents).toContain('Proposition');
  });

  it("draw the generated tables in the template's own table style", () => {
    const { document, styles } = filled.rapport;
    // The template's table, and at least the financing table of the rapport.
    expect(uses(document, 'GrilleMaison')).toBeGreaterThanOrEqual(2);
    expect(document).not.toContain('AtelierTable');
    expect(styleIds(styles)).not.toContain('AtelierTable');
  });

  it("use the template's style of the same name (its Visa), and add the others without our font", () => {
    const { document, styles } = filled.deliberation;
    expect(uses(document, 'VisaMaison')).toBeGreaterThanOrEqual(3);
    expect(styleIds(styles)).not.toContain('Visa');
    const article = /<w:style\b[^>]*w:styleId="ArticleTitle"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(article).toContain('<w:b/>');
    expect(article).not.toContain('Arial');
    expect(article).not.toContain('<w:color');
    // The template's own styles are as it wrote them.
    for (const own of TEMPLATE_STYLES.match(/<w:style\b[\s\S]*?<\/w:style>/g)!) expect(styles).toContain(own);
  });

  it('leave both packages consistent', () => {
    expect(packageProblems(filled.rapport.bytes)).toEqual([]);
    expect(packageProblems(filled.deliberation.bytes)).toEqual([]);
  });
});
