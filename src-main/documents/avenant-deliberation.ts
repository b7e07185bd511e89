import { Paragraph, TextRun, type Document, type Table } from 'docx';
import { amountInDocument, dateInWords } from '../../src-shared/i18n/typography';
import { buildDeliberation } from '../../src-shared/method/deliberation';
import { authorityForms, form, joinList } from '../../src-shared/method/facts';
import { fill, orMissing, type Line } from '../../src-shared/method/pieces';
import { amendedArticles, avenantPhrases, changedMatters, type AmendmentSource } from './avenant';
import { deliberationClosing, deliberationHeading } from './deliberation-blocks';
import { makeDocument, para, runs, section, type RenderContext } from './kit';
import { ARTICLE_NUMBERING, STYLE } from './styles';

/**
 * The draft deliberation approving an amendment: the deliberation's own header, visas and closing blocks (the same
 * text engine and the same blocks as the programme's deliberation), with the voted deliberation among the visas,
 * considérants that state what changes (amounts old and new, period), and articles approving the amendment,
 * authorising its signature and, when the Département's money changes, committing the new amount.
 */
export function buildAvenantDeliberationDocument(ctx: RenderContext, votedCtx: RenderContext, source: AmendmentSource): Document {
  const d = ctx.p.deliberation;
  const x = avenantPhrases(ctx.locale).avenantDeliberation;
  const facts = ctx.facts;
  const diff = source.diff;
  const text = buildDeliberation(ctx.snapshot, ctx.settings, ctx.locale, facts);
  const money = (n: number) => amountInDocument(n, ctx.locale);
  const partner = form(facts.partner, 'the');

  const object = fill(x.object, { n: source.number, partner, country: facts.country, title: facts.title });
  const header = [
    ...deliberationHeading(ctx, text),
    new Paragraph({ children: [new TextRun({ text: d.object.replace(/ :/, '\u202f:'), bold: true }), ...runs(ctx, object)] }),
    para(ctx, text.rapporteur),
  ];

  // The programme's visas, with the deliberation that approved the voted version after the legal bases.
  const visas = [...text.visas];
  visas.splice(facts.delegation ? 3 : 1, 0, fill(x.visaFirst, {
    number: orMissing(source.votedDeliberation.number, 'deliberationNumber', 'history.versions'),
    date: source.votedDeliberation.date ? dateInWords(source.votedDeliberation.date, ctx.locale) : { missing: 'sessionDate', focus: 'history.versions' },
    title: votedCtx.facts.title,
    partner: form(votedCtx.facts.partner, 'the'),
  }));

  const considerants: Line[] = [fill(x.considerantChanges, { what: changedMatters(diff, ctx.locale) })];
  if (diff.total) considerants.push(fill(x.considerantTotal, { before: money(diff.total.before), after: money(diff.total.after) }));
  for (const f of diff.funders)
    considerants.push(fill(x.considerantFunder, { of: authorityForms(f.name || '…', ctx.locale).of, before: money(f.before.total), after: money(f.after.total) }));
  if (diff.period) considerants.push(fill(x.considerantPeriod, { period: facts.period }));
  considerants.push([x.considerantAvenant]);

  const numbers = amendedArticles(source, ctx.snapshot).map((a) => String(a.n));
  const changedParties = diff.parties.added.length + diff.parties.removed.length + diff.parties.changed.length > 0;
  const targets = [
    ...(numbers.length === 1 ? [x.articleOne.replace('{{n}}', numbers[0]!)] : numbers.length ? [x.articlesMany.replace('{{list}}', joinList(numbers, ctx.locale))] : []),
    ...(changedParties || !numbers.length ? [x.parties] : []),
  ];
  const articles: Line[] = [
    fill(x.approve, { n: source.number, partner, articles: joinList(targets, ctx.locale) }),
    fill(x.sign, { president: facts.president.title.the }),
  ];
  const before = votedCtx.facts.money.lead;
  const after = facts.money.lead;
  if (before.cash !== after.cash)
    articles.push(
      fill(x.commitChange, { before: money(before.cash), after: money(after.cash), chapter: facts.session.chapter, article: facts.session.article, programme: facts.session.programme }),
    );
  if (before.inKind !== after.inKind) articles.push(fill(x.commitInKindChange, { before: money(before.inKind), after: money(after.inKind) }));

  const body: Array<Paragraph | Table> = [
    para(ctx, text.intro, { bold: true }),
    ...visas.map((line) => para(ctx, line, { style: STYLE.visa })),
    ...considerants.map((line) => para(ctx, line, { style: STYLE.considerant })),
    para(ctx, text.deliberated),
    new Paragraph({ style: STYLE.decision, children: runs(ctx, text.decides) }),
    ...articles.flatMap((line) => [
      new Paragraph({ style: STYLE.article, numbering: { reference: ARTICLE_NUMBERING, level: 0 }, children: [] }),
      para(ctx, line, { alignment: 'justified' }),
    ]),
    ...deliberationClosing(ctx, text),
  ];
  return makeDocument(ctx, d.title, [section(ctx, d.title, [...header, ...body])]);
}
