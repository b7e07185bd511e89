import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The desktop shell itself, where Electron's binary exists (not on the offline build machine: its
 * download is blocked there). The binary is located without requiring `electron`, which would try to
 * download it. Without it, or without better-sqlite3 built for Electron's ABI, the tests are skipped and
 * say why.
 */
const root = resolve('.');
const pathFile = join(root, 'node_modules/electron/path.txt');
const binary = existsSync(pathFile) ? join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()) : null;
const nativeBinding = join(root, 'build/native/electron/better_sqlite3.node');
const main = join(root, 'out/main/main.js');

const reason = !binary
  ? 'Electron binary absent (node_modules/electron/path.txt missing: the download is blocked on this machine)'
  : !existsSync(binary)
    ? `Electron binary listed in path.txt but missing: ${binary}`
    : !existsSync(nativeBinding)
      ? 'better-sqlite3 for Electron’s ABI missing: run `npm run rebuild:electron` (see docs/packaging.md)'
      : !existsSync(main)
        ? 'out/main/main.js missing: run `npx electron-vite build` first'
        : null;

test.describe('Electron shell', () => {
  test.skip(reason !== null, reason ?? '');
  if (reason) console.log(`Electron shell tests skipped: ${reason}.`);

  test('launches, shows the programme list, and keeps the page away from Node and the web', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-electron-'));
    const app = await electron.launch({ executablePath: binary!, args: [main], env: { ...process.env, ATELIER_DATA_DIR: dataDir } });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: 'Vos programmes de coopération' })).toBeVisible();

      // The bridge holds named functions only; no Node in the page.
      const surface = await page.evaluate(() => ({
        bridge: Object.keys((window as unknown as { atelier: object }).atelier).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      // The preload's six functions (src-main/electron/preload.ts), nothing else.
      expect(surface).toEqual({
        bridge: ['call', 'onFileOpened', 'openFile', 'saveFile', 'saveFilesToFolder', 'takeOpenedFile'],
        require: 'undefined',
        process: 'undefined',
      });

      // Sandboxed renderer: the page runs in a renderer process with no Node, and one window only.
      const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
      expect(windows).toBe(1);

      // No new window, no navigation away.
      await page.evaluate(() => window.open('https://example.org/', '_blank'));
      await page.evaluate(() => (location.href = 'https://example.org/'));
      await page.waitForTimeout(500);
      expect(app.windows()).toHaveLength(1);
      expect(page.url()).toMatch(/^file:.*index\.html/);

      // A command goes through IPC and the store.
      const created = await page.evaluate(() =>
        (window as unknown as { atelier: { call(n: string, p: unknown): Promise<{ ok: boolean }> } }).atelier.call('programme.create', { title: 'Depuis Electron' }),
      );
      expect(created.ok).toBe(true);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
