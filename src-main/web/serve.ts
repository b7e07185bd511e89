import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../api/dispatcher';
import { defaultDataDir } from '../paths';
import { openApp } from '../services/app';
import { startFailureText } from '../services/start-failure';
import { startWebServer } from './server';

/** Browser mode: the same app, served on 127.0.0.1 with a per-launch token. */
async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
  });
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = resolve(values['renderer-dir'] ?? [join(here, '../renderer'), join(here, '../../out/renderer')].find((d) => existsSync(d)) ?? join(here, '../renderer'));
  const dataDir = values['data-dir'] ?? defaultDataDir();
  // One writer per data folder: a second browser-mode server (or the desktop app) on this folder is refused.
  const app = await openApp({ dataDir, appVersion: process.env.npm_package_version, exclusive: true });
  const server = await startWebServer({
    dispatch: createDispatcher(app),
    rendererDir,
    port: values.port ? Number(values.port) : 0,
  });
  process.stdout.write(`Atelier Coop is running in browser mode. Open: ${server.launchUrl}\n`);
  process.stdout.write(`Data folder: ${dataDir}  (Ctrl+C to stop)\n`);
  const stop = async () => {
    await server.close();
    app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${startFailureText(error, 'fr')}\n`);
  process.exit(1);
});
