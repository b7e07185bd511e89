import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import {
  fillPhrase,
  isRightToLeft,
  partnerClauseTitle,
  partnerDeliberationRef,
  partnerPhrase,
  punctuation,
  secondLanguage,
} from '../../src-shared/method/convention-languages';
import { partyTypeNote, representativeWithTitle } from '../../src-shared/method/partner-authorities';
import { fill, hasMarker, isMissing, markerText, missing, textWithMarkers, type Line, type Piece } from '../../src-shared/method/pieces';
import type { Clause, Party, PartnerHeadingKey } from '../../src-shared/model';
import { EMPTY, para, type RenderContext } from './kit';
import { FONT, STYLE } from './styles';

/**
 * The bilingual convention (issue 13, deliverable 3): the French text that convention.ts builds, and beside it (two
 * columns, one table row per heading or paragraph so both versions stay level) or after it (two parts) the partner's
 * version, written by people: the officer's texts of each clause, the preamble and the object, with the app's own
 * headings and fixed phrases in that language (convention-languages). The partner's text gets no French typography
 * and, in a right-to-left language, paragraphs and runs marked bidi/rtl with the complex-script font and size.
 *
 * convention.ts marks where each part of its French text starts (`mark(…)` among its paragraphs); this module pairs
 * each part with its partner version. Without a second language the marks are simply dropped.
 */

export type ConventionPart =
  | { part: 'title' }
  | { part: 'object' }
  | { part: 'partiesTitle' }
  | { part: 'party'; role: 'lead' | 'partner' }
  | { part: 'and' }
  | { part: 'visas' }
  | { part: 'preamble' }
  | { part: 'agreed' }
  /** Facts the app adds when no clause states them: French only. */
  | { part: 'facts' }
  | { part: 'article'; clause: Clause; n: number }
  | { part: 'closing' }
  | { part: 'signatures' };

export class PartMark {
  constructor(readonly at: ConventionPart) {}
}
export const mark = (at: ConventionPart): PartMark => new PartMark(at);
export type ConventionItem = Paragraph | Table | PartMark;

/** The role of the French lead party (renamed with the lead author types: one place to change). */
const LEAD_ROLE = 'lead';
const partyOf = (ctx: RenderContext, role: 'lead' | 'partner'): Party | undefined =>
  ctx.snapshot.parties.find((x) => x.role === (role === 'lead' ? LEAD_ROLE : 'partner'));

/** The convention's body, laid out for its languages. */
export function conventionLayout(ctx: RenderContext, items: ConventionItem[]): Array<Paragraph | Table> {
  const language = secondLanguage(ctx.snapshot.framing);
  if (!language) return items.filter((x): x is Paragraph | Table => !(x instanceof PartMark));
  const groups: Array<{ at: ConventionPart | null; french: Array<Paragraph | Table> }> = [{ at: null, french: [] }];
  for (const item of items) {
    if (item instanceof PartMark) groups.push({ at: item.at, french: [] });
    else groups[groups.length - 1]!.french.push(item);
  }
  const w = new PartnerWriter(ctx, language);
  const paired = groups
    .filter((g) => g.french.length || g.at)
    .map((g) => ({ ...g, partner: g.at && g.at.part !== 'signatures' ? w.part(g.at) : [] }));
  const signatures = paired.filter((g) => g.at?.part === 'signatures').flatMap((g) => g.french);
  const text = paired.filter((g) => g.at?.part !== 'signatures');

  if (ctx.snapshot.governance.conventionLayout === 'parts') {
    return [
      ...text.flatMap((g) => g.french),
      w.paragraph(w.versionHeading(), { style: STYLE.heading1, pageBreakBefore: true }),
      ...text.flatMap((g) => g.partner),
      ...signatures,
    ];
  }
  const rows = text.flatMap((g) => pairRows(g.french, g.partner));
  return [columnsTable(ctx, w, rows), ...signatures];
}

/**
 * Rows of one part: one per paragraph when both versions have as many, else the headings level with each other and
 * the rest of each version in one row (never a paragraph beside an unrelated one).
 */
