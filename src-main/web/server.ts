import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ErrorCode } from '../../src-shared/api/errors';
import type { Dispatch } from '../api/dispatcher';
import { MAX_ATTACHMENT_BYTES } from '../services/attachments';
import { SECURITY_HEADERS } from './security';

/**
 * The largest request body: the largest attachment the app accepts (what the attachments screen
 * promises), as base64 in a JSON command, with room for the command's other fields.
 */
export const MAX_BODY_BYTES = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 1024 * 1024;

export interface WebServerOptions {
  dispatch: Dispatch;
  /** Built renderer (out/renderer); without it only the API is served. */
  rendererDir?: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  /** URL to open in a browser: carries the per-launch token. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  unknown_command: 404,
  not_found: 404,
  conflict: 409,
  merge_decision_needed: 409,
  version_frozen: 409,
  archive_too_large: 413,
  storage_error: 500,
  internal: 500,
};

/**
 * Browser mode and e2e tests: the renderer and the command dispatcher over HTTP on 127.0.0.1 only.
 * Every API call needs the per-launch token; Host and Origin must be this server (DNS rebinding).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(text);
  };
  const fail = (res: ServerResponse, status: number, code: ErrorCode, message: string, details?: unknown) =>
    send(res, status, { ok: false, error: { code, message, ...(details === undefined ? {} : { details }) } });

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) fail(res, 500, 'internal', 'Something went wrong inside the app.');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!allowedHosts().has(req.headers.host ?? '')) return fail(res, 403, 'forbidden', 'Foreign host.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return fail(res, 403, 'forbidden', 'Foreign origin.');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const path = safeDecode(url.pathname);
    if (path === null) return fail(res, 400, 'invalid_input', 'Malformed address.');
    if (path.startsWith('/api/')) return api(req, res, path.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405 as never, 'invalid_input', 'Method not allowed.');
    return staticFile(res, path);
  }

  async function api(req: IncomingMessage, res: ServerResponse, name: string) {
    if (!tokenMatches(req.headers.authorization, token)) return fail(res, 401, 'unauthorized', 'Missing or wrong token.');
    if (req.method !== 'POST') return fail(res, 405 as never, 'invalid_input', 'Use POST.');
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) return fail(res, 400, 'invalid_input', 'Send JSON.');
    let body: unknown;
    try {
      const raw = await readBody(req, maxBody);
      body = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // The UI translates the code; the limit lets it say how large a file may be.
        return fail(res, 413, 'archive_too_large', `The request is larger than the ${Math.floor(maxBody / 1024 / 1024)} MB this app accepts.`, {
          limitBytes: maxBody,
        });
      }
      return fail(res, 400, 'invalid_input', 'The request is not valid JSON.');
    }
    const result = await options.dispatch(name, body, { transport: 'http' });
    send(res, result.ok ? 200 : (STATUS[result.error.code] ?? 422), result);
  }

  function staticFile(res: ServerResponse, pathname: string) {
    const root = options.rendererDir ? resolve(options.rendererDir) : null;
    if (!root) return fail(res, 404, 'not_found', 'No user interface is built.');
    const relative = normalize(pathname).replace(/^([/\\])+/, '');
    let file = join(root, relative);
    if (file !== root && !file.startsWith(root + sep)) return fail(res, 404, 'not_found', 'Not found.');
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    if (!existsSync(file)) return fail(res, 404, 'not_found', 'Not found.');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    launchUrl: `${url}/?token=${token}`,
    port,
    token,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

class BodyTooLarge extends Error {}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** How much of a too-large body is read (and discarded) past the limit before the client is cut off. */
const DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * Reads the body up to `limit` bytes. Beyond it the rest is read and discarded before answering: a
 * socket closed with unread data makes the peer see a connection reset instead of the 413 and its
 * message. A client that sends far more than the limit is cut off.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (chunks.length > 0) chunks.length = 0; // free what was kept: it will not be used
      if (size > limit + DRAIN_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
      }
    });
    req.on('end', () => (size > limit ? reject(new BodyTooLarge()) : resolveBody(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from((header ?? '').replace(/^Bearer\s+/i, ''));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
