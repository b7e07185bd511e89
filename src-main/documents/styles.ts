import { AlignmentType, LevelFormat, LevelSuffix, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

/**
 * Real Word styles, so a secretariat restyles the whole document from the Styles pane:
 * Title, Heading 1–3 (with outline levels, for the table of contents), article titles (numbered "Article 1"),
 * visas and considérants, a missing-value marker, and one table style.
 */

export const FONT = 'Arial';
export const TABLE_STYLE = 'AtelierTable';

export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  article: 'ArticleTitle',
  visa: 'Visa',
  considerant: 'Considerant',
  decision: 'Decision',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  small: 'SmallPrint',
  centered: 'Centered',
} as const;

// Table style written as WordprocessingML: header row shaded and bold, thin grey borders.
const TABLE_STYLE_XML = `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Atelier Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE3EC"/></w:tcPr></w:tblStylePr></w:style>`;

export function documentStyles(): IStylesOptions {
  const heading = (size: number, outlineLevel: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: '1F3864' },
    paragraph: { spacing: { before, after: 120 }, outlineLevel, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
      title: {
        run: { font: FONT, size: 36, bold: true, color: '1F3864' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
      },
      heading1: heading(28, 0, 360),
      heading2: heading(24, 1, 240),
      heading3: heading(22, 2, 200),
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 24, color: '404040' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
      },
      {
        id: STYLE.article,
        name: 'Article Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 22, bold: true, color: '1F3864' },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 1 },
      },
      {
        id: STYLE.visa,
        name: 'Visa',
        basedOn: 'Normal',
        next: STYLE.visa,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 80 } },
      },
      {
        id: STYLE.considerant,
        name: 'Considerant',
        basedOn: 'Normal',
        next: STYLE.considerant,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 80 } },
      },
      {
        id: STYLE.decision,
        name: 'Decision',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 26, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, keepNext: true },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 17 },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableHeader,
        name: 'Table Header',
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { size: 17, bold: true },
      },
      {
        id: STYLE.small,
        name: 'Small Print',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 17, color: '404040' },
        paragraph: { alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: STYLE.centered,
        name: 'Centered',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.CENTER },
      },
    ],
  };
}

/**
 * Given as docx's `externalStyles` (a styles part holding the table style): docx then adds its default
 * Title and Heading styles to it, which `importedStyles` would have dropped.
 */
export const EXTERNAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${TABLE_STYLE_XML}</w:styles>`;

export const ARTICLE_NUMBERING = 'articles';

export function documentNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: ARTICLE_NUMBERING,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: 'Article %1',
            alignment: AlignmentType.LEFT,
            suffix: LevelSuffix.SPACE,
            style: { paragraph: { indent: { left: 0, hanging: 0 } } },
          },
        ],
      },
      {
        reference: 'list-numbered',
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 500, hanging: 300 } } },
          },
        ],
      },
    ],
  };
}
