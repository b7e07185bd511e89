import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../../src-main/api/dispatcher';
import { openApp, type AppContext, type AppOptions } from '../../src-main/services/app';
import type { CommandInput, CommandName, CommandOutput } from '../../src-shared/api/contract';
import type { Envelope } from '../../src-shared/api/errors';

export interface TestApp {
  app: AppContext;
  dataDir: string;
  dispatch: Dispatch;
  /** Calls a command and returns its value; fails the test with the error envelope otherwise. */
  ok<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
  /** Calls a command that must fail; returns the error body. */
  fails(name: string, input: unknown): Promise<Extract<Envelope<unknown>, { ok: false }>['error']>;
  /** The database file's bytes after a checkpoint (to prove "database unchanged"). */
  databaseBytes(): Buffer;
  close(): void;
}

/** An app on a fresh temporary data folder, as every integration test wants. */
export async function createTestApp(options: Partial<AppOptions> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atelier-test-'));
  const app = await openApp({ dataDir, skipDailyBackup: true, ...options });
  const dispatch = createDispatcher(app, () => undefined);
  return {
    app,
    dataDir,
    dispatch,
    async ok(name, input) {
      const result = await dispatch(name, input, { transport: 'test' });
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.details ?? '')}`);
      return result.value as never;
    },
    async fails(name, input) {
      const result = await dispatch(name, input, { transport: 'test' });
      if (result.ok) throw new Error(`${name} was expected to fail but succeeded`);
      return result.error;
    },
    databaseBytes() {
      app.db.pragma('wal_checkpoint(TRUNCATE)');
      return readFileSync(app.databaseFile);
    },
    close() {
      app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
