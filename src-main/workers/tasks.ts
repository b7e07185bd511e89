import { deserialize } from 'node:v8';
import { pack, renderContext } from '../documents/kit';
import { fillTemplate } from '../documents/template';
import { buildDocuments, documentBlockers, type DocumentKind } from '../documents/package';
import { buildReport } from '../documents/report';
import { inspectArchive, packArchive, unpackArchive } from '../archive';
import { exportBudget } from '../xlsx/budget';
import { exportLogframe, importLogframe } from '../xlsx/logframe';
import { declarationTasks } from './declarations';
import type { Locale } from '../../src-shared/i18n/catalogues';
import type { ReadinessItem } from '../../src-shared/method/readiness';
import { newId, type AuthoritySettings, type ProgrammeSnapshot } from '../../src-shared/model';
import { stripXmlForbiddenDeep } from '../../src-shared/model/xml-chars';

/** One document of the package, built and zipped; or, for a final build, what blocks it. */
export interface BuiltFile {
  kind: DocumentKind;
  fileName: string;
  bytes: Uint8Array;
  /** Fields a draft marked as missing (the package counts them once across documents). */
  focuses: string[];
  blockers: ReadinessItem[];
}

/**
 * The heavy work that runs in worker threads: each task is a pure function of structured-cloneable
 * input (no store, no app), so a worker needs nothing but this table.
 */
export const TASKS = {
  /** What blocks a final build of one document (built, not zipped): the documents screen's list. */
  'documents.blockers': async (input: { programme: Uint8Array; locale: Locale; kind: DocumentKind }): Promise<ReadinessItem[]> => {
    const { snapshot, settings } = deserialize(input.programme) as { snapshot: ProgrammeSnapshot; settings: AuthoritySettings };
    return documentBlockers(snapshot, settings, { locale: input.locale, documents: [input.kind] });
  },
  /** `programme`: v8-serialised { snapshot, settings }, made once for the five documents (one copy, not five clones). */
  'documents.build': async (input: { programme: Uint8Array; locale: Locale; draft: boolean; kind: DocumentKind }): Promise<BuiltFile> => {
    const received = deserialize(input.programme) as { snapshot: ProgrammeSnapshot; settings: AuthoritySettings };
    // Text stored before the boundaries stripped XML-forbidden characters must not break a document.
    const snapshot = stripXmlForbiddenDeep(received.snapshot);
    const settings = stripXmlForbiddenDeep(received.settings);
    const options = { locale: input.locale, draft: input.draft, documents: [input.kind] };
    const built = buildDocuments(snapshot, settings, options);
    const doc = built[0]!;
    const blockers = input.draft ? [] : documentBlockers(snapshot, settings, options, built);
    const bytes = blockers.length > 0 ? new Uint8Array(0) : await pack(doc.document);
    return { kind: doc.kind, fileName: doc.fileName, bytes, focuses: [...new Set(doc.markers.map((m) => m.focus))], blockers };
  },
  /** The rapport or the deliberation filled into the Département's Word template (docx's patcher is heavy). */
  'template.fill': async (input: { programme: Uint8Array; locale: Locale; draft: boolean; kind: 'rapport' | 'deliberation'; template: Uint8Array }) => {
    const received = deserialize(input.programme) as { snapshot: ProgrammeSnapshot; settings: AuthoritySettings };
    const snapshot = stripXmlForbiddenDeep(received.snapshot);
    const settings = stripXmlForbiddenDeep(received.settings);
    return fillTemplate(renderContext(snapshot, settings, input.locale, input.draft), input.kind, input.template);
  },
  'documents.report': async (input: { snapshot: ProgrammeSnapshot; settings: AuthoritySettings; locale: Locale; draft: boolean; year: number; final: boolean }) =>
    buildReport(stripXmlForbiddenDeep(input.snapshot), stripXmlForbiddenDeep(input.settings), input),
  'archive.pack': async (input: Parameters<typeof packArchive>[0]) => packArchive(input),
  'archive.unpack': async (input: { bytes: Uint8Array; password?: string | undefined }) => unpackArchive(input.bytes, input.password),
  'archive.inspect': async (input: { bytes: Uint8Array; password?: string | undefined }) => inspectArchive(input.bytes, input.password),
  'xlsx.exportLogframe': (input: { snapshot: ProgrammeSnapshot; locale: Locale }) => exportLogframe(input.snapshot, input.locale),
  'xlsx.exportBudget': (input: { snapshot: ProgrammeSnapshot; locale: Locale }) => exportBudget(input.snapshot, input.locale),
  // Ids of rows the sheet does not carry are placeholders: merging gives them the programme's own.
  'xlsx.importLogframe': (input: { bytes: Uint8Array }) => importLogframe(input.bytes, newId),
  ...declarationTasks,
} satisfies Record<string, (input: never) => Promise<unknown>>;

export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>[0];
export type TaskOutput<N extends TaskName> = Awaited<ReturnType<(typeof TASKS)[N]>>;
