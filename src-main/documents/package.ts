import type { Document } from 'docx';
import { CommandError } from '../../src-shared/api/errors';
import type { Locale } from '../../src-shared/i18n/catalogues';
import { gate, type ReadinessItem } from '../../src-shared/method/readiness';
import { documentValueItems } from '../../src-shared/method/readiness-rules/documents';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';
import { buildAnnexesDocument } from './annexes';
import { buildCapitalisationDocument } from './capitalisation';
import { buildConventionDocument } from './convention';
import { buildDeliberationDocument } from './deliberation';
import { DOCUMENT_KINDS, type DocumentKind } from './kinds';
import { pack, renderContext, type RenderContext } from './kit';
import { buildRapportDocument } from './rapport';

export { DOCUMENT_KINDS, type DocumentKind } from './kinds';

/** Whose tables are written as raw WordprocessingML (the rapport's whole body: raw-xml/body.ts). */
const RAW_TABLES: Record<DocumentKind, boolean> = {
  rapport: true,
  deliberation: true,
  convention: true,
  annexes: true,
  capitalisation: true,
};

const BUILDERS: Record<DocumentKind, (ctx: RenderContext) => Document> = {
  rapport: buildRapportDocument,
  deliberation: buildDeliberationDocument,
  convention: buildConventionDocument,
  annexes: buildAnnexesDocument,
  capitalisation: buildCapitalisationDocument,
};

export interface BuiltDocument {
  kind: DocumentKind;
  fileName: string;
  document: Document;
  markers: RenderContext['markers'];
}

/** Builds the Word object model of each document (not yet zipped), with the missing values each one marked. */
export function buildDocuments(
  snapshot: ProgrammeSnapshot,
  settings: AuthoritySettings,
  options: {
    locale: Locale;
    draft: boolean;
    documents?: DocumentKind[];
    /** false: every table as docx objects (the tests compare both ways). */
    rawTables?: boolean;
  },
): BuiltDocument[] {
  const kinds = options.documents?.length
    ? DOCUMENT_KINDS.filter((k) => options.documents!.includes(k))
    : [...DOCUMENT_KINDS];
  return kinds.map((kind) => {
    const ctx = renderContext(snapshot, settings, options.locale, options.draft, {
      rawTables: options.rawTables !== false && RAW_TABLES[kind],
    });
    const document = BUILDERS[kind](ctx);
    return {
      kind,
      fileName: fileNameOf(snapshot, kind, options.locale, ctx),
      document,
      markers: ctx.markers,
    };
  });
}

/** "2 - Projet de délibération - CAP JEUNES.docx": numbered in filing order, whichever documents were asked. */
function fileNameOf(
  snapshot: ProgrammeSnapshot,
  kind: DocumentKind,
  locale: Locale,
  ctx: RenderContext,
): string {
  const index = DOCUMENT_KINDS.indexOf(kind);
  const label =
    kind === 'rapport' && ctx.settings.presidentTitle === 'presidente' ? ctx.p.fileNames.rapportFeminine : ctx.p.fileNames[kind];
  const acronym = (snapshot.framing.acronym || snapshot.framing.title).trim().slice(0, 40);
  const safe =
    `${index + 1} - ${label}${acronym ? ` - ${acronym}` : ''}${locale === 'fr' ? '' : ` (${locale})`}`
      // Portable file names: no path separators or characters Windows refuses.
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return `${safe}.docx`;
}

/**
 * What stops a final export: the gate's blocking items (the same list the sidebar and `atelier check` show); when the
 * gate finds nothing, any value a built document still marked (a property test keeps this empty).
 */
export function documentBlockers(
  snapshot: ProgrammeSnapshot,
  settings: AuthoritySettings,
  options: { locale: Locale; documents?: DocumentKind[] },
  /** Final (non-draft) documents already built, to read their markers instead of building them again. */
  built: BuiltDocument[] = buildDocuments(snapshot, settings, { ...options, draft: false }),
): ReadinessItem[] {
  const items: ReadinessItem[] = gate(snapshot, settings).blocking;
  if (items.length) return items;
  // Ready by the gate: a document must then mark nothing; should one still do, it is refused all the same.
  return documentValueItems(built.flatMap((doc) => doc.markers));
}

/**
 * The deliberation package as .docx files. The archive engineer calls it with draft: true.
 * A final (non-draft) export is refused with 'document_incomplete' and the list while anything blocks.
 */
export async function buildDocumentPackage(
  snapshot: ProgrammeSnapshot,
  settings: AuthoritySettings,
  options: { locale: 'fr' | 'en'; draft: boolean; documents?: DocumentKind[] },
): Promise<Array<{ kind: DocumentKind; fileName: string; bytes: Uint8Array }>> {
  return (await buildDocumentPackageWithMarkers(snapshot, settings, options)).files;
}

/** The same, with the number of distinct missing values a draft marked (the documents screen shows it). */
export async function buildDocumentPackageWithMarkers(
  snapshot: ProgrammeSnapshot,
  settings: AuthoritySettings,
  options: { locale: 'fr' | 'en'; draft: boolean; documents?: DocumentKind[] },
): Promise<{ files: Array<{ kind: DocumentKind; fileName: string; bytes: Uint8Array }>; markers: number }> {
  const built = buildDocuments(snapshot, settings, options);
  if (!options.draft) {
    // A final build marks nothing it has; any marker it made is a missing value, so the same pass decides.
    const blockers = documentBlockers(snapshot, settings, options, built);
    if (blockers.length) {
      throw new CommandError(
        'document_incomplete',
        `The final documents cannot be produced: ${blockers.length} blocking ${blockers.length === 1 ? 'item' : 'items'} to complete.`,
        {
          items: blockers,
        },
      );
    }
  }
  const files = await Promise.all(
    built.map(async (b) => ({ kind: b.kind, fileName: b.fileName, bytes: await pack(b.document) })),
  );
  return { files, markers: new Set(built.flatMap((b) => b.markers.map((m) => m.focus))).size };
}
