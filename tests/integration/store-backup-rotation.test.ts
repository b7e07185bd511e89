import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/services/app';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('daily backups', () => {
  it('one per day at start, the last 7 kept, each a readable copy of the database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-bk-'));
    dirs.push(dataDir);
    let day = new Date('2026-11-01T08:00:00Z');
    for (let i = 0; i < 10; i++) {
      const clock = () => day;
      const app = await openApp({ dataDir, clock });
      await app.backups.ensureDaily(); // a second call the same day takes none
      app.programmes.create(`Programme du jour ${i}`);
      app.close();
      day = new Date(day.getTime() + 24 * 3600 * 1000);
    }
    const app = await openApp({ dataDir, skipDailyBackup: true });
    const daily = app.backups.list().filter((b) => b.reason === 'daily');
    expect(daily).toHaveLength(7);
    expect(daily[0]!.at.slice(0, 10)).toBe('2026-11-10');
    expect(daily[6]!.at.slice(0, 10)).toBe('2026-11-04');
    const copy = new Database(daily[0]!.file, { readonly: true });
    // Taken at the start of day 10, before that day's programme was created.
    expect((copy.prepare('SELECT count(*) AS n FROM programmes').get() as { n: number }).n).toBe(9);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    app.close();
  });
});
