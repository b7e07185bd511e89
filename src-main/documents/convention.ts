import { HeightRule, Paragraph, Table, TableCell, TableRow, WidthType, type Document } from 'docx';
import type { Locale } from '../../src-shared/i18n/catalogues';
import { afterColon, amountInDocument, dateInWords } from '../../src-shared/i18n/typography';
import { clauseLine } from '../../src-shared/method/clause-defaults';
import { authorityForms, form, programmeFacts, type ProgrammeFacts } from '../../src-shared/method/facts';
import { docPhrases, fill, orMissing, splitParagraphs, type Line } from '../../src-shared/method/pieces';
import type { Clause, Party } from '../../src-shared/model';
import { heading, makeDocument, para, runs, section, textBlock, type RenderContext } from './kit';
import { ARTICLE_NUMBERING, STYLE, TABLE_STYLE } from './styles';

export function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Convention de partenariat (CGCT L1115-1: purpose of the actions and forecast amount of financial commitments).
 * When the partner's language is not French, each article sits in two columns: French, and the partner's text
 * written by people (clause.partnerText), never machine-made.
 */
export function buildConventionDocument(ctx: RenderContext): Document {
  const c = ctx.p.convention;
  const s = ctx.snapshot;
  const facts = ctx.facts;
  // Clause defaults are French texts: they read French facts whatever the document's language.
  const clauseFacts = ctx.locale === 'fr' ? facts : programmeFacts(s, ctx.settings, 'fr');
  const bilingual = s.framing.partnerLanguage !== 'fr';
  const lead = s.parties.find((x) => x.role === 'lead');
  const partner = s.parties.find((x) => x.role === 'partner');
  const body: Array<Paragraph | Table> = [];

  body.push(
    new Paragraph({ style: STYLE.title, children: runs(ctx, c.title) }),
    para(ctx, fill(c.between, { a: form(facts.lead, 'the'), b: form(facts.partner, 'the') }), {
      style: STYLE.subtitle,
    }),
    para(ctx, fill(c.programme, { title: facts.title }), { style: STYLE.subtitle }),
    heading(ctx, 2, c.partiesTitle),
    partyParagraph(ctx, lead, c.shortLead),
    para(ctx, c.and, { bold: true }),
    partyParagraph(ctx, partner, c.shortPartner),
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

  body.push(heading(ctx, 2, c.preamble));
  body.push(...textBlock(ctx, s.framing.history, { missing: 'history', focus: 'framing.history' }));
  if (s.framing.sharedChallenge.trim()) body.push(...textBlock(ctx, s.framing.sharedChallenge, 'optional'));
  body.push(para(ctx, c.agreed, { bold: true }));

  const purposeFacts = fill(c.purposeFacts, {
    goal: typeof facts.goal === 'string' ? afterColon(facts.goal, ctx.locale) : facts.goal,
  });
  const amountFacts = fill(c.amountFacts, {
    amount: contributionPhrase(ctx, facts),
    total: facts.amounts.total,
    period: facts.period,
  });
  const clauses = s.clauses.length ? s.clauses : [];
  // An unedited clause is today's default, which states these facts; the officer's own text gets them added.
  const factsFor = (clause: Clause): Line[] =>
    !clause.edited ? [] : clause.key === 'purpose' ? [purposeFacts] : clause.key === 'financial_terms' ? [amountFacts] : [];
  const clauseBody = (clause: Clause): Paragraph[] => {
    const paragraphs = splitParagraphs(clauseLine(clause, clauseFacts, s));
    if (!paragraphs.length) return [para(ctx, [{ missing: 'text', focus: `clause.${clause.id}.text` }])];
    return paragraphs.map((line) => para(ctx, line, { alignment: 'justified' }));
  };
  const hasPurpose = clauses.some((x) => x.key === 'purpose');
  const hasFinance = clauses.some((x) => x.key === 'financial_terms');
  if (!hasPurpose) body.push(para(ctx, purposeFacts, { alignment: 'justified' }));
  if (!hasFinance) body.push(para(ctx, amountFacts, { alignment: 'justified' }));

  if (!clauses.length) body.push(para(ctx, [{ missing: 'text', focus: 'partnership.clauses' }]));
  else if (bilingual) body.push(bilingualArticles(ctx, clauses, factsFor, clauseBody));
  else
    clauses.forEach((clause) => {
      body.push(
        new Paragraph({
          style: STYLE.article,
          numbering: { reference: ARTICLE_NUMBERING, level: 0 },
          children: runs(ctx, `— ${clause.title.trim()}`),
        }),
        ...clauseBody(clause),
        ...factsFor(clause).map((line) => para(ctx, line, { alignment: 'justified' })),
      );
    });

  if (!clauses.some((x) => x.key === 'annexes')) body.push(para(ctx, c.annexesList, { style: STYLE.small }));
  body.push(para(ctx, fill(c.doneAt, { dots: ctx.p.dots, count: bilingual ? 4 : 2 })));
  body.push(signatureTable(ctx, lead, partner));

  const title = c.title;
  return makeDocument(ctx, title, [section(ctx, title, body)]);
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

function partyParagraph(ctx: RenderContext, party: Party | undefined, short: string): Paragraph {
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
      name: party.name.trim() ? names.The : { missing: 'authorityName', focus: `party.${party.id}.name` },
      seat: orMissing(party.seat, 'seat', `party.${party.id}.seat`),
      representedBy: orMissing(party.representedBy, 'representedBy', `party.${party.id}.representedBy`),
    }),
    ...(ref ? fill(wordsOf(ctx, party).actingUnder, { ref }) : []),
    ...fill(hereafter, { short }),
  ];
  return para(ctx, line, { alignment: 'justified' });
}

