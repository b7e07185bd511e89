import { HeightRule, Paragraph, Table, TableCell, TableRow, WidthType, type Document } from 'docx';
import { afterColon, amountInDocument, dateInWords } from '../../src-shared/i18n/typography';
import { clauseLine } from '../../src-shared/method/clause-defaults';
import { authorityForms, form, programmeFacts, type ProgrammeFacts } from '../../src-shared/method/facts';
import { docPhrases, fill, orMissing, splitParagraphs, type Line } from '../../src-shared/method/pieces';
import type { Clause, Party } from '../../src-shared/model';
import { partyTypeNote, representativeWithTitle, signatureFunction } from '../../src-shared/method/partner-authorities';
import { conventionLayout, mark, partnerSignatureLines, type ConventionItem } from './convention-bilingual';
import { heading, makeDocument, para, runs, section, textBlock, type RenderContext } from './kit';
import { ARTICLE_NUMBERING, STYLE } from './styles';

/**
 * Convention de partenariat (CGCT L1115-1: purpose of the actions and forecast amount of financial commitments).
 * When the partner's language is not French, convention-bilingual.ts lays each part marked here beside (or after)
 * the partner's version, written by people, never machine-made.
 */
export function buildConventionDocument(ctx: RenderContext): Document {
  const c = ctx.p.convention;
  const s = ctx.snapshot;
  const facts = ctx.facts;
  const bilingual = s.framing.partnerLanguage !== 'fr';
  const lead = s.parties.find((x) => x.role === 'lead');
  const partner = s.parties.find((x) => x.role === 'partner');
  const body: ConventionItem[] = [];

  body.push(
    mark({ part: 'title' }),
    new Paragraph({ style: STYLE.title, children: runs(ctx, c.title) }),
    mark({ part: 'object' }),
    para(ctx, fill(c.between, { a: form(facts.lead, 'the'), b: form(facts.partner, 'the') }), {
      style: STYLE.subtitle,
    }),
    para(ctx, fill(c.programme, { title: facts.title }), { style: STYLE.subtitle }),
    mark({ part: 'partiesTitle' }),
    heading(ctx, 2, c.partiesTitle),
    mark({ part: 'party', role: 'lead' }),
    partyParagraph(ctx, lead, c.shortLead),
    mark({ part: 'and' }),
    para(ctx, c.and, { bold: true }),
    mark({ part: 'party', role: 'partner' }),
    partyParagraph(ctx, partner, c.shortPartner),
    mark({ part: 'visas' }),
    heading(ctx, 2, c.visas),
    para(ctx, c.visaCgct, { style: STYLE.visa }),
    ...visaLines(s.governance.conventionVisasFrance, c).map((line) => para(ctx, line, { style: STYLE.visa })),
    ...visaLines(s.governance.conventionVisasPartner, c).map((line) => para(ctx, line, { style: STYLE.visa })),
  );
  for (const party of [lead, partner]) {
    const signatory = party ? s.signatories.find((x) => x.partyId === party.id) : undefined;
    const ref = signatory
      ? deliberationRef(ctx, signatory.deliberationNumber, signatory.deliberationDate)
      : '';
    if (party && ref)
      body.push(
        para(ctx, fill(wordsOf(ctx, party).visaDeliberation, { ref, ofName: authorityForms(party.name, ctx.locale).of }), {
          style: STYLE.visa,
        }),
      );
  }

  body.push(mark({ part: 'preamble' }), heading(ctx, 2, c.preamble));
  body.push(...textBlock(ctx, s.framing.history, { missing: 'history', focus: 'framing.history' }));
  if (s.framing.sharedChallenge.trim()) body.push(...textBlock(ctx, s.framing.sharedChallenge, 'optional'));
  body.push(mark({ part: 'agreed' }), para(ctx, c.agreed, { bold: true }));

  const { purposeFacts, amountFacts } = factLines(ctx);
  const clauses = s.clauses.length ? s.clauses : [];
  const clauseBody = (clause: Clause): Paragraph[] =>
    articleLines(ctx, clause).map((line) => para(ctx, line, { alignment: 'justified' }));
  const hasPurpose = clauses.some((x) => x.key === 'purpose');
  const hasFinance = clauses.some((x) => x.key === 'financial_terms');
  body.push(mark({ part: 'facts' }));
  if (!hasPurpose) body.push(para(ctx, purposeFacts, { alignment: 'justified' }));
  if (!hasFinance) body.push(para(ctx, amountFacts, { alignment: 'justified' }));

  if (!clauses.length) body.push(para(ctx, [{ missing: 'text', focus: 'partnership.clauses' }]));
  else
    clauses.forEach((clause, i) => {
      body.push(
        mark({ part: 'article', clause, n: i + 1 }),
        new Paragraph({
          style: STYLE.article,
          numbering: { reference: ARTICLE_NUMBERING, level: 0 },
          children: runs(ctx, `— ${clause.title.trim()}`),
        }),
        ...clauseBody(clause),
      );
    });

  body.push(mark({ part: 'closing' }));
  if (!clauses.some((x) => x.key === 'annexes')) body.push(para(ctx, c.annexesList, { style: STYLE.small }));
  body.push(para(ctx, fill(c.doneAt, { dots: ctx.p.dots, count: bilingual ? 4 : 2 })));
  body.push(mark({ part: 'signatures' }), signatureTable(ctx, lead, partner));

  const title = c.title;
  return makeDocument(ctx, title, [section(ctx, title, conventionLayout(ctx, body))]);
}

