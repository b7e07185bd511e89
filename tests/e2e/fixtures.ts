import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../src-main/api/dispatcher';
import { openApp, type AppContext } from '../../src-main/services/app';
import { startWebServer, type WebServer } from '../../src-main/web/server';

export interface AppFixture {
  server: WebServer;
  context: AppContext;
  dataDir: string;
  /** Opens the app (with its token) at a hash route, e.g. "#/" or "#/p/<id>/logframe". */
  open(page: Page, hash?: string): Promise<void>;
}

/** Each test gets its own data folder and its own loopback server on the built renderer (out/renderer). */
export const test = base.extend<{ app: AppFixture }>({
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-e2e-'));
    const context = await openApp({ dataDir, skipDailyBackup: true });
    const server = await startWebServer({ dispatch: createDispatcher(context), rendererDir: join(process.cwd(), 'out', 'renderer') });
    await use({
      server,
      context,
      dataDir,
      async open(page, hash = '#/') {
        await page.goto(`${server.url}/?token=${server.token}${hash}`);
        await expect(page.locator('#root')).not.toBeEmpty();
      },
    });
    await server.close();
    context.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Saves a screenshot in the ignored screenshots/ folder, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join('screenshots', `${name}.png`), fullPage: true });
}