function bilingualArticles(
  ctx: RenderContext,
  clauses: Clause[],
  factsFor: (clause: Clause) => Line[],
  clauseBody: (clause: Clause) => Paragraph[],
): Table {
  const c = ctx.p.convention;
  const language = languageName(ctx.snapshot.framing.partnerLanguage, ctx.locale);
  const cell = (children: Paragraph[]) =>
    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children });
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([para(ctx, c.frenchColumn, { style: STYLE.tableHeader })]),
      cell([para(ctx, fill(c.partnerColumn, { language }), { style: STYLE.tableHeader })]),
    ],
  });
  const rows = clauses.map((clause, i) => {
    const n = String(i + 1);
    const left = [
      para(ctx, fill(c.article, { n, title: clause.title.trim() }), { style: STYLE.article }),
      ...clauseBody(clause),
      ...factsFor(clause).map((line) => para(ctx, line, { alignment: 'justified' })),
    ];
    const right = [
      para(ctx, `${n}.`, { style: STYLE.article }),
      ...textBlock(
        ctx,
        clause.partnerText,
        clause.required ? { missing: 'partnerText', focus: `clause.${clause.id}.text` } : 'optional',
      ),
    ];
    return new TableRow({ children: [cell(left), cell(right)] });
  });
  return new Table({
    style: TABLE_STYLE,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [header, ...rows],
  });
}

function signatureTable(
  ctx: RenderContext,
  lead: Party | undefined,
  partner: Party | undefined,
): Table {
  const c = ctx.p.convention;
  const s = ctx.snapshot;
  const parties = [
    { party: lead, named: ctx.facts.lead },
    { party: partner, named: ctx.facts.partner },
  ].map(({ party, named }) => {
    const signatory = party ? s.signatories.find((x) => x.partyId === party.id) : undefined;
    const name = signatory?.name.trim() || party?.representedBy.trim() || '';
    return {
      title: fill(c.forParty, { name: form(named, 'the') }),
      function: signatory?.function.trim() || '',
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
      row(parties.map((x) => [para(ctx, x.title, { bold: true, alignment: 'center', keepNext: true })])),
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