export function pairRows<T>(french: T[], partner: T[]): Array<[T[], T[]]> {
  if (french.length === partner.length) return french.map((f, i) => [[f], [partner[i]!]]);
  if (!french.length || !partner.length || french.length === 1 || partner.length === 1) return [[french, partner]];
  return [
    [[french[0]!], [partner[0]!]],
    [french.slice(1), partner.slice(1)],
  ];
}

const NONE = { style: 'none' as const, size: 0, color: 'FFFFFF' };
const RULE = { style: 'single' as const, size: 4, color: '808080' };

/** Twips between the margins of the A4 portrait page (kit.ts's margins). */
const HALF = Math.round((11906 - 2500) / 2);

function columnsTable(ctx: RenderContext, w: PartnerWriter, rows: Array<[Array<Paragraph | Table>, Array<Paragraph | Table>]>): Table {
  const c = ctx.p.convention;
  const cell = (children: Array<Paragraph | Table>) =>
    new TableCell({
      width: { size: HALF, type: WidthType.DXA },
      margins: { left: 120, right: 120 },
      children: children.length ? children : [EMPTY()],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell([para(ctx, c.frenchColumn, { style: STYLE.tableHeader })]),
      cell([w.paragraph(w.versionHeading(), { style: STYLE.tableHeader, bold: true })]),
    ],
  });
  return new Table({
    width: { size: HALF * 2, type: WidthType.DXA },
    columnWidths: [HALF, HALF],
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, left: NONE, right: NONE, bottom: NONE, insideHorizontal: NONE, insideVertical: RULE },
    rows: [header, ...rows.map(([french, partner]) => new TableRow({ children: [cell(french), cell(partner)] }))],
  });
}

/** Complex-script sizes (half-points) of the styles the partner's paragraphs use, so Arabic prints at their size. */
const CS_SIZE: Record<string, number> = { [STYLE.title]: 36, [STYLE.subtitle]: 24, [STYLE.heading1]: 28, [STYLE.heading2]: 24, [STYLE.article]: 22, [STYLE.tableHeader]: 17 };

/** Writes the partner's version of each part, in its language. */
class PartnerWriter {
  private readonly rtl: boolean;
  constructor(
    private readonly ctx: RenderContext,
    readonly language: string,
  ) {
    this.rtl = isRightToLeft(language);
  }

  /** A heading or fixed phrase: the officer's or the app's wording, else a marker linking to the headings table. */
  phrase(key: PartnerHeadingKey, values?: Record<string, string>, append: readonly string[] = []): Piece {
    const wording = partnerPhrase(key, this.language, this.ctx.snapshot.governance.partnerHeadings);
    if (wording === null) return missing('partnerHeading', `governance.partnerHeadings.${key}`);
    return values ? fillPhrase(wording, values, append) : wording;
  }

  /** « Versión en español »; in a language the app does not write and the officer did not name, the French label. */
  versionHeading(): Line {
    const wording = partnerPhrase('version', this.language, this.ctx.snapshot.governance.partnerHeadings);
    if (wording !== null) return [wording];
    const language = languageNameIn(this.language, this.ctx.locale);
    return fill(this.ctx.p.convention.partnerColumn, { language });
  }

  runs(line: Line, options: { bold?: boolean; size?: number } = {}): TextRun[] {
    const pieces = line.flatMap((piece) =>
      typeof piece === 'string' && hasMarker(piece) ? textWithMarkers(piece, 'documents.typedMarker') : [piece],
    );
    const script = this.rtl
      ? {
          rightToLeft: true as const,
          font: { ascii: FONT, hAnsi: FONT, cs: FONT },
          sizeComplexScript: options.size ?? 21,
          language: { value: this.language, bidirectional: this.language },
          ...(options.bold ? { boldComplexScript: true } : {}),
        }
      : { font: undefined, language: { value: this.language } };
    return pieces.flatMap((piece) => {
      if (isMissing(piece)) {
        // A marker is read by the French officer: in the document's language, highlighted, recorded.
        this.ctx.markers.push(piece);
        return [new TextRun({ text: markerText(piece, this.ctx.locale), bold: true, highlight: 'yellow' })];
      }
      if (!piece) return [];
      // No French typography here: the partner's text is printed as its authors wrote it. In a right-to-left
      // language, the runs of that script are marked rtl and a Latin name or number among them stays a
      // left-to-right run, so Word and LibreOffice keep "CP-2027-03-14" as it is written.
      const spans = this.rtl ? scriptSpans(piece) : [{ text: piece, rtl: false }];
      return spans.map(
        (span) =>
          new TextRun({
            text: span.text,
            ...(options.bold ? { bold: true } : {}),
            ...(this.rtl && !span.rtl ? { font: script.font, language: { value: this.language } } : script),
          }),
      );
    });
  }

