import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src-main/web/security';

/** The Content-Security-Policy: strict (nothing remote, no eval, no inline script), the same everywhere. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values] as const;
      }),
  );
const metaOf = (html: string) => /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows nothing by default and nothing remote anywhere', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(value, `${name} ${value}`).not.toMatch(/^(https?:|wss?:|\*|http|ftp)/i);
        expect(value, `${name} ${value}`).not.toContain('*');
      }
    }
  });

  it('runs only the app’s own scripts: no eval, no inline script, no plug-ins, no base or form hijack, no frames', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('is sent with every HTTP answer of browser mode, with the other protective headers', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
  });

  it('is the same in the page itself (desktop app, file://), minus frame-ancestors which a meta cannot carry', () => {
    const html = readFileSync('src-renderer/index.html', 'utf8');
    const meta = metaOf(html);
    expect(meta).toBeDefined();
    const expected = new Map(csp);
    expected.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(expected);
    // No inline script in the page: only the bundled module.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });

  it('survives the build (out/renderer/index.html) when an up-to-date build exists', () => {
    const built = 'out/renderer/index.html';
    // npm test builds before running vitest; a stale build from before the last edit proves nothing.
    if (!existsSync(built) || statSync(built).mtimeMs < statSync('src-renderer/index.html').mtimeMs) return;
    const meta = metaOf(readFileSync(built, 'utf8'));
    expect(meta && directives(meta)).toEqual(directives(metaOf(readFileSync('src-renderer/index.html', 'utf8'))!));
  });
});
