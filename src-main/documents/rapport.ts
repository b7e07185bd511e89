import type { Document, Paragraph, Table, TableOfContents } from 'docx';
import {
  afterColon,
  amountInDocument,
  dateInWords,
  insertedText,
  percentInDocument,
} from '../../src-shared/i18n/typography';
import { formatNumber } from '../../src-shared/i18n/format';
import { plural } from '../../src-shared/i18n/plural';
import { buildObject, creditsPhrase, fill, joinList, orMissing, type Line } from '../../src-shared/method/deliberation';
import { form } from '../../src-shared/method/facts';
import { indicatorCodes, logframeCodes } from '../../src-shared/method/numbering';
import { sdgTargetLabel } from './sdg-label';
import { logframeInOrder } from './annexes';
import { financingTableSpec } from './budget-tables';
import {
  bulletSpec as bullet,
  headingSpec as heading,
  makeDocument,
  paragraphSpec as para,
  richTextSpecs as richText,
  runSpecs as runs,
  section,
  STYLES_KIND,
  TEXT_WIDTH,
  textBlockSpecs as textBlock,
  withDocxWay,
  type RenderContext,
} from './kit';
import { numberedAsItsKind } from './packer';
import { isWritableRaw, rawBody } from './raw-xml/body';
import { docxBlock } from './raw-xml/docx-blocks';
import type { BlockSpec, ParagraphSpec } from './raw-xml/spec';
import { STYLE } from './styles';

/**
 * Rapport du Président, du Maire, or an association's note to its board (DOMAIN.md §4): context, diagnosis, objectives,
 * activities, governance, budget, SDGs, reciprocity, M&E, financial impact, proposal. Written as WordprocessingML from
 * its description, its table of contents laid out by our page layout (raw-xml/body.ts); as docx objects when asked
 * (`rawTables: false`, which the tests compare it with), when it holds a numbered list, or when our layout refuses it.
 */
export function buildRapportDocument(ctx: RenderContext): Document {
  const { title, header, body } = rapportSpecs(ctx);
  const blocks = [...header, ...body];
  const docxWay = () =>
    makeDocument(ctx, title, [section(ctx, title, blocks.map(docxBlock))], { tableOfContents: true });
  if (!ctx.rawTables || !isWritableRaw(blocks)) return docxWay();
  const raw = rawBody(blocks, { stylesKind: STYLES_KIND, textWidth: TEXT_WIDTH.portrait });
  // A raw body holds no numbered list (isWritableRaw), nor do the header and footer: its numbering is its kind's.
  return withDocxWay(
    numberedAsItsKind(makeDocument(ctx, title, [section(ctx, title, [raw.block])], { pageNumbers: raw.pageNumbers })),
    docxWay,
  );
}

/** Title block (with the table of contents) and body as docx objects; a template takes the body alone. */
export function rapportParts(ctx: RenderContext): {
  title: string;
  header: Array<Paragraph | Table | TableOfContents>;
  body: Array<Paragraph | Table | TableOfContents>;
} {
  const { title, header, body } = rapportSpecs(ctx);
  return { title, header: header.map(docxBlock), body: body.map(docxBlock) };
}