  paragraph(
    line: Line,
    options: { style?: string; bold?: boolean; justified?: boolean; centered?: boolean; pageBreakBefore?: boolean } = {},
  ): Paragraph {
    const size = options.style ? CS_SIZE[options.style] : undefined;
    return new Paragraph({
      children: this.runs(line, { ...(options.bold ? { bold: true } : {}), ...(size ? { size } : {}) }),
      ...(options.style ? { style: options.style } : {}),
      ...(this.rtl ? { bidirectional: true } : {}),
      ...(options.justified ? { alignment: 'both' as const } : options.centered ? { alignment: 'center' as const } : {}),
      ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    });
  }

  /** The officer's text, one paragraph per line; an empty text is one marker linking to where it is written. */
  text(text: string, what: 'partnerText' | 'partnerObject' | 'partnerPreamble', focus: string, style?: string): Paragraph[] {
    const lines = text
      .split(/\n+/)
      .map((t) => t.trim())
      .filter(Boolean);
    if (!lines.length) return [this.paragraph([missing(what, focus)], { ...(style ? { style } : {}) })];
    return lines.map((t) => this.paragraph(textWithMarkers(t, focus, what), { ...(style ? { style } : { justified: true }) }));
  }

  part(at: ConventionPart): Paragraph[] {
    const s = this.ctx.snapshot;
    switch (at.part) {
      case 'title':
        return [this.paragraph([this.phrase('title')], { style: STYLE.title })];
      case 'object':
        return this.text(s.governance.objectPartner, 'partnerObject', 'governance.objectPartner', STYLE.subtitle);
      case 'partiesTitle':
        return [this.paragraph([this.phrase('parties')], { style: STYLE.heading2 })];
      case 'party':
        return [this.partyClause(at.role)];
      case 'and':
        return [this.paragraph([this.phrase('and')], { bold: true })];
      case 'visas':
        return this.visas();
      case 'preamble':
        return [
          this.paragraph([this.phrase('preamble')], { style: STYLE.heading2 }),
          ...this.text(s.governance.preamblePartner, 'partnerPreamble', 'governance.preamblePartner'),
        ];
      case 'agreed':
        return [this.paragraph([this.phrase('agreed')], { bold: true })];
      case 'facts':
        return [];
      case 'article':
        return this.article(at.clause, at.n);
      case 'closing':
        return [this.paragraph([this.phrase('doneAt', { dots: this.ctx.p.dots, count: '4' })])];
      case 'signatures':
        return [];
    }
  }

  private partyClause(role: 'lead' | 'partner'): Paragraph {
    const party = partyOf(this.ctx, role);
    if (!party) return this.paragraph([missing('signatory', 'partnership.parties')]);
    const signatory = this.ctx.snapshot.signatories.find((x) => x.partyId === party.id);
    const ref = signatory ? partnerDeliberationRef(signatory.deliberationNumber, signatory.deliberationDate, this.language) : '';
    const who = representativeWithTitle(party);
    const comma = `${punctuation(this.language).comma} `;
    const line: Line = [
      party.name.trim() ? `${party.name.trim()}${partyTypeNote(party)}` : missing('authorityName', `party.${party.id}.name`),
      comma,
      this.phrase('seat'),
      ' ',
      party.seat.trim() || missing('seat', `party.${party.id}.seat`),
      comma,
      this.phrase('representedBy'),
      ' ',
      who || missing('representedBy', `party.${party.id}.representedBy`),
      ...(ref ? [comma, this.phrase('actingUnder'), ' ', ref] : []),
      comma,
      this.phrase(role === 'lead' ? 'hereafterLead' : 'hereafterPartner'),
      comma.trim(),
    ];
    return this.paragraph(line, { justified: true });
  }

