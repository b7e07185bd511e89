import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../src-main/services/attachments';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../src-main/web/server';
import type { Dispatch } from '../../src-main/api/dispatcher';
import { CATALOGUES } from '../../src-shared/i18n/catalogues';

let server: WebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A dispatcher that records what reached it and answers like an invalid command. */
function recordingDispatch(): { dispatch: Dispatch; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    dispatch: async (name) => {
      calls.push(name);
      return { ok: false, error: { code: 'invalid_input', message: 'The request is not valid.' } };
    },
  };
}

/** POSTs a JSON body of `size` bytes in 64 KB writes; resolves with the answer, rejects on a reset. */
function post(port: number, token: string, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/programme.create',
        method: 'POST',
        headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Content-Length': size },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const head = '{"title":"x","pad":"';
    const tail = '"}';
    req.write(head);
    const chunk = 'A'.repeat(64 * 1024);
    let left = size - head.length - tail.length;
    const pump = () => {
      while (left > 0) {
        const part = left >= chunk.length ? chunk : chunk.slice(0, left);
        left -= part.length;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
}

describe('HTTP body limit', () => {
  it('a body over the limit gets a 413 with the code the UI translates and the limit, not a connection reset; nothing is dispatched', async () => {
    const { dispatch, calls } = recordingDispatch();
    server = await startWebServer({ dispatch, maxBodyBytes: 256 * 1024 });
    const res = await post(server.port, server.token, 4 * 1024 * 1024 + 17);
    expect(res.status).toBe(413);
    const envelope = JSON.parse(res.body) as { ok: false; error: { code: string; details: { limitBytes: number } } };
    expect(envelope.ok).toBe(false);
    expect(envelope.error.code).toBe('archive_too_large');
    expect(envelope.error.details.limitBytes).toBe(256 * 1024);
    // The officer reads the catalogue's sentence for that code, in both languages.
    expect(CATALOGUES.fr.errors.archive_too_large).toMatch(/dépasse/);
    expect(CATALOGUES.en.errors.archive_too_large).toMatch(/size|large/i);
    expect(calls).toEqual([]);
  });

  it('a body just under the limit is read and dispatched', async () => {
    const { dispatch, calls } = recordingDispatch();
    server = await startWebServer({ dispatch, maxBodyBytes: 256 * 1024 });
    const res = await post(server.port, server.token, 256 * 1024);
    expect(res.status).toBe(400);
    expect(calls).toEqual(['programme.create']);
  });

  it('by default, the largest attachment the screen promises fits (as base64 in a command): 70 MB is read, not refused', async () => {
    const base64Size = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;
    expect(MAX_BODY_BYTES).toBeGreaterThan(base64Size + 1000);
    const { dispatch, calls } = recordingDispatch();
    server = await startWebServer({ dispatch });
    // Above the former 64 MB limit, which reset the connection of any attachment over about 47 MB.
    const res = await post(server.port, server.token, 70 * 1024 * 1024);
    expect(res.status).toBe(400);
    expect(calls).toEqual(['programme.create']);
  });
});
