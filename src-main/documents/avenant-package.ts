import { CommandError } from '../../src-shared/api/errors';
import type { Locale } from '../../src-shared/i18n/catalogues';
import { amendmentDiff, type AmendmentDiff } from '../../src-shared/method/amendment';
import { lineText, fill } from '../../src-shared/method/pieces';
import { gate } from '../../src-shared/method/readiness';
import { documentValueItems } from '../../src-shared/method/readiness-rules/documents';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';
import { avenantPhrases, buildAvenantDocument, type AmendmentSource } from './avenant';
import { buildAvenantDeliberationDocument } from './avenant-deliberation';
import { pack, renderContext } from './kit';

export type AmendmentDocumentKind = 'avenant' | 'avenant-deliberation';

export interface AmendmentFile {
  kind: AmendmentDocumentKind;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The amendment's two documents: the avenant and the draft deliberation approving it. Refused with
 * 'amendment_unchanged' when nothing the convention states has changed; a final (non-draft) build is refused with
 * 'document_incomplete' by the same gate as the deliberation package (the programme's readiness, then any value a
 * document still had to mark).
 */
export async function buildAmendmentPackage(
  voted: ProgrammeSnapshot,
  current: ProgrammeSnapshot,
  settings: AuthoritySettings,
  options: { locale: Locale; draft: boolean; number: number; votedDeliberation: { number: string; date: string } },
): Promise<{ files: AmendmentFile[]; markers: number; diff: AmendmentDiff }> {
  const diff = amendmentDiff(voted, current);
  if (diff.empty) throw new CommandError('amendment_unchanged', 'Nothing the convention states has changed since the voted version.');
  const source: AmendmentSource = { voted, votedDeliberation: options.votedDeliberation, number: options.number, diff };
  const build = (kind: AmendmentDocumentKind) => {
    // Both documents are packed by pack(): their tables may be written as raw XML.
    const ctx = renderContext(current, settings, options.locale, options.draft, { rawTables: true });
    const votedCtx = renderContext(voted, settings, options.locale, options.draft, { rawTables: true });
    const document = kind === 'avenant' ? buildAvenantDocument(ctx, votedCtx, source) : buildAvenantDeliberationDocument(ctx, votedCtx, source);
    return { kind, document, markers: ctx.markers };
  };
  const built = [build('avenant'), build('avenant-deliberation')];
  if (!options.draft) {
    const blocking = gate(current, settings).blocking;
    const items = blocking.length ? blocking : documentValueItems(built.flatMap((b) => b.markers));
    if (items.length)
      throw new CommandError('document_incomplete', `The final amendment cannot be produced: ${items.length} blocking items to complete.`, { items });
  }
  const phrases = avenantPhrases(options.locale);
  const acronym = (current.framing.acronym || current.framing.title).trim().slice(0, 40);
  const files = await Promise.all(
    built.map(async (b, i) => {
      const label = lineText(fill(b.kind === 'avenant' ? phrases.avenant.fileName : phrases.avenantDeliberation.fileName, { n: options.number }), options.locale);
      const name = `${i + 1} - ${label}${acronym ? ` - ${acronym}` : ''}${options.locale === 'fr' ? '' : ` (${options.locale})`}`
        .replace(/[\\/:*?"<>|]+/g, ' ')
        .replace(/\p{Cc}+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      return { kind: b.kind, fileName: `${name}.docx`, bytes: await pack(b.document) };
    }),
  );
  return { files, markers: new Set(built.flatMap((b) => b.markers.map((m) => m.focus))).size, diff };
}
