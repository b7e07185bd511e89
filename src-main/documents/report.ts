import { AlignmentType, ImageRun, LineRuleType, Paragraph, type Document } from 'docx';
import { report as enReport } from '../../src-shared/i18n/en/report';
import { report as frReport } from '../../src-shared/i18n/fr/report';
import { amountInDocument, dateInTable, numberInDocument, percentInDocument } from '../../src-shared/i18n/typography';
import { executionFacts, executionYears, indicatorProgress, type Executed } from '../../src-shared/method/execution';
import { form } from '../../src-shared/method/facts';
import { indicatorCodes, logframeCodes } from '../../src-shared/method/numbering';
import { fill, type Missing } from '../../src-shared/method/pieces';
import type { ReadinessItem } from '../../src-shared/method/readiness';
import { documentValueItems } from '../../src-shared/method/readiness-rules/documents';
import type { AuthoritySettings, ExecutionReport, ProgrammeSnapshot } from '../../src-shared/model';
import type { Locale } from '../../src-shared/i18n/catalogues';
import { bullet, heading, makeDocument, pack, para, renderContext, section, table, textBlock, type RenderContext, type TableBlock } from './kit';
import { barPairsSvg, rasterise, type BarPair } from './report-charts';
import { STYLE } from './styles';

/**
 * The technical and financial report after the vote (issue 14): for one year, to the council and the co-financers;
 * or the final report over the whole programme. Every figure comes from src-shared/method/execution.ts; the
 * officer's texts from the year's report entry and, for the final report, the execution section.
 */

export interface ReportOptions {
  year: number;
  final: boolean;
}

type Phrases = typeof frReport;
const phrases = (locale: Locale): Phrases => (locale === 'en' ? enReport : frReport);

