import { request } from 'node:http';
import { expect, it } from 'vitest';
import { startWebServer } from '../../src-main/web/server';
import { createTestApp } from '../helpers/app';
import { fuzzHttp } from '../soak/fuzz-http';

/** 5,000 seeded hostile requests on the loopback transport; the soak runs 50,000 with a fresh seed. */
it('answers every random or malformed request with a known error, keeps serving, writes nothing', async () => {
  const report = await fuzzHttp(5_000, 20261126);
  expect(report.failures).toEqual([]);
  expect(report.cases).toBe(5_000);
  // The fuzz reached every gate: token, Host/Origin, JSON parsing, validation, handlers, raw sockets.
  for (const code of ['unauthorized', 'forbidden', 'invalid_input', 'unknown_command', 'not_found', 'integrity_error', 'raw']) {
    expect(report.byCode[code] ?? 0, code).toBeGreaterThan(5);
  }
}, 120_000);

/** A malformed percent-escape in the path is bad input (400), not an internal error. */
it('answers a malformed percent-escape in the path with 400 invalid_input', async () => {
  const t = await createTestApp();
  const server = await startWebServer({ dispatch: t.dispatch });
  try {
    const answer = await new Promise<{ status: number; body: string }>((done, fail) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/%', headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' } },
        (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => done({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', fail);
      req.end('{}');
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.code).toBe('invalid_input');
  } finally {
    await server.close();
    t.close();
  }
});