  private visas(): Paragraph[] {
    const s = this.ctx.snapshot;
    const prefix = this.phrase('visaPrefix');
    const lines = [s.governance.conventionVisasFrance, s.governance.conventionVisasPartner].flatMap((text) =>
      officerVisaLines(text).map((line): Line => [prefix, ' ', line, punctuation(this.language).semicolon]),
    );
    const deliberations = (['lead', 'partner'] as const).flatMap((role): Line[] => {
      const party = partyOf(this.ctx, role);
      const signatory = party ? s.signatories.find((x) => x.partyId === party.id) : undefined;
      const ref = signatory ? partnerDeliberationRef(signatory.deliberationNumber, signatory.deliberationDate, this.language) : '';
      return party && ref ? [[this.phrase('visaDeliberation', { name: party.name.trim(), ref }, ['name', 'ref'])]] : [];
    });
    return [
      this.paragraph([this.phrase('visas')], { style: STYLE.heading2 }),
      // The CGCT binds local authorities only: an association's partner version cites it no more than its French one.
      ...[...(this.ctx.facts.author.publicLaw ? [[this.phrase('visaCgct')]] : []), ...lines, ...deliberations].map((line) => this.paragraph(line, { style: STYLE.visa })),
    ];
  }

  private article(clause: Clause, n: number): Paragraph[] {
    const title = partnerClauseTitle(clause, this.language, this.ctx.settings.authorityType);
    const heading: Line = [
      this.phrase('article', { n: String(n) }, ['n']),
      ' — ',
      title ?? missing('partnerTitle', `clause.${clause.id}.partnerTitle`),
    ];
    return [
      this.paragraph(heading, { style: STYLE.article }),
      ...this.text(clause.partnerText, 'partnerText', `clause.${clause.id}.partnerText`),
    ];
  }

  /** « Por: Municipalidad de Valparaíso » under the French « Pour … » of the signature block. */
  forParty(role: 'lead' | 'partner'): Paragraph {
    const party = partyOf(this.ctx, role);
    const name = party?.name.trim() ?? '';
    return this.paragraph([this.phrase('forParty', { name }, ['name'])], { centered: true, bold: true });
  }
}

/** Letters of the right-to-left scripts (Hebrew, Arabic and their presentation forms). */
const RTL_LETTER = '\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc';
const RTL_SPAN = new RegExp(`[${RTL_LETTER}](?:[${RTL_LETTER}\\s\u060c\u061b\u061f\u0660-\u0669\u06f0-\u06f9«».:!،؛-]*[${RTL_LETTER}\u060c\u061b\u061f.:!»])?`, 'gu');

/** A text cut into its right-to-left spans and the rest (Latin names, numbers), in reading order. */
export function scriptSpans(text: string): Array<{ text: string; rtl: boolean }> {
  const out: Array<{ text: string; rtl: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(RTL_SPAN)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), rtl: false });
    out.push({ text: m[0], rtl: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), rtl: false });
  return out;
}

/** A language's name in the document's language ("wolof"), from the platform's locale data. */
function languageNameIn(language: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** The officer's visas, one per line, without the French « Vu » (the partner's version has its own) or end mark. */
export function officerVisaLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^vu\s+/iu, '')
        .replace(/[\s;,.]+$/u, ''),
    )
    .filter(Boolean);
}

/** The partner's « For … » line of a party's signature column; none for a French-only convention. */
export function partnerSignatureLines(ctx: RenderContext, role: 'lead' | 'partner'): Paragraph[] {
  const language = secondLanguage(ctx.snapshot.framing);
  return language ? [new PartnerWriter(ctx, language).forParty(role)] : [];
}