export function buildReportDocument(ctx: RenderContext, options: ReportOptions): Document {
  const r = phrases(ctx.locale);
  const s = ctx.snapshot;
  const year = options.final ? null : options.year;
  const title = options.final ? r.finalTitle : fill(r.title, { year: String(options.year) }).join('');
  const facts = executionFacts(s, year);
  const money = (n: number) => amountInDocument(n, ctx.locale);
  const rate = (x: number | null) => (x === null ? '—' : percentInDocument(x, ctx.locale));
  const yearReport = s.executionReports.find((e) => e.year === options.year);
  const written = (field: keyof Pick<ExecutionReport, 'activitiesDone' | 'difficulties' | 'nextYearPlan' | 'adjustments'>, what: Missing['missing'] | null) =>
    textBlock(ctx, yearReport?.[field] ?? '', what ? { missing: what, focus: yearReport ? `executionReport.${yearReport.id}.${field}` : `execution.report.${options.year}` } : 'optional');
  const body: Array<Paragraph | TableBlock> = [
    para(ctx, [form(ctx.facts.authority, 'name')], { style: STYLE.subtitle, bold: true }),
    para(ctx, title, { style: STYLE.title }),
    para(ctx, r.recipients, { style: STYLE.centered }),
  ];

  // 1. The programme
  const x = ctx.facts.session;
  body.push(
    heading(ctx, 1, r.identity),
    table(
      ctx,
      [],
      [
        [r.rows.programme, [ctx.facts.titleWithAcronym]],
        [r.rows.partner, [form(ctx.facts.partner, 'name')]],
        [r.rows.country, [ctx.facts.country]],
        [r.rows.period, ctx.facts.period],
        [r.rows.deliberation, fill(r.deliberation, { number: x.deliberationNumber, date: x.date })],
        [r.rows.year, options.final ? executionYearsText(s) : String(options.year)],
      ],
      [30, 70],
    ),
    para(ctx, fill(r.goal, { goal: ctx.facts.goal }), { alignment: 'justified' }),
  );

  if (options.final) {
    body.push(heading(ctx, 1, r.finalAssessment), ...textBlock(ctx, s.execution.finalAssessment, { missing: 'finalAssessment', focus: 'execution.finalAssessment' }));
  }

  // 2. Activities
  body.push(heading(ctx, 1, options.final ? r.activities : fill(r.activitiesYear, { year: String(options.year) })));
  if (options.final) {
    for (const e of s.executionReports) {
      if (!e.activitiesDone.trim()) continue;
      body.push(heading(ctx, 2, String(e.year)), ...textBlock(ctx, e.activitiesDone, 'optional'));
    }
  } else {
    body.push(...written('activitiesDone', 'yearActivitiesDone'));
    const codes = logframeCodes(s.logframe);
    const from = `${options.year}-01-01`;
    const to = `${options.year}-12-31`;
    const scheduled = s.logframe.filter((a) => a.level === 'activity' && a.text.trim() && (a.startDate ?? '9999') <= to && (a.endDate ?? a.startDate ?? '0000') >= from);
    body.push(para(ctx, scheduled.length ? fill(r.scheduled, { year: String(options.year) }) : r.scheduledNone, { keepNext: true }));
    for (const a of scheduled) body.push(bullet(ctx, `${codes.get(a.id) ?? ''} ${a.text.trim()}`));
  }

  // 3. Results and indicators
  body.push(heading(ctx, 1, r.results), ...indicatorsPart(ctx, r, year));

  // 4. Difficulties and adjustments
  if (!options.final) {
    body.push(heading(ctx, 1, r.difficulties), ...written('difficulties', 'yearDifficulties'));
    body.push(heading(ctx, 1, r.adjustments), ...written('adjustments', null));
  }

  // 5. Budget execution
  body.push(heading(ctx, 1, r.budget), para(ctx, r.budgetIntro, { alignment: 'justified' }));
  if (!facts.expenditures.length) {
    body.push(para(ctx, [{ missing: 'executionEntries', focus: 'execution.expenditures' }]));
  }
  const cells = (e: Executed) => [money(e.planned), money(e.executed), money(e.cash), money(e.inKind), rate(e.rate)];
  const c = r.columns;
  body.push(heading(ctx, 2, r.byCategory));
  body.push(
    table(
      ctx,
      [c.category, c.planned, c.executed, c.cash, c.inKind, c.rate],
      [...facts.byCategory.map((k) => [ctx.p.category[k.category], ...cells(k)]), [r.total, ...cells(facts.total)]],
      [30, 15, 15, 15, 15, 10],
      { boldLastRow: true, numeric: [1, 2, 3, 4, 5] },
    ),
  );
  if (facts.byCategory.some((k) => k.planned > 0 || k.executed > 0)) {
    const pairs: BarPair[] = facts.byCategory.map((k) => ({ label: ctx.p.category[k.category], reference: k.planned, value: k.executed, caption: money(k.executed) }));
    body.push(chart(ctx, barPairsSvg(pairs, { reference: r.legendPlanned, value: r.legendExecuted }), r.budgetChart, r.budgetAlt));
  }
  body.push(heading(ctx, 2, r.byFunder));
  if (facts.byFunder.length) {
    const planned = facts.byFunder.reduce((a, f) => a + Math.round(f.planned * 100), 0) / 100;
    body.push(
      table(
        ctx,
        [c.funder, c.planned, c.received, c.rate],
        [...facts.byFunder.map((f) => [f.name || ctx.p.dots, money(f.planned), money(f.received), rate(f.rate)]), [r.total, money(planned), money(facts.received), rate(planned > 0 ? facts.received / planned : null)]],
        [46, 20, 20, 14],
        { boldLastRow: true, numeric: [1, 2, 3] },
      ),
    );
  } else body.push(para(ctx, r.noFunder));
  if (options.final) {
    body.push(heading(ctx, 2, r.byYear));
    const rows = executionYears(s).map((y) => [String(y), ...cells(executionFacts(s, y).total)]);
    body.push(table(ctx, [c.year, c.planned, c.executed, c.cash, c.inKind, c.rate], [...rows, [r.total, ...cells(facts.total)]], [20, 17, 17, 17, 17, 12], { boldLastRow: true, numeric: [1, 2, 3, 4, 5] }));
  }

  // 6. Next year, or the final report's lessons
  if (options.final) {
    body.push(heading(ctx, 1, r.lessons), ...textBlock(ctx, s.execution.lessonsLearned, { missing: 'finalLessons', focus: 'execution.lessonsLearned' }));
    body.push(heading(ctx, 1, r.sustainability), ...textBlock(ctx, s.execution.sustainability, { missing: 'finalSustainability', focus: 'execution.sustainability' }));
  } else {
    body.push(heading(ctx, 1, r.nextYear), ...written('nextYearPlan', 'yearNextPlan'));
  }

  // Statement of spending: the entries the tables add up.
  body.push(heading(ctx, 1, r.entries, true), para(ctx, r.entriesIntro, { alignment: 'justified' }));
  if (facts.expenditures.length) {
    const lines = new Map(s.budgetLines.map((l) => [l.id, l]));
    const rows = facts.expenditures.map((e) => {
      const line = lines.get(e.budgetLineId);
      return [line?.label.trim() || (line ? ctx.p.category[line.category] : ctx.p.dots), e.reference.trim() || '—', e.date ? dateInTable(e.date, ctx.locale) : '—', ctx.p.nature[e.nature], money(e.amount)];
    });
    body.push(table(ctx, [c.line, c.reference, c.date, c.nature, c.amount], [...rows, [r.total, '', '', '', money(facts.total.executed)]], [36, 20, 14, 14, 16], { boldLastRow: true, numeric: [4] }));
  } else body.push(para(ctx, r.noSpending));

  return makeDocument(ctx, title, [section(ctx, title, body)]);
}

