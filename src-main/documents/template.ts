import { Paragraph, PatchType, patchDocument, TableOfContents, type IPatch, type Table } from 'docx';
import { strFromU8 } from 'fflate';
import { BLOCK_PLACEHOLDERS, type TemplatePlaceholder } from '../../src-shared/api/documents';
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
import { inspectTemplate } from './template-inspect';
import { finishFilledPackage } from './template-package';
import { templateLook } from './template-styles';
import { readTemplateParts } from './template-zip';

export { inspectTemplate } from './template-inspect';

/**
 * Fills the Département's template with the rapport or the deliberation; unknown placeholders are reported, left as
 * they are. The template's sizes are checked before anything is inflated; the filled package then gets the styles
 * its blocks name (see template-styles.ts) and stays consistent (template-package.ts).
 */
export async function fillTemplate(
  ctx: RenderContext,
  kind: 'rapport' | 'deliberation',
  template: Uint8Array,
): Promise<{ bytes: Uint8Array; unknown: string[] }> {
  const own = readTemplateParts(template, ['word/document.xml', 'word/styles.xml']);
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
  const patched = await patchDocument({
    outputType: 'uint8array',
    data: template,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    numbering: documentNumbering(),
  });
  const look = templateLook(
    own['word/document.xml'] ? strFromU8(own['word/document.xml']) : '',
    own['word/styles.xml'] ? strFromU8(own['word/styles.xml']) : '',
  );
  return { bytes: await finishFilledPackage(patched, look), unknown: inspection.unknown };
}

function placeholderValues(
  ctx: RenderContext,
  kind: 'rapport' | 'deliberation',
): Record<TemplatePlaceholder, Line | Array<Paragraph | Table | TableOfContents>> {
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
    orMissing(settings.budgetChapter, 'budgetChapter', 'settings.budgetChapter'),
    ' / ',
    orMissing(settings.budgetArticle, 'budgetArticle', 'settings.budgetArticle'),
    ' / ',
    orMissing(settings.budgetProgramme, 'budgetProgramme', 'settings.budgetProgramme'),
  ];
  const body =
    kind === 'rapport'
      ? [
          // The rapport's table of contents comes with its body: the template gives the title, not the contents.
          para(ctx, ctx.p.tocTitle, { style: STYLE.heading3 }),
          new TableOfContents(ctx.p.tocTitle, { hyperlink: true, headingStyleRange: '1-2' }),
          para(ctx, ctx.p.tocNote, { style: STYLE.small }),
          ...rapportParts(ctx).body,
        ]
      : deliberationParts(ctx).body;
  return {
    collectivite: [text.authority],
    assemblee: [text.assembly],
    date_seance: [date(settings.sessionDate, 'sessionDate', 'settings.sessionDate')],
    numero_rapport: [orMissing(settings.reportNumber, 'reportNumber', 'settings.reportNumber')],
    numero_deliberation: [
      orMissing(settings.deliberationNumber, 'deliberationNumber', 'settings.deliberationNumber'),
    ],
    objet: buildObject(s, ctx.locale),
    rapporteur: [orMissing(settings.rapporteur, 'rapporteur', 'settings.rapporteur')],
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
