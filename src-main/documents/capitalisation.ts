import { Paragraph, type Document } from 'docx';
import {
  capitalisationFacts,
  capitalisationSuggestions,
  capitalisationText,
  type CapitalisationField,
} from '../../src-shared/method/capitalisation';
import { sdgTargetLabel } from './sdg-label';
import {
  bullet,
  heading,
  makeDocument,
  para,
  runs,
  section,
  table,
  textBlock,
  type RenderContext,
  type TableBlock,
} from './kit';
import { STYLE } from './styles';

/** Fiche de capitalisation (DOMAIN.md §2.9): facts from the programme, then the officer's own account. */
export function buildCapitalisationDocument(ctx: RenderContext): Document {
  const c = ctx.p.capitalisation;
  const s = ctx.snapshot;
  const facts = capitalisationFacts(s, ctx.locale);
  const suggestions = capitalisationSuggestions(s, ctx.locale);
  const text = (field: CapitalisationField) => capitalisationText(s, field, ctx.locale, suggestions);
  const written = (field: CapitalisationField) =>
    textBlock(
      ctx,
      text(field),
      ctx.draft ? { missing: 'text', focus: `capitalisation.${field}` } : 'optional',
    );
  const body: Array<Paragraph | TableBlock> = [
    new Paragraph({ style: STYLE.title, children: runs(ctx, c.title) }),
    para(ctx, facts.title || [{ missing: 'title', focus: 'capitalisation.title' }], {
      style: STYLE.subtitle,
    }),
    heading(ctx, 1, c.identity),
    table(
      ctx,
      [],
      [
        [c.programme, facts.title || ctx.p.dots],
        [c.partners, facts.partners.join(' ; ') || ctx.p.dots],
        [c.territory, facts.territories.join(' ; ') || ctx.p.dots],
        [c.dates, facts.period || ctx.p.dots],
        [c.sdg, facts.sdgTargets.join(', ') || ctx.p.notProvided],
      ],
      [28, 72],
    ),
    heading(ctx, 1, c.context),
    ...written('context'),
    heading(ctx, 1, c.problem),
    ...written('problem'),
    heading(ctx, 1, c.objectives),
    ...(facts.objectives.length
      ? facts.objectives.map((o) => bullet(ctx, `${o.code} — ${o.text}`))
      : [para(ctx, ctx.p.notProvided)]),
    heading(ctx, 1, c.stakeholders),
    ...(facts.stakeholders.length
      ? [para(ctx, facts.stakeholders.join(' ; ') + '.', { alignment: 'justified' })]
      : []),
    ...textBlock(ctx, facts.governance, 'optional'),
    heading(ctx, 1, c.approach),
    ...written('approach'),
    heading(ctx, 1, c.results),
    ...written('results'),
    heading(ctx, 1, c.difficulties),
    ...written('difficulties'),
    heading(ctx, 1, c.successFactors),
    ...written('successFactors'),
    heading(ctx, 1, c.lessons),
    ...written('lessons'),
    heading(ctx, 1, c.transferability),
    ...written('transferability'),
    heading(ctx, 1, c.reciprocity),
    ...written('reciprocity'),
    heading(ctx, 1, c.resources),
    ...written('resources'),
    heading(ctx, 1, c.contacts),
    ...written('contacts'),
  ];
  if (facts.sdgTargets.length) {
    body.push(heading(ctx, 2, c.sdg));
    body.push(...facts.sdgTargets.map((t) => bullet(ctx, sdgTargetLabel(t, ctx.locale))));
  }
  return makeDocument(ctx, c.title, [section(ctx, c.title, body)]);
}
