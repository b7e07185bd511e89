import { Paragraph, type Document } from 'docx';
import { CATALOGUES, type Locale } from '../../src-shared/i18n/catalogues';
import { amountInDocument, dateInWords } from '../../src-shared/i18n/typography';
import { amendedClauses, type AmendmentDiff, type PartyState } from '../../src-shared/method/amendment';
import { authorityForms, form, joinList } from '../../src-shared/method/facts';
import { fill, lineText, orMissing, type Line } from '../../src-shared/method/pieces';
import type { Clause, ClauseKey, ProgrammeSnapshot } from '../../src-shared/model';
import { articleLines, conventionArticleNumbers, partyParagraph, signatureTable } from './convention';
import { heading, makeDocument, para, runs, section, table, type RenderContext, type TableBlock } from './kit';
import { ARTICLE_NUMBERING, STYLE } from './styles';

/** What an amendment is made of: the voted version it amends, its deliberation, its rank, and the differences. */
export interface AmendmentSource {
  voted: ProgrammeSnapshot;
  /** The deliberation that approved the voted version (its frozen record). */
  votedDeliberation: { number: string; date: string };
  /** Avenant n° … (1 for the first amendment of the convention). */
  number: number;
  diff: AmendmentDiff;
}

export const avenantPhrases = (locale: Locale) => CATALOGUES[locale].declarations.doc;

/** « les engagements financiers, la durée et les activités »: what the amendment changes, in prose. */
export function changedMatters(diff: AmendmentDiff, locale: Locale): string {
  const a = avenantPhrases(locale).avenant;
  const what: string[] = [];
  if (diff.total || diff.funders.length) what.push(a.whatAmounts);
  if (diff.period) what.push(a.whatPeriod);
  const x = diff.activities;
  if (x.added.length || x.removed.length || x.renamed.length) what.push(a.whatActivities);
  const p = diff.parties;
  if (p.added.length || p.removed.length || p.changed.length) what.push(a.whatParties);
  return joinList(what, locale);
}

/** The voted clause each amended article rewrites, with its number in the convention and the amended clause. */
export function amendedArticles(source: AmendmentSource, current: ProgrammeSnapshot): Array<{ n: number; before: Clause; after: Clause | undefined; key: ClauseKey }> {
  const numbers = conventionArticleNumbers(source.voted.clauses);
  return amendedClauses(source.diff).flatMap((key) => {
    const before = source.voted.clauses.find((c) => c.key === key);
    if (!before) return [];
    const after = current.clauses.find((c) => c.id === before.id) ?? current.clauses.find((c) => c.key === key);
    return [{ n: numbers.get(before.id)!, before, after, key }];
  });
}

const signed = (n: number, locale: Locale) => (n === 0 ? amountInDocument(0, locale) : `${n > 0 ? '+' : '−'} ${amountInDocument(Math.abs(n), locale)}`);

function partyText(p: PartyState, locale: Locale): Line {
  const a = avenantPhrases(locale).avenant;
  const names = authorityForms(p.name, locale);
  return fill(names.gender === 'feminine' ? a.partyFeminine : a.partyMasculine, {
    name: names.The,
    seat: orMissing(p.seat, 'seat', 'partnership.parties'),
    representedBy: orMissing(p.representedBy, 'representedBy', 'partnership.parties'),
  });
}

/**
 * Avenant à la convention de partenariat: the parties, the visas (the convention and the deliberation approving the
 * amendment), a preamble saying what changes, then one article per article of the convention it rewrites — with its
 * number in the convention, its former and its new wording, each rendered from its own version's facts — the new
 * financing plan against the old, the activities and parties changed, and the closing articles.
 */
