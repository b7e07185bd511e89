import { serialize } from 'node:v8';
import { CommandError } from '../../src-shared/api/errors';
import type { Locale } from '../../src-shared/i18n/catalogues';
import type { ReadinessItem } from '../../src-shared/method/readiness';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';
import { DOCUMENT_KINDS, type DocumentKind } from '../documents/kinds';
import { sharedPool, type WorkerPool } from './pool';

export interface PackageOptions {
  locale: Locale;
  draft: boolean;
  documents?: DocumentKind[] | undefined;
  signal?: AbortSignal | undefined;
  /** Called as each document is ready (done of total), for a progress bar. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface PackageResult {
  files: Array<{ kind: DocumentKind; fileName: string; bytes: Uint8Array }>;
  /** Distinct missing values the drafts marked, counted once across documents. */
  markers: number;
}

/**
 * The council's package, built off the main thread: one worker task per document, so the five build in
 * parallel; the same files, order and refusal (document_incomplete with every blocking item) as
 * src-main/documents/package.ts's buildDocumentPackageWithMarkers, whose builders the workers run.
 */
export async function buildPackageInWorkers(
  snapshot: ProgrammeSnapshot,
  settings: AuthoritySettings,
  options: PackageOptions,
  pool: WorkerPool = sharedPool(),
): Promise<PackageResult> {
  const kinds = options.documents?.length ? DOCUMENT_KINDS.filter((k) => options.documents!.includes(k)) : [...DOCUMENT_KINDS];
  const programme = programmeBytes(snapshot, settings);
  let done = 0;
  const byKind = new Map(
    longestFirst(kinds).map((kind) => [
      kind,
      pool
        .run('documents.build', { programme, locale: options.locale, draft: options.draft, kind }, { signal: options.signal })
        .then((file) => {
          options.onProgress?.(++done, kinds.length);
          return file;
        }),
    ]),
  );
  const built = await Promise.all(kinds.map((kind) => byKind.get(kind)!));
  const blockers = uniqueById(built.flatMap((b) => b.blockers));
  if (blockers.length > 0) {
    throw new CommandError(
      'document_incomplete',
      `The final documents cannot be produced: ${blockers.length} blocking ${blockers.length === 1 ? 'item' : 'items'} to complete.`,
      { items: blockers },
    );
  }
  return {
    files: built.map((b) => ({ kind: b.kind, fileName: b.fileName, bytes: b.bytes })),
    markers: new Set(built.flatMap((b) => b.focuses)).size,
  };
}

/**
 * What stops a final export (src-main/documents/package.ts's documentBlockers), found by building the
 * documents in the workers: the same items, in the same order, each once.
 */
export async function documentBlockersInWorkers(
  snapshot: ProgrammeSnapshot,
  settings: AuthoritySettings,
  options: { locale: Locale; documents?: DocumentKind[] | undefined; signal?: AbortSignal | undefined },
  pool: WorkerPool = sharedPool(),
): Promise<ReadinessItem[]> {
  const kinds = options.documents?.length ? DOCUMENT_KINDS.filter((k) => options.documents!.includes(k)) : [...DOCUMENT_KINDS];
  const programme = programmeBytes(snapshot, settings);
  const byKind = new Map(
    longestFirst(kinds).map((kind) => [kind, pool.run('documents.blockers', { programme, locale: options.locale, kind }, { signal: options.signal })]),
  );
  const lists = await Promise.all(kinds.map((kind) => byKind.get(kind)!));
  return uniqueById(lists.flat());
}

/**
 * What the document tasks receive, serialised once on the main thread: posting the bytes to five tasks is
 * a copy, cloning the programme five times is not. Without the saved Word template (up to 2.8 MB of
 * base64): no document reads it, and template.fill receives its bytes on their own.
 */
export function programmeBytes(snapshot: ProgrammeSnapshot, settings: AuthoritySettings): Uint8Array {
  return new Uint8Array(serialize({ snapshot, settings: settings.wordTemplate ? { ...settings, wordTemplate: null } : settings }));
}

/**
 * The documents in the order the pool starts them: the longest first (the annexes' tables, the rapport's laid-out
 * contents), so that the workers finish together instead of one starting the annexes when the others are done.
 * The files still come back in filing order.
 */
const COST_ORDER: DocumentKind[] = ['annexes', 'rapport', 'convention', 'capitalisation', 'deliberation'];
const longestFirst = (kinds: DocumentKind[]) => [...kinds].sort((a, b) => COST_ORDER.indexOf(a) - COST_ORDER.indexOf(b));

/** The readiness items every document repeats, once; each document's own missing values kept. */
function uniqueById(items: ReadinessItem[]): ReadinessItem[] {
  const seen = new Map<string, ReadinessItem>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}
