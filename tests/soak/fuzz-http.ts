/**
 * HTTP transport fuzzing: random methods, paths (broken percent-encoding, traversal), headers (token, Host,
 * Origin, Content-Type), bodies (garbage JSON, binary, truncated, oversized) and raw malformed requests on
 * a socket. Every JSON answer must be an envelope with a known code other than "internal", every answer
 * must carry the CSP, the server must keep serving, and the database must stay byte-identical.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startWebServer } from '../../src-main/web/server';
import { CONTRACT, isCommandName } from '../../src-shared/api/contract';
import { isCommandErrorBody } from '../../src-shared/api/errors';
import { buildDemoProgramme } from '../../src-shared/demo';
import { createTestApp } from '../helpers/app';
import type { FuzzReport } from './fuzz-dispatcher';
import { garbageCall, nearValidCall, randomJson, seeded, type Random } from './fuzz-payloads';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function send(port: number, method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    if (body) req.write(body);
    req.end();
  });
}

/** Raw bytes on a socket (request lines and headers no HTTP client would send); resolves what came back. */
function raw(port: number, bytes: Buffer): Promise<string> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    socket.on('data', (d) => (got += d.toString('latin1')));
    socket.on('error', () => done(got));
    socket.on('close', () => done(got));
    socket.setTimeout(2_000, () => socket.destroy());
    socket.end(bytes);
  });
}

/** Percent-encodes a name; a lone surrogate (not encodable) is sent as a broken escape instead. */
function encodePath(name: string): string {
  try {
    return encodeURIComponent(name);
  } catch {
    return '%ED%A0%80';
  }
}

/** JSON text of a payload; too deep for JSON.stringify, it becomes the same depth written by hand. */
function toJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  }
}

const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

const RAW_REQUESTS = [
  'GET / HTTP/1.1\r\n\r\n',
  'POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: -5\r\n\r\n',
  'POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
  'GARBAGE\r\n\r\n',
  '\u0000\u0001\u0002\r\n\r\n',
  'GET /%ZZ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n',
  `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n`,
  'GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX: \u0000\r\n\r\n',
];

export interface HttpFuzzOptions {
  /** Malformed percent-escapes in the path ("/api/%", "%C0%AE"); on unless turned off. */
  malformedEscapes?: boolean;
}

const MALFORMED = /%(?![0-9A-Fa-f]{2})|%C0|%ED%A0|%E0%A4%A(?![0-9A-Fa-f])/;

