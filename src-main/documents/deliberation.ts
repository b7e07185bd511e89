import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type Document } from 'docx';
import { buildDeliberation, fill } from '../../src-shared/method/deliberation';
import { makeDocument, para, runs, section, type RenderContext } from './kit';
import { ARTICLE_NUMBERING, STYLE, TABLE_STYLE } from './styles';

/**
 * Projet de délibération (DOMAIN.md §4): header, visas, considérants, DÉCIDE, articles, vote, signature, legal
 * mentions; for an association, the extract of its board's minutes (quorum line, vote, certification, no appeal).
 */
export function buildDeliberationDocument(ctx: RenderContext): Document {
  const { header, body } = deliberationParts(ctx);
  const title = ctx.p.deliberation.title;
  return makeDocument(ctx, title, [section(ctx, title, [...header, ...body])]);
}

/** The heading block and the body (from "Le Conseil…" to the appeal mention); a template takes the body alone. */
export function deliberationParts(ctx: RenderContext): {
  header: Paragraph[];
  body: Array<Paragraph | Table>;
} {
  const d = ctx.p.deliberation;
  const text = buildDeliberation(ctx.snapshot, ctx.settings, ctx.locale, ctx.facts);
  const dots = ctx.p.dots;

  const header = [
    para(ctx, [text.authority], { style: STYLE.subtitle, bold: true }),
    para(ctx, text.assembly, { style: STYLE.subtitle }),
    para(ctx, text.session, { style: STYLE.centered }),
    new Paragraph({ style: STYLE.title, children: runs(ctx, d.title) }),
    para(ctx, text.number, { style: STYLE.centered, bold: true }),
    new Paragraph({
      children: [
        new TextRun({ text: d.object.replace(/ :/, '\u202f:'), bold: true }),
        ...runs(ctx, text.object),
      ],
    }),
    para(ctx, text.rapporteur),
  ];

  const visas = text.visas.map((line) => para(ctx, line, { style: STYLE.visa }));
  const considerants = text.considerants.map((line) => para(ctx, line, { style: STYLE.considerant }));
  const articles = text.articles.flatMap((line) => [
    new Paragraph({
      style: STYLE.article,
      numbering: { reference: ARTICLE_NUMBERING, level: 0 },
      children: [],
    }),
    para(ctx, line, { alignment: 'justified' }),
  ]);

  const voteRow = (label: string) =>
    new TableRow({
      children: [
        new TableCell({
          width: { size: 60, type: WidthType.PERCENTAGE },
          children: [new Paragraph({ style: STYLE.tableText, children: runs(ctx, label) })],
        }),
        new TableCell({
          width: { size: 40, type: WidthType.PERCENTAGE },
          children: [new Paragraph({ style: STYLE.tableText, children: [new TextRun(dots)] })],
        }),
      ],
    });
  const vote = new Table({
    style: TABLE_STYLE,
    width: { size: 60, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          new TableCell({
            columnSpan: 2,
            children: [new Paragraph({ style: STYLE.tableHeader, children: runs(ctx, d.vote) })],
          }),
        ],
      }),
      voteRow(d.voteFor),
      voteRow(d.voteAgainst),
      voteRow(d.voteAbstain),
      voteRow(d.voteNotTaking),
    ],
  });

  const signature = [
    para(ctx, fill(d.adopted, { date: ctx.facts.session.date }), { keepNext: true }),
    para(ctx, d.signature, { alignment: 'right', keepNext: true }),
    para(ctx, `${text.presidentTitle},`, { alignment: 'right', keepNext: true }),
    new Paragraph({ text: '' }),
    para(ctx, [text.president], { alignment: 'right', bold: true }),
  ];

  // A local authority's act: enforceability, the prefecture's acknowledgement and the appeal mention. An
  // association's decision is a private-law act: none of them.
  const court = ctx.facts.appealCourt;
  const legal = court
    ? [
        new Paragraph({ text: '' }),
        para(ctx, fill(d.enforceable, { dots, byPresident: ctx.facts.president.title.by }), { style: STYLE.small }),
        para(ctx, d.prefecture, { style: STYLE.heading3 }),
        para(ctx, fill(d.prefectureNumber, { dots }), { style: STYLE.small }),
        para(ctx, fill(d.prefectureDates, { dots }), { style: STYLE.small }),
        new Paragraph({ text: '' }),
        para(ctx, fill(d.appeal, { court }), { style: STYLE.small }),
      ]
    : [];
  const quorum = d.quorum ? [para(ctx, fill(d.quorum, { dots, body: ctx.facts.session.assemblyForms.the }))] : [];

  return {
    header,
    body: [
      para(ctx, text.intro, { bold: true }),
      ...visas,
      ...considerants,
      para(ctx, text.deliberated),
      new Paragraph({ style: STYLE.decision, children: runs(ctx, text.decides) }),
      ...articles,
      new Paragraph({ text: '' }),
      ...quorum,
      vote,
      new Paragraph({ text: '' }),
      ...signature,
      ...legal,
    ],
  };
}
