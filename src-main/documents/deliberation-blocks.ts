import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { buildDeliberation } from '../../src-shared/method/deliberation';
import { fill, type Line, type Piece } from '../../src-shared/method/pieces';
import type { SessionVote } from '../../src-shared/model/transmission';
import { para, runs, type RenderContext } from './kit';
import { STYLE, TABLE_STYLE } from './styles';

/**
 * The closing blocks every deliberation prints — the vote, the signature, the legal mentions — shared by the
 * programme's deliberation and the amendment's. The vote shows the results entered after the session (session
 * particulars), else dotted lines to fill in by hand.
 */
export function voteTable(ctx: RenderContext, vote: SessionVote = ctx.snapshot.session.vote): Table {
  const d = ctx.p.deliberation;
  const figure = (n: number | null) => (n === null ? ctx.p.dots : String(n));
  const voteRow = (label: string, n: number | null) =>
    new TableRow({
      children: [
        new TableCell({
          width: { size: 60, type: WidthType.PERCENTAGE },
          children: [new Paragraph({ style: STYLE.tableText, children: runs(ctx, label) })],
        }),
        new TableCell({
          width: { size: 40, type: WidthType.PERCENTAGE },
          children: [new Paragraph({ style: STYLE.tableText, children: [new TextRun(figure(n))] })],
        }),
      ],
    });
  return new Table({
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
      voteRow(d.voteFor, vote.for),
      voteRow(d.voteAgainst, vote.against),
      voteRow(d.voteAbstain, vote.abstain),
      voteRow(d.voteNotTaking, vote.notTaking),
    ],
  });
}

/** The opening lines every deliberation prints: the authority, its body, the session, the title and the number. */
export function deliberationHeading(ctx: RenderContext, text: ReturnType<typeof buildDeliberation>): Paragraph[] {
  return [
    para(ctx, [text.authority], { style: STYLE.subtitle, bold: true }),
    para(ctx, text.assembly, { style: STYLE.subtitle }),
    para(ctx, text.session, { style: STYLE.centered }),
    new Paragraph({ style: STYLE.title, children: runs(ctx, ctx.p.deliberation.title) }),
    para(ctx, text.number, { style: STYLE.centered, bold: true }),
  ];
}

/** « Adopté le … », the place and date, the president's title and name. */
export function signatureBlock(ctx: RenderContext, presidentTitle: string, president: Piece | Line): Paragraph[] {
  const d = ctx.p.deliberation;
  return [
    para(ctx, fill(d.adopted, { date: ctx.facts.session.date }), { keepNext: true }),
    para(ctx, d.signature, { alignment: 'right', keepNext: true }),
    para(ctx, `${presidentTitle},`, { alignment: 'right', keepNext: true }),
    new Paragraph({ text: '' }),
    para(ctx, Array.isArray(president) ? president : [president], { alignment: 'right', bold: true }),
  ];
}

/**
 * A local authority's act: enforceability, the prefecture's acknowledgement and the appeal mention (R421-1 and
 * R421-5 CJA), after a blank line. An association's decision is a private-law act: none of them (no appeal court).
 */
export function legalMentions(ctx: RenderContext): Paragraph[] {
  const d = ctx.p.deliberation;
  const dots = ctx.p.dots;
  const court = ctx.facts.appealCourt;
  if (!court) return [];
  return [
    new Paragraph({ text: '' }),
    para(ctx, fill(d.enforceable, { dots, byPresident: ctx.facts.president.title.by }), { style: STYLE.small }),
    para(ctx, d.prefecture, { style: STYLE.heading3 }),
    para(ctx, fill(d.prefectureNumber, { dots }), { style: STYLE.small }),
    para(ctx, fill(d.prefectureDates, { dots }), { style: STYLE.small }),
    new Paragraph({ text: '' }),
    para(ctx, fill(d.appeal, { court }), { style: STYLE.small }),
  ];
}

/** The quorum line where the author's body states one (an association's board), before the vote. */
export function quorumLine(ctx: RenderContext): Paragraph[] {
  const d = ctx.p.deliberation;
  return d.quorum ? [para(ctx, fill(d.quorum, { dots: ctx.p.dots, body: ctx.facts.session.assemblyForms.the }))] : [];
}

/** Everything after the articles, in the order both deliberations print it: quorum, vote, signature, legal mentions. */
export function deliberationClosing(ctx: RenderContext, text: ReturnType<typeof buildDeliberation>): Array<Paragraph | Table> {
  return [
    new Paragraph({ text: '' }),
    ...quorumLine(ctx),
    voteTable(ctx),
    new Paragraph({ text: '' }),
    ...signatureBlock(ctx, text.presidentTitle, text.president),
    ...legalMentions(ctx),
  ];
}