function executionYearsText(s: ProgrammeSnapshot): string {
  const years = executionYears(s);
  return years.length ? `${years[0]}–${years[years.length - 1]}` : '—';
}

function indicatorsPart(ctx: RenderContext, r: Phrases, year: number | null): Array<Paragraph | TableBlock> {
  const s = ctx.snapshot;
  const progress = indicatorProgress(s, indicatorCodes(s.logframe, s.indicators), year).filter((i) => i.quantitative && i.latest);
  if (!progress.length) return [para(ctx, r.noIndicator)];
  const n = (v: number | null | undefined, unit = '') => (v === null || v === undefined ? '—' : `${numberInDocument(v, ctx.locale)}${unit ? ` ${unit}` : ''}`);
  const k = r.indicatorColumns;
  const out: Array<Paragraph | TableBlock> = [
    para(ctx, r.resultsIntro, { alignment: 'justified' }),
    table(
      ctx,
      [k.code, k.wording, k.baseline, k.latest, k.target, k.achieved],
      progress.map((i) => [i.code, i.wording.trim() || ctx.p.dots, n(i.baseline?.value), n(i.latest?.value), n(i.finalTarget), i.achieved === null ? '—' : percentInDocument(i.achieved, ctx.locale)]),
      [11, 39, 12, 13, 13, 12],
      { numeric: [2, 3, 4, 5] },
    ),
  ];
  const charted = progress.filter((i) => i.achieved !== null);
  if (charted.length) {
    const pairs: BarPair[] = charted.map((i) => ({ label: i.code, reference: 1, value: Math.max(0, i.achieved!), caption: percentInDocument(i.achieved!, ctx.locale) }));
    out.push(chart(ctx, barPairsSvg(pairs, { reference: r.legendTarget, value: r.legendExecuted }, 1), r.achievementChart, r.achievementAlt));
  }
  return out;
}

/** A chart as a centred picture, its title as the caption under it. */
function chart(ctx: RenderContext, drawn: { svg: string; width: number; height: number }, title: string, description: string): Paragraph {
  const width = 600;
  const height = Math.round((drawn.height / drawn.width) * width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // An inline picture needs a line as tall as itself: LibreOffice clips it to the style's line otherwise.
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 200 },
    children: [
      new ImageRun({
        type: 'png',
        data: rasterise(drawn.svg),
        transformation: { width, height },
        altText: { name: title, title, description },
      }),
    ],
  });
}

/** The report's file name: « Rapport d’exécution 2027 - CAP JEUNES.docx ». */
export function reportFileName(s: ProgrammeSnapshot, locale: Locale, options: ReportOptions): string {
  const r = phrases(locale);
  const label = options.final ? r.finalFileName : fill(r.fileName, { year: String(options.year) }).join('');
  const acronym = (s.framing.acronym || s.framing.title).trim().slice(0, 40);
  return `${`${label}${acronym ? ` - ${acronym}` : ''}${locale === 'fr' ? '' : ` (${locale})`}`.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\p{Cc}+/gu, ' ').replace(/\s+/g, ' ').trim()}.docx`;
}

export interface BuiltReport {
  fileName: string;
  bytes: Uint8Array;
  /** Distinct fields a draft marked as missing. */
  markers: number;
  /** For a final report: the missing values that refuse it (empty when it was produced). */
  blockers: ReadinessItem[];
}

/**
 * Builds the report; the final version is refused while it marks any missing value (the same draft/final gate as
 * the council's package: a final document never carries a marker).
 */
export async function buildReport(snapshot: ProgrammeSnapshot, settings: AuthoritySettings, options: ReportOptions & { locale: Locale; draft: boolean }): Promise<BuiltReport> {
  // Packed by pack() below, without a table of contents: its tables may be written as raw XML.
  const ctx = renderContext(snapshot, settings, options.locale, options.draft, { rawTables: true });
  const document = buildReportDocument(ctx, options);
  const blockers = options.draft ? [] : documentValueItems(ctx.markers);
  return {
    fileName: reportFileName(snapshot, options.locale, options),
    bytes: blockers.length ? new Uint8Array(0) : await pack(document),
    markers: new Set(ctx.markers.map((m) => m.focus)).size,
    blockers,
  };
}
