import { Paragraph, PatchType, patchDetector, patchDocument, type IPatch, type Table } from 'docx';
import {
  BLOCK_PLACEHOLDERS,
  TEMPLATE_PLACEHOLDERS,
  type TemplatePlaceholder,
} from '../../src-shared/api/documents';
import { CommandError } from '../../src-shared/api/errors';
import { amountInDocument, dateInWords } from '../../src-shared/i18n/typography';
import {
  appealCourt,
  buildDeliberation,
  buildObject,
  fill,
  orMissing,
  programmeFacts,
  type Line,
  type Piece,
} from '../../src-shared/method/deliberation';
import { deliberationParts } from './deliberation';
import { para, runs, type RenderContext } from './kit';
import { rapportParts } from './rapport';
import { ARTICLE_NUMBERING, documentNumbering, STYLE } from './styles';

/** What a template holds: the placeholders found, split into known and unknown. */
export interface TemplateInspection {
  placeholders: string[];
  known: TemplatePlaceholder[];
  unknown: string[];
}

const KNOWN = new Set<string>(TEMPLATE_PLACEHOLDERS);

export async function inspectTemplate(bytes: Uint8Array): Promise<TemplateInspection> {
  let found: readonly string[];
  try {
    found = await patchDetector({ data: bytes, trimPlaceholders: true });
  } catch (error) {
    throw new CommandError('template_invalid', 'This file is not a Word document (.docx) that can be read.', {
      reason: (error as Error).message,
    });
  }
  const placeholders = [...new Set(found.map((p) => p.trim()))];
  return {
    placeholders,
    known: placeholders.filter((p): p is TemplatePlaceholder => KNOWN.has(p)),
    unknown: placeholders.filter((p) => !KNOWN.has(p)),
  };
}

/** Fills the Département's template with the rapport or the deliberation; unknown placeholders are reported, left as they are. */
export async function fillTemplate(
  ctx: RenderContext,
  kind: 'rapport' | 'deliberation',
  template: Uint8Array,
): Promise<{ bytes: Uint8Array; unknown: string[] }> {
  const inspection = await inspectTemplate(template);
  if (!inspection.known.length) {
    throw new CommandError('template_invalid', 'The template holds none of the documented placeholders.', {
      unknown: inspection.unknown,
    });
  }
  const values = placeholderValues(ctx, kind);
  const patches: Record<string, IPatch> = {};
  for (const key of inspection.known) {
    const value = values[key];
    patches[key] = BLOCK_PLACEHOLDERS.includes(key)
      ? { type: PatchType.DOCUMENT, children: value as Paragraph[] }
      : { type: PatchType.PARAGRAPH, children: runs(ctx, value as Line) };
  }
  const bytes = await patchDocument({
    outputType: 'uint8array',
    data: template,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    numbering: documentNumbering(),
  });
  return { bytes, unknown: inspection.unknown };
}

function placeholderValues(
  ctx: RenderContext,
  kind: 'rapport' | 'deliberation',
): Record<TemplatePlaceholder, Line | Array<Paragraph | Table>> {
  const s = ctx.snapshot;
  const settings = ctx.settings;
  const facts = programmeFacts(s, ctx.locale);
  const text = buildDeliberation(s, settings, ctx.locale);
  const d = ctx.p.deliberation;
  const date = (iso: string | null, what: 'sessionDate' | 'startDate' | 'endDate', focus: string): Piece =>
    iso ? dateInWords(iso, ctx.locale) : { missing: what, focus };
  const amount: Piece =
    facts.departementAmount > 0
      ? amountInDocument(facts.departementAmount, ctx.locale)
      : { missing: 'amount', focus: 'budget.balance' };
  const imputation: Line = [
    orMissing(s.session.budgetChapter, 'budgetChapter', 'session.budgetChapter'),
    ' / ',
    orMissing(s.session.budgetArticle, 'budgetArticle', 'session.budgetArticle'),
    ' / ',
    orMissing(s.session.budgetProgramme, 'budgetProgramme', 'session.budgetProgramme'),
  ];
  const body = kind === 'rapport' ? rapportParts(ctx).body : deliberationParts(ctx).body;
  return {
    collectivite: [text.authority],
    assemblee: [text.assembly],
    date_seance: [date(s.session.sessionDate, 'sessionDate', 'session.sessionDate')],
    numero_rapport: [orMissing(s.session.reportNumber, 'reportNumber', 'session.reportNumber')],
    numero_deliberation: [
      orMissing(s.session.deliberationNumber, 'deliberationNumber', 'session.deliberationNumber'),
    ],
    objet: buildObject(s, ctx.locale),
    rapporteur: [orMissing(s.session.rapporteur, 'rapporteur', 'session.rapporteur')],
    intitule: [facts.title],
    partenaire: [orMissing(s.framing.partnerAuthority, 'partnerAuthority', 'framing.partnerAuthority')],
    pays: [facts.country],
    periode: facts.period,
    date_debut: [date(s.framing.startDate, 'startDate', 'framing.startDate')],
    date_fin: [date(s.framing.endDate, 'endDate', 'framing.endDate')],
    cout_total: [amountInDocument(facts.totalExpenses, ctx.locale)],
    montant: [amount],
    imputation,
    president: [text.president],
    signataire: [settings.defaultSignatory.trim() || text.president],
    objectif_global: [facts.goal],
    voies_recours: fill(d.appeal, { court: appealCourt(settings, ctx.locale) }),
    visas: text.visas.map((line) => para(ctx, line, { style: STYLE.visa })),
    considerants: text.considerants.map((line) => para(ctx, line, { style: STYLE.considerant })),
    articles: text.articles.flatMap((line) => [
      new Paragraph({
        style: STYLE.article,
        numbering: { reference: ARTICLE_NUMBERING, level: 0 },
        children: [],
      }),
      para(ctx, line, { alignment: 'justified' }),
    ]),
    corps: body,
  };
}
