import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/services/app';

/**
 * One composition root: `openApp` hands the same platform (native binding, clock, ids) to every service, and
 * every database the app opens (its own, and the copy a restore migrates) goes through that binding. In the
 * desktop app the binding is Electron's build of better-sqlite3: a service that opened a database on the side
 * would load Node's build there and fail.
 */
const require = createRequire(import.meta.url);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function countingBinding() {
  const real = require('better-sqlite3/build/Release/better_sqlite3.node') as Record<string, unknown>;
  const opened = { count: 0 };
  const binding = new Proxy(real, {
    get(target, key, receiver) {
      if (key === 'Database') opened.count++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { binding, opened };
}

describe('the composition root', () => {
  it('gives every service the same platform, and the restore path opens its copy through the app’s binding', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-root-'));
    dirs.push(dataDir);
    const { binding, opened } = countingBinding();
    const clock = () => new Date('2026-11-30T09:00:00.000Z');
    let n = 0;
    const idFactory = () => `01890000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
    const app = await openApp({ dataDir, nativeBinding: binding, clock, idFactory, skipDailyBackup: true });
    try {
      expect(opened.count).toBeGreaterThan(0);
      const services = Object.entries(app).filter(([, v]) => typeof v === 'object' && v !== null && /Service$/.test(v.constructor.name));
      expect(services.map(([k]) => k).sort()).toEqual(['archives', 'attachments', 'backups', 'programmes', 'restore', 'settings', 'versions']);
      for (const [name, service] of services) expect((service as { platform: unknown }).platform, name).toBe(app.platform);
      expect(app.platform.nativeBinding).toBe(binding);

      // The clock and the ids reach the data.
      const created = app.programmes.create('Insertion des jeunes');
      expect(created.id).toMatch(/^01890000-0000-7000-8000-/);
      expect(created.createdAt).toBe('2026-11-30T09:00:00.000Z');

      const backup = await app.backups.create('manual');
      const before = opened.count;
      await app.restore.restore(backup.file.split(/[\\/]/).pop()!);
      expect(opened.count).toBeGreaterThan(before);
    } finally {
      app.close();
    }
  });
});
