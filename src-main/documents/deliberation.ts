import { Paragraph, TextRun, type Table, type Document } from 'docx';
import { buildDeliberation } from '../../src-shared/method/deliberation';
import { deliberationClosing, deliberationHeading } from './deliberation-blocks';
import { makeDocument, para, runs, section, type RenderContext } from './kit';
import { ARTICLE_NUMBERING, STYLE } from './styles';

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

  const header = [
    ...deliberationHeading(ctx, text),
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

  return {
    header,
    body: [
      para(ctx, text.intro, { bold: true }),
      ...visas,
      ...considerants,
      para(ctx, text.deliberated),
      new Paragraph({ style: STYLE.decision, children: runs(ctx, text.decides) }),
      ...articles,
      ...deliberationClosing(ctx, text),
    ],
  };
}
