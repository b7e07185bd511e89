import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../src-main/documents/kinds';
import { buildPackageInWorkers } from '../../src-main/workers/documents';
import type { WorkerPool } from '../../src-main/workers/pool';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';

/** A pool that records the order documents are started in and answers in the reverse order. */
function recordingPool() {
  const started: string[] = [];
  const pending: Array<() => void> = [];
  const pool = {
    run: (_task: string, input: { kind: string }) =>
      new Promise((resolve) => {
        started.push(input.kind);
        pending.push(() => resolve({ kind: input.kind, fileName: `${input.kind}.docx`, bytes: new Uint8Array([1]), focuses: [], blockers: [] }));
        if (pending.length === DOCUMENT_KINDS.length) pending.reverse().forEach((answer) => answer());
      }),
  };
  return { started, pool: pool as unknown as WorkerPool };
}

describe('the package in the worker pool', () => {
  it('starts the longest documents first (annexes, rapport) and still returns the files in filing order', async () => {
    const { started, pool } = recordingPool();
    const demo = buildDemoProgramme(newId, '2026-11-26T10:00:00.000Z');
    const result = await buildPackageInWorkers(demo, AuthoritySettings.parse(demoSettings()), { locale: 'fr', draft: true }, pool);
    expect(started.slice(0, 2)).toEqual(['annexes', 'rapport']);
    expect([...started].sort()).toEqual([...DOCUMENT_KINDS].sort());
    expect(result.files.map((f) => f.kind)).toEqual([...DOCUMENT_KINDS]);
  });
});
