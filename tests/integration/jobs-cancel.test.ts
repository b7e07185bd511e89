import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateLargeProgramme } from '../../bench/generate';
import { startWebServer } from '../../src-main/web/server';
import type { Envelope } from '../../src-shared/api/errors';
import type { JobProgress } from '../../src-shared/api/jobs';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let largeId: string;
beforeEach(async () => {
  t = await createTestApp();
  largeId = t.app.programmes.insert(generateLargeProgramme(1)).id;
});
afterEach(() => t.close());

const meta = { transport: 'test' as const };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls jobs.progress until the job is running with a known total (or has ended), keeping every answer. */
async function pollUntilRunning(jobId: string, seen: JobProgress[]): Promise<JobProgress> {
  for (;;) {
    const p = await t.ok('jobs.progress', { jobId });
    seen.push(p);
    if ((p.state === 'running' && p.total > 0) || p.state === 'done' || p.state === 'failed') return p;
    await sleep(2);
  }
}

describe('following and cancelling a long command by its jobId', () => {
  it('the large package: progress counts the documents, and the last poll reads 5 of 5, done', async () => {
    const jobId = randomUUID();
    const generating = t.ok('documents.generate', { programmeId: largeId, draft: true, locale: 'fr', jobId });
    const seen: JobProgress[] = [];
    const first = await pollUntilRunning(jobId, seen);
    expect(first.total).toBe(5);
    const out = await generating;
    expect(out.files).toHaveLength(5);
    expect(await t.ok('jobs.progress', { jobId })).toEqual({ done: 5, total: 5, state: 'done' });
    // Progress only moves forward.
    const dones = seen.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  it('the large package cancelled while it is built answers `cancelled`, and the pool goes on serving', async () => {
    const jobId = randomUUID();
    const generating = t.dispatch('documents.generate', { programmeId: largeId, draft: true, locale: 'fr', jobId }, meta);
    const running = await pollUntilRunning(jobId, []);
    expect(running.state).toBe('running');
    expect(await t.ok('jobs.cancel', { jobId })).toEqual({ state: 'running' });
    const answer = await generating;
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe('cancelled');
    expect((await t.ok('jobs.progress', { jobId })).state).toBe('cancelled');
    const again = await t.ok('documents.generate', { programmeId: largeId, documents: ['convention'], draft: true, locale: 'fr' });
    expect(again.files.map((f) => f.kind)).toEqual(['convention']);
  });

  it('an archive export cancelled while it runs records nothing: the database is byte for byte the same', async () => {
    const before = t.databaseBytes();
    const jobId = randomUUID();
    const exporting = t.dispatch('archive.export', { programmeId: largeId, jobId }, meta);
    const order: string[] = [];
    void exporting.then(() => order.push('export'));
    expect((await pollUntilRunning(jobId, [])).state).toBe('running');
    const cancel = await t.dispatch('jobs.cancel', { jobId }, meta);
    order.push('cancel');
    expect(cancel.ok).toBe(true);
    const answer = await exporting;
    expect(!answer.ok && answer.error.code).toBe('cancelled');
    // The cancel (a write's follower) was answered while the export (a write) still ran.
    expect(order).toEqual(['cancel', 'export']);
    expect(t.databaseBytes().equals(before)).toBe(true);
  });

  it('an import cancelled before it starts (it waited behind another write) changes nothing, not even a backup', async () => {
    const archive = await t.ok('archive.export', { programmeId: largeId });
    const other = await createTestApp();
    try {
      const before = other.databaseBytes();
      const backups = (await other.ok('backup.list', {})).length;
      const jobId = randomUUID();
      expect(await other.ok('jobs.cancel', { jobId })).toEqual({ state: 'cancelled' });
      const error = await other.fails('archive.import', { base64: archive.base64, jobId });
      expect(error.code).toBe('cancelled');
      expect((await other.ok('backup.list', {})).length).toBe(backups);
      expect((await other.ok('programme.list', {})).map((p) => p.id)).not.toContain(largeId);
      expect(other.databaseBytes().equals(before)).toBe(true);
      // The same archive without a cancel is imported: the refusal came from the cancel alone.
      const imported = await other.ok('archive.import', { base64: archive.base64 });
      expect(imported.status).toBe('imported');
    } finally {
      other.close();
    }
  });

  it('an Excel logframe import cancelled while the sheet is read writes nothing; the same sheet uncancelled is imported', async () => {
    const sheet = await t.ok('xlsx.exportLogframe', { programmeId: largeId, locale: 'fr' });
    const before = t.databaseBytes();
    const jobId = randomUUID();
    const importing = t.dispatch('xlsx.importLogframe', { programmeId: largeId, base64: sheet.base64, jobId }, meta);
    // Cancelled once it runs (the sheet is being read in a worker), not before it starts.
    while ((await t.ok('jobs.progress', { jobId })).state !== 'running') await sleep(2);
    expect(await t.ok('jobs.cancel', { jobId })).toEqual({ state: 'running' });
    const answer = await importing;
    expect(!answer.ok && answer.error.code).toBe('cancelled');
    expect(t.databaseBytes().equals(before)).toBe(true);
    const imported = await t.ok('xlsx.importLogframe', { programmeId: largeId, base64: sheet.base64 });
    expect(imported.programmeId).toBe(largeId);
  });

  it('jobs.progress of an id nothing ran under says so; a malformed id is refused', async () => {
    expect(await t.ok('jobs.progress', { jobId: randomUUID() })).toEqual({ done: 0, total: 0, state: 'unknown' });
    expect((await t.fails('jobs.cancel', { jobId: 'not-a-uuid' })).code).toBe('invalid_input');
  });

  it('over HTTP (browser mode), the same: the package is followed and cancelled through the one dispatcher', async () => {
    const rendererDir = join(t.dataDir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Atelier Coop</title>');
    const server = await startWebServer({ dispatch: t.dispatch, rendererDir });
    try {
      const api = async (name: string, body: unknown) => {
        const response = await fetch(`http://127.0.0.1:${server.port}/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          body: JSON.stringify(body),
        });
        return (await response.json()) as Envelope<unknown>;
      };
      const jobId = randomUUID();
      const generating = api('documents.generate', { programmeId: largeId, draft: true, locale: 'fr', jobId });
      let progress: JobProgress = { done: 0, total: 0, state: 'unknown' };
      while (!(progress.state === 'running' && progress.total > 0) && progress.state !== 'done') {
        const answer = await api('jobs.progress', { jobId });
        if (!answer.ok) throw new Error(answer.error.code);
        progress = answer.value as JobProgress;
        await sleep(2);
      }
      expect(progress).toMatchObject({ state: 'running', total: 5 });
      expect((await api('jobs.cancel', { jobId })).ok).toBe(true);
      const answer = await generating;
      expect(!answer.ok && answer.error.code).toBe('cancelled');
    } finally {
      await server.close();
    }
  });
});
