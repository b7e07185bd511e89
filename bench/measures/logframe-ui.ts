/**
 * Logframe screen in Chromium against browser mode, on the large generated programme (8 specific
 * objectives, 40 results, 240 activities, 200 indicators, 600 budget lines):
 * - time to interactive: from the hash change that opens the screen to the first frame painted with
 *   an editable cell (goal ≤ 300 ms);
 * - keystroke to paint: from an input event in a logframe cell to the frame that shows it (goal ≤ 16 ms
 *   median).
 * Builds the renderer first (`electron-vite build`), so the screen measured is the code checked out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createDispatcher } from '../../src-main/api/dispatcher';
import { openApp, type AppContext } from '../../src-main/services/app';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { generateLargeProgramme } from '../generate';
import type { BenchContext, BenchMeasure } from '../types';

const RENDERER = join(process.cwd(), 'out', 'renderer');

/** A stale or missing build would measure other code than the one checked out: build it once per run. */
function buildRenderer(): void {
  const cli = join(process.cwd(), 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(join(RENDERER, 'index.html'))) {
    throw new Error(`The renderer build failed (electron-vite build, status ${build.status ?? 'none'})`);
  }
}

export async function measures(ctx: BenchContext): Promise<BenchMeasure[]> {
  let app: AppContext | null = null;
  let server: WebServer | null = null;
  let browser: Browser | null = null;
  let page: Page | null = null;
  let users = 0;
  let launches = 0;
  const large = generateLargeProgramme(1);
  const rowId = large.logframe.filter((r) => r.level === 'activity')[3]!.id;
  const base = () => `${server!.url}/?token=${server!.token}#/p/${large.id}`;

  // Started by the first measure that runs, stopped by the last: a filtered run launches nothing.
  const start = async () => {
    if (users++ > 0) return;
    buildRenderer();
    app = await openApp({ dataDir: join(ctx.tmpDir, `app-${++launches}`), skipDailyBackup: true });
    app.programmes.insert(large);
    server = await startWebServer({ dispatch: createDispatcher(app), rendererDir: RENDERER });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
    await page.goto(`${base()}/risks`);
    await page.locator('main h1').waitFor();
  };
  const stop = async () => {
    if (--users > 0) return;
    await browser?.close();
    await server?.close();
    app?.close();
  };

  // In-page scripts are strings: the bench runs through tsx, whose helpers do not exist in the page.
  const TO_RISKS = `window.location.hash = window.location.hash.replace(/\\/[a-z]+(\\?.*)?$/, '/risks')`;
  /** Hash change → first painted frame that holds an editable cell of the matrix. */
  const TTI = `new Promise((resolve) => {
    const t0 = performance.now();
    window.location.hash = window.location.hash.replace(/\\/risks$/, '/logframe');
    const check = () => {
      if (document.querySelector('.lf-row textarea')) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      else requestAnimationFrame(check);
    };
    check();
  })`;
  /** One character typed in a cell, delivered to React as the browser does, until the next frame is painted. */
  const KEYSTROKE = `new Promise((resolve) => {
    const el = document.getElementById(${JSON.stringify(`logframe.${rowId}.text`)});
    el.focus();
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    const t0 = performance.now();
    setter.call(el, el.value + 'x');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  })`;

  const openLogframe = async () => {
    await page!.evaluate(TO_RISKS);
    await page!.locator('.risks-screen').waitFor();
    return (await page!.evaluate(TTI)) as number;
  };
  const keystroke = async () => (await page!.evaluate(KEYSTROKE)) as number;

  return [
    {
      name: 'ui.logframe.tti.large',
      runs: 10,
      goal: { max: 300 },
      setup: start,
      teardown: stop,
      sample: openLogframe,
    },
    {
      name: 'ui.logframe.keystroke.large',
      runs: 40,
      goal: { max: 16 },
      setup: async () => {
        await start();
        await openLogframe();
        await page!.locator(`[id="logframe.${rowId}.text"]`).waitFor();
      },
      teardown: stop,
      sample: keystroke,
    },
  ];
}