export async function fuzzHttp(cases: number, seed: number, options: HttpFuzzOptions = {}): Promise<FuzzReport> {
  const t = await createTestApp();
  const rendererDir = join(t.dataDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Atelier Coop</title>');
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  process.on('unhandledRejection', onRejection);
  const snapshot = buildDemoProgramme(() => t.app.idFactory(), '2026-11-26T08:00:00.000Z');
  t.app.programmes.insert(snapshot);
  const server = await startWebServer({ dispatch: t.dispatch, rendererDir, maxBodyBytes: 256 * 1024 });
  const report: FuzzReport = { cases: 0, byCode: {}, failures: [] };
  try {
    const before = t.databaseBytes();
    const r = seeded(seed);
    const host = `127.0.0.1:${server.port}`;
    let n = 0;
    for (; n < cases; n++) {
      if (r() < 0.02) {
        const text = pick(r, RAW_REQUESTS).replaceAll('{port}', String(server.port));
        const answer = await raw(server.port, Buffer.from(text, 'latin1'));
        if (answer && !/^HTTP\/1\.1 \d{3}/.test(answer)) report.failures.push(`raw request answered ${JSON.stringify(answer.slice(0, 80))}`);
        report.byCode.raw = (report.byCode.raw ?? 0) + 1;
        continue;
      }
      const call = r() < 0.6 ? garbageCall(r) : nearValidCall(r, snapshot);
      const method = r() < 0.85 ? 'POST' : pick(r, ['GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH']);
      const name = r() < 0.9 ? encodePath(call.name) : pick(r, ['%E0%A4%A', '%', '..%2F..%2Fsecret', '%00', 'app.info%2F..', '%C0%AE%C0%AE']);
      const path = r() < 0.95 ? `/api/${name}` : pick(r, ['/%E0%A4%A', '/..%2F..%2Fetc%2Fpasswd', '/%', '/index.html', '/assets/%2e%2e/%2e%2e/secret']);
      if (options.malformedEscapes === false && MALFORMED.test(path)) {
        report.byCode.skipped = (report.byCode.skipped ?? 0) + 1;
        continue;
      }
      const headers: Record<string, string> = { Host: r() < 0.95 ? host : pick(r, ['evil.example', `localhost:${server.port + 1}`, '']) };
      if (r() < 0.9) headers.Authorization = `Bearer ${r() < 0.95 ? server.token : server.token.slice(1)}`;
      if (r() < 0.9) headers['Content-Type'] = r() < 0.9 ? 'application/json' : pick(r, ['text/plain', 'application/json; charset=latin1', 'multipart/form-data']);
      if (r() < 0.05) headers.Origin = pick(r, ['null', 'http://evil.example', `http://127.0.0.1:${server.port}`]);
      const bodyKind = r();
      const json = toJson(call.payload);
      const body =
        bodyKind < 0.75
          ? Buffer.from(json)
          : bodyKind < 0.85
            ? Buffer.from(json.slice(0, Math.floor(r() * json.length)))
            : bodyKind < 0.92
              ? Buffer.from(Array.from({ length: 64 }, () => Math.floor(r() * 256)))
              : bodyKind < 0.96
                ? Buffer.from(JSON.stringify(randomJson(r)) ?? '')
                : Buffer.alloc(300 * 1024, 0x20);
      let answer: Answer;
      try {
        answer = await send(server.port, method, path, headers, method === 'GET' || method === 'HEAD' ? undefined : body);
      } catch (error) {
        // The server may cut an oversized upload short; anything else is a failure.
        if (body.length > 256 * 1024) continue;
        report.failures.push(`request failed: ${String(error)} for ${method} ${path.slice(0, 80)}`);
        continue;
      }
      // An empty Host is refused by Node's HTTP parser itself (400, no body): the app never sees it.
      if (!answer.headers['content-security-policy'] && headers.Host !== '') report.failures.push(`no CSP on ${answer.status} for ${method} ${path.slice(0, 80)}`);
      if (String(answer.headers['content-type'] ?? '').startsWith('application/json') && method !== 'HEAD') {
        let envelope: { ok?: boolean; error?: unknown; value?: unknown };
        try {
          envelope = JSON.parse(answer.body.toString('utf8'));
        } catch {
          report.failures.push(`unparsable JSON answer for ${method} ${path.slice(0, 80)}`);
          continue;
        }
        const code = envelope.ok ? 'ok' : ((envelope.error as { code?: string })?.code ?? '?');
        report.byCode[code] = (report.byCode[code] ?? 0) + 1;
        if (envelope.ok) {
          const revisionId = (envelope.value as { revisionId?: unknown } | null)?.revisionId;
          // Programme writes say whether they recorded a revision; settings.update answers the settings, so its file is compared.
          const wrote = revisionId === undefined ? !before.equals(t.databaseBytes()) : revisionId !== null;
          if (isCommandName(call.name) && CONTRACT[call.name].kind === 'write' && wrote) {
            report.failures.push(`a write succeeded over HTTP: ${call.name}`);
          }
        } else if (!isCommandErrorBody(envelope.error) || code === 'internal') {
          report.failures.push(`answer ${answer.status} ${JSON.stringify(envelope).slice(0, 160)} for ${method} ${path.slice(0, 80)}`);
        }
      } else if (path.startsWith('/api/') && answer.status === 200) {
        report.failures.push(`non-JSON 200 answer from the API for ${method} ${path.slice(0, 80)}`);
      }
      if (report.failures.length > 20) break;
    }
    report.cases = n;
    const alive = await send(server.port, 'POST', '/api/app.info', { Host: host, Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }, Buffer.from('{}'));
    if (alive.status !== 200) report.failures.push(`the server no longer answers (${alive.status})`);
    if (rejections.length) report.failures.push(`${rejections.length} unhandled rejection(s): ${String(rejections[0])}`);
    if (!before.equals(t.databaseBytes())) report.failures.push('the database file changed');
    return report;
  } finally {
    process.off('unhandledRejection', onRejection);
    await server.close();
    t.close();
  }
}
