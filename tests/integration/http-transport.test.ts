import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let server: WebServer;
beforeEach(async () => {
  t = await createTestApp();
  const rendererDir = join(t.dataDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Atelier Coop</title>');
  writeFileSync(join(t.dataDir, 'secret.txt'), 'do not serve');
  server = await startWebServer({ dispatch: t.dispatch, rendererDir });
});
afterEach(async () => {
  await server.close();
  t.close();
});

/** Raw HTTP so tests can forge Host and Origin headers as an attacker page would. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(body),
  });

describe('loopback HTTP transport', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.launchUrl).toContain(`token=${server.token}`);
  });

  it('serves the dispatcher with a valid token', async () => {
    const res = await api('programme.create', { title: 'Par HTTP' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { title: 'Par HTTP' } });
  });

  it('answers 401 without or with a wrong token, 403 for a foreign Host or Origin, 404 for an unknown command, 400 for a bad payload; the database unchanged', async () => {
    await api('programme.create', { title: 'Existant' });
    const before = t.databaseBytes();
    const noToken = await send('/api/programme.create', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title":"x"}' });
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body).error.code).toBe('unauthorized');
    expect((await api('programme.create', { title: 'x' }, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await api('programme.create', { title: 'x' }, { Authorization: `Bearer ${server.token}x` })).status).toBe(401);
    const foreignHost = await api('programme.create', { title: 'x' }, { Host: 'attacker.example:80' });
    expect(foreignHost.status).toBe(403);
    expect((await api('programme.create', { title: 'x' }, { Origin: 'http://attacker.example' })).status).toBe(403);
    expect((await api('programme.create', { title: 'x' }, { Origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(403);
    const unknown = await api('programme.explode', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('unknown_command');
    const invalid = await api('programme.create', { title: 42 });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.code).toBe('invalid_input');
    const notJson = await send('/api/programme.create', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` }, body: '{title' });
    expect(notJson.status).toBe(400);
    expect((await send('/api/programme.list', { headers: { Authorization: `Bearer ${server.token}` } })).status).toBe(405);
    expect(t.databaseBytes().equals(before)).toBe(true);
  });

  it('accepts the same origin (the app page itself)', async () => {
    const res = await api('programme.list', {}, { Origin: `http://127.0.0.1:${server.port}` });
    expect(res.status).toBe(200);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Atelier Coop');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(String(page.headers['content-security-policy'])).not.toMatch(/unsafe-eval|https?:/);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await send(path);
      expect(res.body).not.toContain('do not serve');
    }
  });
});
