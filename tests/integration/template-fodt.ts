import { crc32, deflateSync } from 'node:zlib';

/**
 * Word templates as an office makes them in LibreOffice: flat ODT (one XML file) written here, which the tests turn
 * into .docx with `soffice --convert-to docx`. Four kinds: plain paragraphs, a numbered list of the template's own,
 * a header with a picture and a footer with page fields, and the placeholders inside table cells.
 */

export type TemplateKind = 'plain' | 'list' | 'header' | 'table';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['plain', 'list', 'header', 'table'];

/** What the template's own parts say, so a test finds them in the filled document. */
export const OWN = {
  headerText: 'Hôtel du Département — Direction des relations internationales',
  footerText: 'Modèle maison du secrétariat',
  listItems: [
    'Pièce jointe A : le rapport',
    'Pièce jointe B : la convention',
    'Pièce jointe C : les annexes',
  ],
  banner: 'ENTÊTE DU MODÈLE',
} as const;

/** Body placeholders of the rapport (the whole body) and of the deliberation (its parts, as the issue's office did). */
export const BODY = {
  rapport: ['{{corps}}'],
  deliberation: ['{{visas}}', '{{considerants}}', 'DÉCIDE :', '{{articles}}'],
} as const;

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
].join(' ');

const p = (text: string, style = 'Standard') => `<text:p text:style-name="${style}">${escape(text)}</text:p>`;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function templateFodt(kind: TemplateKind, document: 'rapport' | 'deliberation'): string {
  const top = [
    p(OWN.banner, 'Banner'),
    p('{{collectivite}}', 'Heading_20_1'),
    p('{{assemblee}} — séance du {{date_seance}}'),
    p('Objet : {{objet}}'),
  ];
  const body = BODY[document].map((line) => p(line));
  const bottom = [p('Coût total du programme : {{cout_total}}.')];
  const list =
    kind === 'list'
      ? [
          p('Pièces du dossier :'),
          `<text:list text:style-name="OwnList">${OWN.listItems
            .map((item) => `<text:list-item>${p(item, 'ListPara')}</text:list-item>`)
            .join('')}</text:list>`,
        ]
      : [];
  const content =
    kind === 'table'
      ? [p(OWN.banner, 'Banner'), cellTable([...top.slice(1), ...body, ...bottom])]
      : [...top, ...list, ...body, ...bottom];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" fo:font-size="11pt"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-family="'Liberation Serif'" fo:font-size="11pt"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#7b2c2c"/></style:style>
 <style:style style:name="Banner" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Standard"/>
 <text:list-style style:name="OwnList">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="1cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">${kind === 'header' ? headerAndFooter() : ''}</style:master-page>
</office:master-styles>
<office:body><office:text>
${content.join('\n')}
</office:text></office:body>
</office:document>
`;
}

/** A two-column table: labels on the left, the placeholders (blocks included) in the right-hand cells. */
function cellTable(paragraphs: string[]): string {
  const rows = paragraphs
    .map(
      (cell, i) =>
        `<table:table-row><table:table-cell office:value-type="string">${p(`Rubrique ${i + 1}`)}</table:table-cell><table:table-cell office:value-type="string">${cell}</table:table-cell></table:table-row>`,
    )
    .join('');
  return `<table:table table:name="Trame"><table:table-column table:number-columns-repeated="2"/>${rows}</table:table>`;
}

function headerAndFooter(): string {
  const logo = png(60, 24).toString('base64');
  return `<style:header><text:p text:style-name="Standard"><draw:frame draw:name="Logo" text:anchor-type="as-char" svg:width="1.5cm" svg:height="0.6cm" draw:z-index="0"><draw:image><office:binary-data>${logo}</office:binary-data></draw:image></draw:frame> ${escape(OWN.headerText)}</text:p></style:header>
<style:footer><text:p text:style-name="Standard">${escape(OWN.footerText)} — page <text:page-number text:select-page="current">1</text:page-number> sur <text:page-count>1</text:page-count></text:p></style:footer>`;
}

/** A small one-colour PNG (the office's logo), built here so the test needs no fixture file. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.concat(
    Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x2a)])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
