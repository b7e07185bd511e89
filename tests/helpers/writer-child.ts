/**
 * A second (or third) process on a data folder, driven line by line: argv[2] the folder, argv[3] "exclusive" to
 * open it as browser mode and the desktop app do, anything else as the CLI does. Prints `ready` or
 * `refused <code>`, then answers each stdin line `{"name","payload"}` with the dispatcher's envelope as JSON.
 */
import { createInterface } from 'node:readline';
import { createDispatcher } from '../../src-main/api/dispatcher';
import { openApp } from '../../src-main/services/app';

async function main(): Promise<void> {
  const [dataDir, mode] = process.argv.slice(2);
  let app;
  try {
    app = await openApp({ dataDir: dataDir!, skipDailyBackup: true, exclusive: mode === 'exclusive' });
  } catch (error) {
    process.stdout.write(`refused ${(error as { code?: string }).code ?? 'unknown'}\n`);
    process.exit(0);
  }
  const dispatch = createDispatcher(app, () => undefined);
  process.stdout.write('ready\n');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    const { name, payload } = JSON.parse(line) as { name: string; payload: unknown };
    const envelope = await dispatch(name, payload, { transport: 'test' });
    process.stdout.write(`${JSON.stringify(envelope)}\n`);
  }
  app.close();
}

void main();