/** The convention's article number of each clause (its rank among the clauses), as the convention prints it. */
export function conventionArticleNumbers(clauses: readonly Clause[]): Map<string, number> {
  return new Map(clauses.map((clause, i) => [clause.id, i + 1]));
}

/** The facts the purpose and financial articles state (added to an edited clause, printed alone when it is absent). */
function factLines(ctx: RenderContext): { purposeFacts: Line; amountFacts: Line } {
  const c = ctx.p.convention;
  const facts = ctx.facts;
  return {
    purposeFacts: fill(c.purposeFacts, { goal: typeof facts.goal === 'string' ? afterColon(facts.goal, ctx.locale) : facts.goal }),
    amountFacts: fill(c.amountFacts, { amount: contributionPhrase(ctx, facts), total: facts.amounts.total, period: facts.period }),
  };
}

/**
 * The wording of one article of the convention, paragraph by paragraph, from the context's programme: the clause's
 * text (today's default when unedited, which states the facts), and the facts added to the officer's own text.
 * An amendment prints it twice, from the voted version and from the amended programme.
 */
export function articleLines(ctx: RenderContext, clause: Clause): Line[] {
  // Clause defaults are French texts: they read French facts whatever the document's language.
  const clauseFacts = ctx.locale === 'fr' ? ctx.facts : programmeFacts(ctx.snapshot, ctx.settings, 'fr');
  const paragraphs = splitParagraphs(clauseLine(clause, clauseFacts, ctx.snapshot));
  const lines: Line[] = paragraphs.length ? paragraphs : [[{ missing: 'text', focus: `clause.${clause.id}.text` }]];
  if (!clause.edited) return lines;
  const { purposeFacts, amountFacts } = factLines(ctx);
  if (clause.key === 'purpose') lines.push(purposeFacts);
  if (clause.key === 'financial_terms') lines.push(amountFacts);
  return lines;
}

/** "45 000,00 € en numéraire et 15 000,00 € de contribution en nature valorisée", by what is planned. */
function contributionPhrase(ctx: RenderContext, facts: ProgrammeFacts): Line {
  const c = ctx.p.convention;
  const m = facts.money.lead;
  const money = (n: number) => amountInDocument(n, ctx.locale);
  if (m.total === 0) return [facts.amounts.leadTotal];
  if (m.inKind === 0) return fill(c.cashOnly, { cash: money(m.cash) });
  if (m.cash === 0) return fill(c.inKindOnly, { inKind: money(m.inKind) });
  return fill(c.cashAndInKind, { cash: money(m.cash), inKind: money(m.inKind) });
}

/**
 * The lead author speaks its own type's words (an association acts under its board's « décision »); the partner
 * abroad is an authority acting under a deliberation.
 */
function wordsOf(ctx: RenderContext, party: Party): RenderContext['p']['convention'] {
  return party.role === 'lead' ? ctx.p.convention : docPhrases(ctx.locale).convention;
}

