import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocumentPackageWithMarkers, documentBlockers } from '../../src-main/documents/package';
import { buildPackageInWorkers, documentBlockersInWorkers } from '../../src-main/workers/documents';
import { TaskCancelled, WorkerPool } from '../../src-main/workers/pool';
import { CommandError } from '../../src-shared/api/errors';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';
import { generateLargeProgramme } from '../../bench/generate';

const pool = new WorkerPool(2);
afterAll(() => pool.close());

const settings = AuthoritySettings.parse(demoSettings());
const demo = buildDemoProgramme(newId, '2026-11-26T10:00:00.000Z');
const body = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

describe('the worker pool (documents, archives and Excel off the main thread)', () => {
  it('builds the same five documents in workers as in the main thread, in filing order', async () => {
    const inline = await buildDocumentPackageWithMarkers(demo, settings, { locale: 'fr', draft: true });
    const progress: number[] = [];
    const workers = await buildPackageInWorkers(demo, settings, { locale: 'fr', draft: true, onProgress: (done) => progress.push(done) }, pool);
    expect(workers.files.map((f) => [f.kind, f.fileName])).toEqual(inline.files.map((f) => [f.kind, f.fileName]));
    for (const [i, file] of workers.files.entries()) expect(body(file.bytes), file.kind).toBe(body(inline.files[i]!.bytes));
    expect(workers.markers).toBe(inline.markers);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(pool.started).toBeLessThanOrEqual(2);
  });

  it('a final build with missing values is refused as in the main thread, every blocking item once', async () => {
    const bare = { ...demo, framing: { ...demo.framing, title: '' } };
    const inline = await buildDocumentPackageWithMarkers(bare, settings, { locale: 'fr', draft: false }).catch((e: unknown) => e);
    const workers = await buildPackageInWorkers(bare, settings, { locale: 'fr', draft: false }, pool).catch((e: unknown) => e);
    expect(inline).toBeInstanceOf(CommandError);
    expect(workers).toBeInstanceOf(CommandError);
    const ids = (e: unknown) => ((e as CommandError).details as { items: Array<{ id: string }> }).items.map((i) => i.id).sort();
    expect((workers as CommandError).code).toBe('document_incomplete');
    expect(ids(workers)).toEqual(ids(inline));
    expect(ids(workers).length).toBeGreaterThan(0);
  });

  it('the documents screen’s list of blocking items is the same from the workers, in the same order', async () => {
    const bare = { ...demo, framing: { ...demo.framing, title: '', startDate: null }, parties: [] };
    const inline = documentBlockers(bare, settings, { locale: 'fr' });
    expect(inline.length).toBeGreaterThan(1);
    expect(await documentBlockersInWorkers(bare, settings, { locale: 'fr' }, pool)).toEqual(inline);
  });

  it('an archive error keeps its code across the thread boundary', async () => {
    const error = await pool.run('archive.unpack', { bytes: new Uint8Array([1, 2, 3, 4]) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).code).toBe('archive_invalid');
  });

  it('cancelling stops the task (the large package) and the pool goes on serving', async () => {
    const large = generateLargeProgramme(1);
    const controller = new AbortController();
    const building = buildPackageInWorkers(large, settings, { locale: 'fr', draft: true, signal: controller.signal }, pool);
    controller.abort();
    await expect(building).rejects.toBeInstanceOf(TaskCancelled);
    // Already aborted: refused before any work.
    await expect(pool.run('archive.inspect', { bytes: new Uint8Array(4) }, { signal: controller.signal })).rejects.toBeInstanceOf(TaskCancelled);
    const after = await buildPackageInWorkers(demo, settings, { locale: 'fr', draft: true, documents: ['deliberation'] }, pool);
    expect(after.files.map((f) => f.kind)).toEqual(['deliberation']);
    expect(pool.started).toBeLessThanOrEqual(2);
  });
});
