import { Paragraph, PatchType, patchDocument, TableOfContents, type IPatch } from 'docx';
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
  type Line,
  type Piece,
} from '../../src-shared/method/deliberation';
import { deliberationParts } from './deliberation';
import { para, runs, type RenderContext, type TableBlock } from './kit';
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
  // docx's patcher writes the blocks itself and cannot expand raw tables: they are built as docx objects here.
  const values = placeholderValues(ctx.rawTables ? { ...ctx, rawTables: false } : ctx, kind);
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
): Record<TemplatePlaceholder, Line | Array<Paragraph | TableBlock | TableOfContents>> {
  const s = ctx.snapshot;
  const settings = ctx.settings;
  const facts = ctx.facts;
  const x = facts.session;
  const text = buildDeliberation(s, settings, ctx.locale, facts);
  const d = ctx.p.deliberation;
  const date = (iso: string | null, what: 'sessionDate' | 'startDate' | 'endDate', focus: string): Piece =>
    iso ? dateInWords(iso, ctx.locale) : { missing: what, focus };
  // The amount the deliberation commits on the imputation: the cash contribution (in kind is no credit).
  const cash = facts.money.lead.cash;
  const amount: Piece = cash > 0 ? amountInDocument(cash, ctx.locale) : facts.amounts.leadTotal;
  const imputation: Line = [x.chapter, ' / ', x.article, ' / ', x.programme];
  const body =
    kind === 'rapport'
      ? [
          // The rapport's table of contents comes with its body: the template gives the title, not the contents.
          para(ctx, ctx.p.tocTitle, { style: STYLE.heading3 }),
          new TableOfContents(ctx.p.tocTitle, { hyperlink: true, headingStyleRange: '1-2' }),
          ...rapportParts(ctx).body,
        ]
      : deliberationParts(ctx).body;
  return {
    collectivite: [text.authority],
    assemblee: [text.assembly],
    date_seance: [x.date],
    numero_rapport: [x.reportNumber],
    numero_deliberation: [x.deliberationNumber],
    objet: buildObject(facts),
    rapporteur: [x.rapporteur],
    intitule: [facts.title],
    partenaire: [orMissing(s.framing.partnerAuthority, 'partnerAuthority', 'framing.partnerAuthority')],
    pays: [facts.country],
    periode: facts.period,
    date_debut: [date(s.framing.startDate, 'startDate', 'framing.startDate')],
    date_fin: [date(s.framing.endDate, 'endDate', 'framing.endDate')],
    cout_total: [facts.amounts.total],
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