export function buildAvenantDocument(ctx: RenderContext, votedCtx: RenderContext, source: AmendmentSource): Document {
  const a = avenantPhrases(ctx.locale).avenant;
  const c = ctx.p.convention;
  const s = ctx.snapshot;
  const facts = ctx.facts;
  const diff = source.diff;
  const body: Array<Paragraph | TableBlock> = [];
  const article = (title: Line | string) =>
    new Paragraph({ style: STYLE.article, numbering: { reference: ARTICLE_NUMBERING, level: 0 }, keepNext: true, children: runs(ctx, title) });
  const justified = (line: Line | string) => para(ctx, line, { alignment: 'justified' });
  const lead = s.parties.find((x) => x.role === 'lead');
  const partner = s.parties.find((x) => x.role === 'partner');

  const title = fill(a.title, { n: source.number });
  body.push(
    new Paragraph({ style: STYLE.title, children: runs(ctx, title) }),
    para(ctx, fill(c.between, { a: form(facts.lead, 'the'), b: form(facts.partner, 'the') }), { style: STYLE.subtitle }),
    para(ctx, fill(c.programme, { title: facts.title }), { style: STYLE.subtitle }),
    heading(ctx, 2, c.partiesTitle),
    partyParagraph(ctx, lead, c.shortLead),
    para(ctx, c.and, { bold: true }),
    partyParagraph(ctx, partner, c.shortPartner),
    heading(ctx, 2, c.visas),
    para(ctx, c.visaCgct, { style: STYLE.visa }),
    para(
      ctx,
      fill(a.visaConvention, {
        title: votedCtx.facts.title,
        number: orMissing(source.votedDeliberation.number, 'deliberationNumber', 'history.versions'),
        date: source.votedDeliberation.date ? dateInWords(source.votedDeliberation.date, ctx.locale) : { missing: 'sessionDate', focus: 'history.versions' },
      }),
      { style: STYLE.visa },
    ),
    para(
      ctx,
      fill(a.visaDeliberation, { number: facts.session.deliberationNumber, date: facts.session.date, ofAssembly: facts.session.assemblyForms.of }),
      { style: STYLE.visa },
    ),
    heading(ctx, 2, c.preamble),
    justified(fill(a.preamble, { title: facts.title, what: changedMatters(diff, ctx.locale) })),
    para(ctx, c.agreed, { bold: true }),
  );

  for (const x of amendedArticles(source, s)) {
    body.push(
      article(fill(a.modifiedTitle, { n: x.n, title: x.before.title.trim() })),
      justified(fill(a.modifiedIntro, { n: x.n })),
      para(ctx, a.formerWording, { bold: true, keepNext: true }),
      ...articleLines(votedCtx, x.before).map((line) => para(ctx, line, { style: STYLE.considerant })),
      para(ctx, a.newWording, { bold: true, keepNext: true }),
      ...(x.after ? articleLines(ctx, x.after) : [[{ missing: 'text' as const, focus: 'partnership.clauses' }]]).map((line) =>
        para(ctx, line, { style: STYLE.considerant }),
      ),
    );
  }
  // What the voted version's markers lack is as missing in the amendment, which prints it.
  ctx.markers.push(...votedCtx.markers);

  if (diff.total || diff.funders.length) {
    const money = (n: number) => amountInDocument(n, ctx.locale);
    const rows: Line[][] = diff.funders.map((f) => [[f.name], [money(f.before.total)], [money(f.after.total)], [signed(f.after.total - f.before.total, ctx.locale)]]);
    const before = votedCtx.facts.money.expenses;
    const after = facts.money.expenses;
    rows.push([[a.totalCost], [money(before)], [money(after)], [signed(after - before, ctx.locale)]]);
    body.push(
      article(a.financingTitle),
      justified(a.financingIntro),
      table(ctx, [a.funder, a.before, a.after, a.change], rows, [46, 18, 18, 18], { boldLastRow: true, numeric: [1, 2, 3] }),
      new Paragraph({ text: '' }),
    );
  }

  const acts = diff.activities;
  if (acts.added.length || acts.removed.length || acts.renamed.length) {
    body.push(
      article(a.activitiesTitle),
      ...acts.added.map((x) => justified(fill(a.activityAdded, { code: x.code, text: x.text }))),
      ...acts.removed.map((x) => justified(fill(a.activityRemoved, { code: x.code, text: x.text }))),
      ...acts.renamed.map((x) => justified(fill(a.activityRenamed, { code: x.code, text: x.text, before: x.before }))),
      justified(a.annexReplaced),
    );
  }

  const parties = diff.parties;
  if (parties.added.length || parties.removed.length || parties.changed.length) {
    body.push(
      article(a.partiesTitle),
      ...parties.changed.map((x) => justified(fill(a.partyChanged, { before: partyText(x.before, ctx.locale), after: partyText(x.after, ctx.locale) }))),
      ...parties.added.map((x) => justified(fill(a.partyAdded, { name: authorityForms(x.name, ctx.locale).The }))),
      ...parties.removed.map((x) => justified(fill(a.partyRemoved, { name: authorityForms(x.name, ctx.locale).The }))),
    );
  }

  body.push(article(a.unchangedTitle), justified(a.unchanged), article(a.entryTitle), justified(a.entry));
  body.push(para(ctx, fill(c.doneAt, { dots: ctx.p.dots, count: s.framing.partnerLanguage !== 'fr' ? 4 : 2 })));
  body.push(signatureTable(ctx, lead, partner));

  const documentTitle = lineText(title, ctx.locale);
  return makeDocument(ctx, documentTitle, [section(ctx, documentTitle, body)]);
}
