import { serialize } from 'node:v8';
import type { Locale } from '../../src-shared/i18n/catalogues';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';
import { sharedPool, type RunOptions, type WorkerPool } from './pool';

/**
 * The Département's Word template filled in the worker pool (src-main/documents/template.ts's fillTemplate):
 * patching a template holds the main thread as long as building a document does.
 */
export function fillTemplateInWorkers(
  snapshot: ProgrammeSnapshot,
  settings: AuthoritySettings,
  options: { locale: Locale; draft: boolean; kind: 'rapport' | 'deliberation'; template: Uint8Array } & RunOptions,
  pool: WorkerPool = sharedPool(),
): Promise<{ bytes: Uint8Array; unknown: string[] }> {
  const programme = new Uint8Array(serialize({ snapshot, settings }));
  const { signal, ...rest } = options;
  return pool.run('template.fill', { programme, ...rest }, { signal });
}