/** The rapport described: its title block (with the table of contents) and its body. */
function rapportSpecs(ctx: RenderContext): { title: string; header: BlockSpec[]; body: BlockSpec[] } {
  const r = ctx.p.rapport;
  const s = ctx.snapshot;
  const facts = ctx.facts;
  const x = facts.session;
  const m = facts.money.lead;
  const colon = (text: string) => afterColon(text, ctx.locale);
  const partner = form(facts.partner, 'the');
  const codes = logframeCodes(s.logframe);
  const title = fill(r.title, { ofPresident: facts.president.title.of, assemblyTo: x.assemblyForms.to });
  const titleText = title.join('');
  const body: BlockSpec[] = [];
  const header: BlockSpec[] = [
    para(ctx, [form(facts.authority, 'name')], { style: STYLE.subtitle, bold: true }),
    { style: STYLE.title, runs: runs(ctx, title) },
    ...(r.subtitle ? [para(ctx, r.subtitle, { style: STYLE.centered })] : []),
    para(ctx, fill(r.number, { number: x.reportNumber }), { style: STYLE.centered }),
    para(ctx, fill(r.session, { date: x.date }), { style: STYLE.centered }),
    { runs: [...runs(ctx, r.object, { bold: true }), ...runs(ctx, buildObject(facts))] },
    para(ctx, ctx.p.tocTitle, { style: STYLE.heading3 }),
    { toc: ctx.p.tocTitle },
  ];
  body.push(
    para(ctx, r.salutation, { pageBreakBefore: true }),
    para(ctx, fill(r.intro, { title: facts.title, partner, country: facts.country }), {
      alignment: 'justified',
    }),
  );

  // 1. Context and history
  body.push(heading(ctx, 1, r.context));
  if (s.framing.partnershipSince)
    body.push(para(ctx, fill(r.partnershipSince, { partner, since: s.framing.partnershipSince })));
  body.push(...textBlock(ctx, s.framing.history, { missing: 'history', focus: 'framing.history' }));
  if (s.framing.earlierConventions.trim())
    body.push(
      para(ctx, fill(r.earlierConventions, { text: colon(s.framing.earlierConventions) }), {
        alignment: 'justified',
      }),
    );

  // 2. Shared diagnosis
  body.push(heading(ctx, 1, r.diagnosis));
  for (const territory of s.territories) {
    const sections = Object.values(territory.sections).flat();
    if (!territory.name.trim() && !sections.length) continue;
    body.push(
      heading(ctx, 2, fill(r.territory, { name: territory.name.trim() || ctx.p.side[territory.side] })),
    );
    body.push(...(sections.length ? richText(ctx, sections) : [para(ctx, ctx.p.notProvided)]));
  }
  const core = s.problems.find((p) => p.kind === 'core');
  if (core?.text.trim())
    body.push(para(ctx, fill(r.coreProblem, { text: colon(core.text) }), { alignment: 'justified' }));
  if (s.workshops.length) {
    const people = s.workshops.reduce((n, w) => n + w.participants.reduce((k, p) => k + p.count, 0), 0);
    const count = s.workshops.length;
    const sentence = fill(plural(count, ctx.locale, r.workshops_one, r.workshops_other), { count: formatNumber(count, ctx.locale) });
    if (people > 0)
      sentence.push(' ', ...fill(plural(people, ctx.locale, r.participants_one, r.participants_other), { count: formatNumber(people, ctx.locale) }));
    body.push(para(ctx, sentence));
  }

  // 3. Objectives and results
  body.push(heading(ctx, 1, r.objectives));
  body.push(
    para(ctx, fill(r.goal, { text: typeof facts.goal === 'string' ? colon(facts.goal) : facts.goal }), {
      alignment: 'justified',
    }),
  );
  for (const row of logframeInOrder(s.logframe).filter((y) => y.level === 'specific' || y.level === 'result')) {
    const line: Line = [`${codes.get(row.id) ?? ''} — `, orMissing(row.text, 'text', `logframe.${row.id}.text`)];
    body.push(row.level === 'specific' ? para(ctx, line, { bold: true }) : bullet(ctx, line));
  }

  // 4. Activities and timetable
  body.push(heading(ctx, 1, r.activities));
  const activities = logframeInOrder(s.logframe).filter((y) => y.level === 'activity');
  if (!activities.length) body.push(para(ctx, ctx.p.none));
  for (const a of activities) {
    const period =
      a.startDate && a.endDate
        ? fill(ctx.p.periodFromTo, {
            start: dateInWords(a.startDate, ctx.locale),
            end: dateInWords(a.endDate, ctx.locale),
          })
        : [ctx.p.dots];
    body.push(
      bullet(
        ctx,
        fill(r.activityLine, {
          code: codes.get(a.id) ?? '',
          text: orMissing(insertedText(a.text, ctx.locale), 'text', `logframe.${a.id}.text`),
          period,
        }),
      ),
    );
  }

  // 5. Governance
  const g = s.governance;
  body.push(heading(ctx, 1, r.governance));
  const steering: Line = fill(r.steering, {
    text: g.steeringComposition.trim() ? colon(g.steeringComposition) : { missing: 'steeringComposition', focus: 'governance.steeringComposition' },
  });
  if (g.steeringFrequency.trim()) steering.push(' ', ...fill(r.frequency, { frequency: colon(g.steeringFrequency) }));
  body.push(para(ctx, steering, { alignment: 'justified' }));
  if (g.technicalCommittee.trim())
    body.push(para(ctx, fill(r.technical, { text: colon(g.technicalCommittee) }), { alignment: 'justified' }));
  if (g.focalPoints.trim())
    body.push(para(ctx, fill(r.focalPoints, { text: colon(g.focalPoints) }), { alignment: 'justified' }));

  // 6. Budget
  body.push(heading(ctx, 1, r.budget));
  body.push(para(ctx, fill(r.budgetIntro, { total: facts.amounts.total })));
  body.push(financingTableSpec(ctx));

  // 7. SDGs
  body.push(heading(ctx, 1, r.sdg));
  if (facts.sdgTargets.length) {
    body.push(para(ctx, r.sdgIntro));
    for (const target of facts.sdgTargets) body.push(bullet(ctx, sdgTargetLabel(target, ctx.locale)));
  } else body.push(para(ctx, ctx.p.notProvided));

  // 8. Reciprocity
  body.push(heading(ctx, 1, r.reciprocity));
  const officer = (text: string, what: 'sharedChallenge' | 'reciprocityEffects', focus: string) =>
    text.trim() ? colon(text) : ({ missing: what, focus } as const);
  body.push(
    para(ctx, fill(r.sharedChallenge, { text: officer(s.framing.sharedChallenge, 'sharedChallenge', 'framing.sharedChallenge') }), {
      alignment: 'justified',
    }),
  );
  body.push(
    para(ctx, fill(r.effects, { text: officer(s.framing.reciprocityEffects, 'reciprocityEffects', 'framing.reciprocityEffects') }), {
      alignment: 'justified',
    }),
  );
  const iCodes = indicatorCodes(s.logframe, s.indicators);
  const alsoHere = s.indicators
    .filter((i) => i.alsoMeasuredInFrance)
    .map((i) => iCodes.get(i.id) ?? '')
    .filter(Boolean);
  if (alsoHere.length) body.push(para(ctx, fill(r.alsoMeasured, { list: joinList(alsoHere, ctx.locale) })));

  // 9. Monitoring and evaluation
  body.push(heading(ctx, 1, r.monitoring));
  const indicatorCount = s.indicators.length;
  body.push(
    para(
      ctx,
      indicatorCount === 0
        ? r.monitoringNone
        : fill(plural(indicatorCount, ctx.locale, r.monitoringIntro_one, r.monitoringIntro_other), {
            count: formatNumber(indicatorCount, ctx.locale),
          }),
    ),
  );

  // 10. Financial impact: the cash on its imputation, the in-kind valorisation apart (it is no credit).
  body.push(heading(ctx, 1, r.financialImpact));
  const money = (n: number) => amountInDocument(n, ctx.locale);
  const impact: Line = fill(r.financialImpactTotal, {
    amount: facts.amounts.leadTotal,
    share: facts.money.revenue > 0 ? percentInDocument(m.share, ctx.locale) : '—',
  });
  if (m.cash > 0)
    impact.push(
      ' ',
      ...fill(r.financialImpactCash, { cash: money(m.cash), chapter: x.chapter, article: x.article, programme: x.programme }),
    );
  if (x.multiYear) impact.push(' ', ...fill(r.financialImpactCredits, { credits: creditsPhrase(x.paymentCredits, ctx.locale) }));
  if (m.inKind > 0) impact.push(' ', ...fill(r.financialImpactInKind, { inKind: money(m.inKind) }));
  body.push(para(ctx, impact, { alignment: 'justified' }));

  // Proposal
  body.push(heading(ctx, 1, r.proposal));
  body.push(para(ctx, r.proposalIntro));
  body.push(bullet(ctx, fill(r.proposalProgramme, { title: facts.title })));
  body.push(bullet(ctx, fill(r.proposalConvention, { partner })));
  if (m.cash > 0 || m.total === 0)
    body.push(bullet(ctx, fill(r.proposalAmount, { amount: m.cash > 0 ? money(m.cash) : facts.amounts.leadTotal })));
  if (m.inKind > 0) body.push(bullet(ctx, fill(r.proposalInKind, { inKind: money(m.inKind) })));
  if (facts.money.coFunders.length) body.push(bullet(ctx, r.proposalCoFinancing));
  body.push(para(ctx, r.closing));
  body.push({ runs: [] });
  body.push(para(ctx, `${facts.president.title.The},`, { alignment: 'right' }));
  const signature: ParagraphSpec = {
    alignment: 'right',
    runs: [{ text: '' }, ...runs(ctx, [facts.president.name], { bold: true })],
  };
  body.push(signature);

  return { title: titleText, header, body };
}