function deliberationRef(ctx: RenderContext, number: string, date: string | null): string {
  const parts = [
    number.trim() ? (ctx.locale === 'fr' ? `n° ${number.trim()}` : `No. ${number.trim()}`) : '',
    date
      ? ctx.locale === 'fr'
        ? `du ${dateInWords(date, ctx.locale)}`
        : `of ${dateInWords(date, ctx.locale)}`
      : '',
  ];
  return parts.filter(Boolean).join(' ');
}

export function partyParagraph(ctx: RenderContext, party: Party | undefined, short: string): Paragraph {
  const c = ctx.p.convention;
  const s = ctx.snapshot;
  if (!party) return para(ctx, [{ missing: 'signatory', focus: 'partnership.parties' }]);
  const signatory = s.signatories.find((x) => x.partyId === party.id);
  const ref = signatory ? deliberationRef(ctx, signatory.deliberationNumber, signatory.deliberationDate) : '';
  const names = authorityForms(party.name, ctx.locale);
  const gender = names.gender;
  const [partyPhrase, hereafter] =
    gender === 'masculine'
      ? [c.partyMasculine, c.hereafterMasculine]
      : gender === 'feminine'
        ? [c.partyFeminine, c.hereafterFeminine]
        : [c.party, c.hereafter];
  const line: Line = [
    ...fill(partyPhrase, {
      name: party.name.trim() ? `${names.The}${partyTypeNote(party)}` : { missing: 'authorityName', focus: `party.${party.id}.name` },
      seat: orMissing(party.seat, 'seat', `party.${party.id}.seat`),
      representedBy: orMissing(representativeWithTitle(party), 'representedBy', `party.${party.id}.representedBy`),
    }),
    ...(ref ? fill(wordsOf(ctx, party).actingUnder, { ref }) : []),
    ...fill(hereafter, { short }),
  ];
  return para(ctx, line, { alignment: 'justified' });
}

export function signatureTable(
  ctx: RenderContext,
  lead: Party | undefined,
  partner: Party | undefined,
): Table {
  const c = ctx.p.convention;
  const s = ctx.snapshot;
  const parties = [
    { party: lead, named: ctx.facts.lead, role: 'lead' as const },
    { party: partner, named: ctx.facts.partner, role: 'partner' as const },
  ].map(({ party, named, role }) => {
    const signatory = party ? s.signatories.find((x) => x.partyId === party.id) : undefined;
    const name = signatory?.name.trim() || party?.representedBy.trim() || '';
    return {
      title: fill(c.forParty, { name: form(named, 'the') }),
      function: signatureFunction(party, signatory),
      partner: partnerSignatureLines(ctx, role),
      name: name
        ? [name]
        : [
            {
              missing: 'signatory' as const,
              focus: signatory ? `signatory.${signatory.id}.name` : 'partnership.signatories',
            },
          ],
    };
  });
  // One row per line, so both columns stay level whatever the length of each function.
  const row = (cells: Paragraph[][], height?: number) =>
    new TableRow({
      cantSplit: true,
      ...(height ? { height: { value: height, rule: HeightRule.ATLEAST } } : {}),
      children: cells.map(
        (children) =>
          new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      row(parties.map((x) => [para(ctx, x.title, { bold: true, alignment: 'center', keepNext: true }), ...x.partner])),
      row(parties.map((x) => [para(ctx, x.function, { alignment: 'center', keepNext: true })])),
      row(
        parties.map(() => [new Paragraph({ text: '' })]),
        1200,
      ),
      row(parties.map((x) => [para(ctx, x.name, { alignment: 'center' })])),
    ],
  });
}

const NONE = { style: 'none' as const, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/**
 * The officer's extra visas, one per line, as the convention prints them: "Vu …" added when the line does not start
 * with it, and the closing semicolon in place of any final punctuation the officer typed.
 */
export function visaLines(text: string, c: { visaPrefix: string; visaEnd: string }): string[] {
  const prefix = c.visaPrefix.trim().toLowerCase();
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/[\s;,.]+$/u, ''))
    .filter(Boolean)
    .map((line) => {
      const cited = line.toLowerCase().startsWith(`${prefix} `) ? line : `${c.visaPrefix}${line}`;
      return `${cited}${c.visaEnd}`;
    });
}
